'use strict';
// DDL status rows and DML row counts (stmt.getNumUpdatedRows()).
// Status texts and DML result columns as real Snowflake returns them:
//   https://docs.snowflake.com/en/sql-reference/sql/create-table
//   https://docs.snowflake.com/en/sql-reference/sql/insert  ("number of rows inserted")
//   https://docs.snowflake.com/en/sql-reference/sql/update  ("number of rows updated", "number of multi-joined rows updated")
//   https://docs.snowflake.com/en/sql-reference/sql/delete  ("number of rows deleted")
//   https://docs.snowflake.com/en/sql-reference/sql/merge   (one column per clause kind)
//   https://docs.snowflake.com/en/sql-reference/sql/insert-multi-table (one count column per INTO clause)
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, query } = require('./lib/mockhaus');

let conn;
before(async () => { conn = await connect(); });
after(async () => {
  if (conn) {
    for (const t of ['T_X', 'T_DML_SRC', 'T_MT_LOW', 'T_MT_HIGH']) {
      try { await execute(conn, `DROP TABLE IF EXISTS ${t}`); } catch { /* reported by the tests */ }
    }
  }
  await destroy(conn);
});

/** Each DML test starts from its own known table content, so one failure does not cascade. */
async function freshTable(rows = "(1, 'one', 1.10), (2, 'two', 2.20), (3, 'three', 3.30), (4, 'four', 4.40), (5, 'five', 5.50), (6, 'six', 6.60)") {
  await execute(conn, 'CREATE OR REPLACE TABLE T_X (id INT, name VARCHAR(20), amount NUMBER(10,2))');
  await execute(conn, `INSERT INTO T_X (id, name, amount) VALUES ${rows}`);
}

test('CREATE TABLE returns the status row', { timeout: 60_000 }, async () => {
  await execute(conn, 'DROP TABLE IF EXISTS T_X');
  const { stmt, rows } = await execute(conn, 'CREATE TABLE t_x (id INT, name VARCHAR(20), amount NUMBER(10,2))');
  assert.deepEqual(rows, [{ status: 'Table T_X successfully created.' }]);
  assert.deepEqual(stmt.getColumns().map((c) => [c.getName(), c.getType()]), [['status', 'text']]);
  // DDL is not DML: the driver reports -1 updated rows.
  assert.equal(stmt.getNumUpdatedRows(), -1);
});

test('INSERT reports the number of rows inserted', { timeout: 60_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TABLE T_X (id INT, name VARCHAR(20), amount NUMBER(10,2))');
  const { stmt, rows } = await execute(conn,
    "INSERT INTO T_X (id, name, amount) VALUES (1, 'one', 1.10), (2, 'two', 2.20), (3, 'three', 3.30)");
  assert.equal(stmt.getNumUpdatedRows(), 3);
  assert.deepEqual(rows, [{ 'number of rows inserted': 3 }]);
});

test('INSERT with positional binds', { timeout: 60_000 }, async () => {
  await freshTable("(1, 'one', 1.10)");
  const single = await execute(conn, 'INSERT INTO T_X (id, name, amount) VALUES (?, ?, ?)', [4, 'four', 4.4]);
  assert.equal(single.stmt.getNumUpdatedRows(), 1);
  const rows = await query(conn, 'SELECT id, name, amount FROM T_X WHERE id >= ? ORDER BY id', [4]);
  assert.deepEqual(rows, [{ ID: 4, NAME: 'four', AMOUNT: 4.4 }]);
});

test('INSERT with array binds (one row per bind array)', { timeout: 60_000 }, async () => {
  // https://docs.snowflake.com/en/developer-guide/node-js/nodejs-driver-execute : binding an array for bulk insertions
  await freshTable("(1, 'one', 1.10)");
  const single = await execute(conn, 'INSERT INTO T_X (id, name, amount) VALUES (?, ?, ?)', [4, 'four', 4.4]);
  assert.equal(single.stmt.getNumUpdatedRows(), 1);
  const multi = await execute(conn, 'INSERT INTO T_X (id, name, amount) VALUES (?, ?, ?)',
    [[5, 'five', 5.5], [6, 'six', 6.6]]);
  assert.equal(multi.stmt.getNumUpdatedRows(), 2);
  const rows = await query(conn, 'SELECT id, name, amount FROM T_X WHERE id >= ? ORDER BY id', [4]);
  assert.deepEqual(rows, [
    { ID: 4, NAME: 'four', AMOUNT: 4.4 },
    { ID: 5, NAME: 'five', AMOUNT: 5.5 },
    { ID: 6, NAME: 'six', AMOUNT: 6.6 },
  ]);
});

test('UPDATE reports the number of rows updated', { timeout: 60_000 }, async () => {
  await freshTable();
  const { stmt, rows } = await execute(conn, "UPDATE T_X SET name = 'many' WHERE id >= 4");
  assert.equal(stmt.getNumUpdatedRows(), 3);
  assert.deepEqual(rows, [{ 'number of rows updated': 3, 'number of multi-joined rows updated': 0 }]);
});

test('DELETE reports the number of rows deleted', { timeout: 60_000 }, async () => {
  await freshTable();
  const { stmt, rows } = await execute(conn, 'DELETE FROM T_X WHERE id IN (5, 6)');
  assert.equal(stmt.getNumUpdatedRows(), 2);
  assert.deepEqual(rows, [{ 'number of rows deleted': 2 }]);
});

test('MERGE reports inserted + updated + deleted', { timeout: 60_000 }, async () => {
  await freshTable("(1, 'one', 1.10), (2, 'two', 2.20), (3, 'three', 3.30), (4, 'many', 4.40)");
  await execute(conn, 'CREATE OR REPLACE TABLE T_DML_SRC (id INT, name VARCHAR(20), op VARCHAR(1))');
  await execute(conn, "INSERT INTO T_DML_SRC VALUES (1, 'uno', 'U'), (2, NULL, 'D'), (7, 'seven', 'I'), (8, 'eight', 'I')");
  const { stmt, rows } = await execute(conn, `
    MERGE INTO T_X t USING T_DML_SRC s ON t.id = s.id
    WHEN MATCHED AND s.op = 'D' THEN DELETE
    WHEN MATCHED THEN UPDATE SET t.name = s.name
    WHEN NOT MATCHED THEN INSERT (id, name, amount) VALUES (s.id, s.name, 0)`);
  assert.equal(stmt.getNumUpdatedRows(), 4);
  assert.deepEqual(rows, [{ 'number of rows inserted': 2, 'number of rows updated': 1, 'number of rows deleted': 1 }]);
  const after = await query(conn, 'SELECT id, name FROM T_X ORDER BY id');
  assert.deepEqual(after, [
    { ID: 1, NAME: 'uno' }, { ID: 3, NAME: 'three' }, { ID: 4, NAME: 'many' },
    { ID: 7, NAME: 'seven' }, { ID: 8, NAME: 'eight' },
  ]);
});

test('a SELECT reports -1 updated rows', { timeout: 60_000 }, async () => {
  await freshTable();
  const { stmt } = await execute(conn, 'SELECT COUNT(*) AS N FROM T_X');
  assert.equal(stmt.getNumUpdatedRows(), -1);
});

test('CREATE TABLE IF NOT EXISTS on an existing table, CREATE OR REPLACE, DROP', { timeout: 60_000 }, async () => {
  await freshTable();
  // https://docs.snowflake.com/en/sql-reference/sql/create-table : IF NOT EXISTS on an existing table succeeds;
  // Snowflake's status text is "<NAME> already exists, statement succeeded." (seen in many public client test
  // suites and mocks, e.g. "CUSTOMER already exists, statement succeeded.").
  const ifNotExists = await query(conn, 'CREATE TABLE IF NOT EXISTS T_X (id INT)');
  assert.deepEqual(ifNotExists, [{ status: 'T_X already exists, statement succeeded.' }]);
  const replaced = await query(conn, 'CREATE OR REPLACE TABLE T_X (id INT)');
  assert.deepEqual(replaced, [{ status: 'Table T_X successfully created.' }]);
  assert.deepEqual(await query(conn, 'SELECT COUNT(*) AS N FROM T_X'), [{ N: 0 }]);
  const dropped = await query(conn, 'DROP TABLE T_X');
  assert.deepEqual(dropped, [{ status: 'T_X successfully dropped.' }]);
});

test('CREATE VIEW and query it', { timeout: 60_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TABLE T_X (id INT)');
  await execute(conn, 'INSERT INTO T_X VALUES (1), (2), (3)');
  const created = await query(conn, 'CREATE OR REPLACE VIEW V_X AS SELECT id * 10 AS tens FROM T_X');
  assert.deepEqual(created, [{ status: 'View V_X successfully created.' }]);
  assert.deepEqual(await query(conn, 'SELECT tens FROM V_X ORDER BY tens'), [{ TENS: 10 }, { TENS: 20 }, { TENS: 30 }]);
  assert.deepEqual(await query(conn, 'DROP VIEW V_X'), [{ status: 'V_X successfully dropped.' }]);
});

test('SHOW TABLES lists a created table with its database and schema', { timeout: 60_000 }, async () => {
  // https://docs.snowflake.com/en/sql-reference/sql/show-tables : output columns include created_on, name,
  // database_name, schema_name, kind, comment, ..., rows, bytes, owner.
  await execute(conn, 'CREATE OR REPLACE TABLE T_SHOW (id INT)');
  await execute(conn, 'INSERT INTO T_SHOW VALUES (1), (2)');
  const { stmt, rows } = await execute(conn, "SHOW TABLES LIKE 'T_SHOW'");
  const names = stmt.getColumns().map((c) => c.getName());
  for (const col of ['created_on', 'name', 'database_name', 'schema_name', 'kind', 'rows']) {
    assert.ok(names.includes(col), `SHOW TABLES has column ${col} (got ${names.join(', ')})`);
  }
  assert.equal(rows.length, 1);
  assert.equal(rows[0].name, 'T_SHOW');
  assert.equal(rows[0].database_name, 'TESTDB');
  assert.equal(rows[0].schema_name, 'PUBLIC');
  assert.equal(rows[0].kind, 'TABLE');
  assert.equal(rows[0].rows, 2);
  await execute(conn, 'DROP TABLE T_SHOW');
});

test('lateral column aliases in later items, also inside typed functions; a column of the same name wins', { timeout: 60_000 }, async () => {
  // https://docs.snowflake.com/en/sql-reference/sql/select : a column alias can be used in later items of the list.
  await freshTable("(1, ' ann ', 12.50)");
  const { rows } = await execute(conn, `SELECT '2024-02-10'::DATE AS day, YEAR(day) AS y, DATEADD(day, 1, day) AS next_day,
      TRIM(name) AS name, LENGTH(name) AS len, amount * 2 AS twice, twice + 1 AS more FROM T_X`);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].Y, 2024);
  assert.equal(rows[0].NAME, 'ann');
  assert.equal(rows[0].LEN, 5, 'LENGTH reads the column NAME, not the trimmed alias');
  assert.equal(rows[0].MORE, 26);
});

test('INSERT of Snowflake timestamp text: LTZ reads the offset, VARCHAR keeps the text', { timeout: 60_000 }, async () => {
  // https://docs.snowflake.com/en/sql-reference/date-time-input-output : '2024-01-05 10:00:00.000 +0100' is the TZ output format.
  await execute(conn, 'CREATE OR REPLACE TABLE T_TS_TEXT (id INT, ts TIMESTAMP_LTZ, txt VARCHAR)');
  const { stmt } = await execute(conn, "INSERT INTO T_TS_TEXT VALUES (1, '2024-01-05 10:00:00.000 +0100', '2024-01-05 10:00:00.000 +0100')");
  assert.equal(stmt.getNumUpdatedRows(), 1);
  const rows = await query(conn, "SELECT DATE_PART(epoch_second, ts) AS e, txt FROM T_TS_TEXT");
  assert.equal(Number(rows[0].E), Date.UTC(2024, 0, 5, 9, 0, 0) / 1000);
  assert.equal(rows[0].TXT, '2024-01-05 10:00:00.000 +0100');
  await execute(conn, 'DROP TABLE T_TS_TEXT');
});

test('INSERT FIRST reports one count per INTO clause and the driver sums them', { timeout: 60_000 }, async () => {
  await freshTable();
  await execute(conn, 'CREATE OR REPLACE TABLE T_MT_LOW (id INT, name VARCHAR(20))');
  await execute(conn, 'CREATE OR REPLACE TABLE T_MT_HIGH (id INT, amount NUMBER(10,2))');
  const { stmt, rows } = await execute(conn,
    'INSERT FIRST WHEN id > 4 THEN INTO T_MT_HIGH (id, amount) VALUES (id, amount) ' +
    'WHEN id > 1 THEN INTO T_MT_LOW (id, name) VALUES (id, name) ELSE INTO T_MT_HIGH (id) VALUES (id) SELECT id, name, amount FROM T_X');
  assert.deepEqual(stmt.getColumns().map((c) => c.getName()),
    ['number of rows inserted into T_MT_HIGH', 'number of rows inserted into T_MT_LOW', 'number of rows inserted into T_MT_HIGH']);
  assert.equal(stmt.getNumUpdatedRows(), 6);
  assert.deepEqual(await query(conn, 'SELECT id, amount FROM T_MT_HIGH ORDER BY id'),
    [{ ID: 1, AMOUNT: null }, { ID: 5, AMOUNT: 5.5 }, { ID: 6, AMOUNT: 6.6 }]);
  assert.deepEqual((await query(conn, 'SELECT id FROM T_MT_LOW ORDER BY id')).map((r) => r.ID), [2, 3, 4]);
});
