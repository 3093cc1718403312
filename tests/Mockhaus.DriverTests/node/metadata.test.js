'use strict';
// Object metadata through the official driver: RESULT_SCAN over earlier results (SHOW output included), GET_DDL in
// SQL, and constraint names / foreign key targets in SHOW PRIMARY KEYS / SHOW IMPORTED KEYS.
//   https://docs.snowflake.com/en/sql-reference/functions/result_scan
//   https://docs.snowflake.com/en/sql-reference/functions/last_query_id
//   https://docs.snowflake.com/en/sql-reference/functions/get_ddl
//   https://docs.snowflake.com/en/sql-reference/sql/show-primary-keys
//   https://docs.snowflake.com/en/sql-reference/sql/show-imported-keys
// SHOW ... KEYS column positions as the Snowflake JDBC driver reads them (SnowflakeDatabaseMetaData getPrimaryKeys /
// getImportedKeys): database 2, schema 3, table 4, column 5, key_sequence 6, constraint_name 7; imported keys
// pk_* 2-5, fk_* 6-9, key_sequence 10, fk_name 13, pk_name 14.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, query, expectError, uniqueName } = require('./lib/mockhaus');

const PARENT = uniqueName('MD_PARENT');
const CHILD = uniqueName('MD_CHILD');

let conn;
before(async () => {
  conn = await connect();
  await execute(conn, `CREATE OR REPLACE TABLE ${PARENT} (id NUMBER(10,0), label VARCHAR(20), price NUMBER(10,2), CONSTRAINT pk_md_parent PRIMARY KEY (id))`);
  await execute(conn, `INSERT INTO ${PARENT} VALUES (1, 'one', 1.50), (2, 'two', 2.25)`);
  await execute(conn, `CREATE OR REPLACE TABLE ${CHILD} (id INT PRIMARY KEY, parent_id NUMBER(10,0), CONSTRAINT fk_md_child FOREIGN KEY (parent_id) REFERENCES ${PARENT} (id))`);
});
after(async () => {
  if (conn) {
    for (const t of [CHILD, PARENT]) {
      try { await execute(conn, `DROP TABLE IF EXISTS ${t}`); } catch { /* reported by the tests */ }
    }
  }
  await destroy(conn);
});

test('RESULT_SCAN of SHOW TABLES filters on the quoted lower-case columns', { timeout: 60_000 }, async () => {
  await execute(conn, 'SHOW TABLES');
  const rows = await query(conn,
    `SELECT "name", "kind" FROM TABLE(RESULT_SCAN(LAST_QUERY_ID())) WHERE "kind" = 'TABLE' AND "name" IN ('${PARENT}', '${CHILD}') ORDER BY "name"`);
  assert.deepEqual(rows, [{ name: CHILD, kind: 'TABLE' }, { name: PARENT, kind: 'TABLE' }].sort((a, b) => (a.name < b.name ? -1 : 1)));
});

test('RESULT_SCAN keeps the earlier rows, names and rowtype', { timeout: 60_000 }, async () => {
  const first = await execute(conn, `SELECT id, label, price FROM ${PARENT} ORDER BY id`);
  const { stmt, rows } = await execute(conn, 'SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))');
  assert.deepEqual(rows, first.rows);
  assert.deepEqual(rows, [{ ID: 1, LABEL: 'one', PRICE: 1.5 }, { ID: 2, LABEL: 'two', PRICE: 2.25 }]);
  const describe = (s) => s.getColumns().map((c) => [c.getName(), c.getType(), c.getPrecision(), c.getScale(), c.isNullable()]);
  assert.deepEqual(describe(stmt), describe(first.stmt));
  assert.deepEqual(describe(stmt)[2], ['PRICE', 'fixed', 10, 2, true]);
});

test('RESULT_SCAN by explicit query id and by LAST_QUERY_ID(-2)', { timeout: 60_000 }, async () => {
  const { stmt } = await execute(conn, "SELECT 'first' AS which");
  await execute(conn, "SELECT 'second' AS which");
  assert.deepEqual(await query(conn, 'SELECT which FROM TABLE(RESULT_SCAN(LAST_QUERY_ID(-2)))'), [{ WHICH: 'first' }]);
  assert.deepEqual(await query(conn, `SELECT which FROM TABLE(RESULT_SCAN('${stmt.getQueryId()}'))`), [{ WHICH: 'first' }]);
});

test('RESULT_SCAN of an unknown query id: 000709', { timeout: 60_000 }, async () => {
  const err = await expectError(() => execute(conn, "SELECT * FROM TABLE(RESULT_SCAN('01b00000-0000-0000-0000-000000000000'))"));
  assert.equal(err.code, '000709');
  assert.match(err.message, /Statement 01b00000-0000-0000-0000-000000000000 not found/);
});

test('GET_DDL returns the declared table', { timeout: 60_000 }, async () => {
  const rows = await query(conn, `SELECT GET_DDL('TABLE', '${PARENT}') AS ddl`);
  assert.equal(rows[0].DDL,
    `create or replace TABLE ${PARENT} (\n\tID NUMBER(10,0) NOT NULL,\n\tLABEL VARCHAR(20),\n\tPRICE NUMBER(10,2),\n\tconstraint PK_MD_PARENT primary key (ID)\n);`);
});

test('SHOW PRIMARY KEYS reports constraint names, written or generated', { timeout: 60_000 }, async () => {
  const parent = await query(conn, `SHOW PRIMARY KEYS IN TABLE ${PARENT}`);
  assert.equal(parent.length, 1);
  assert.equal(parent[0].table_name, PARENT);
  assert.equal(parent[0].column_name, 'ID');
  assert.equal(parent[0].key_sequence, 1);
  assert.equal(parent[0].constraint_name, 'PK_MD_PARENT');
  const child = await query(conn, `SHOW PRIMARY KEYS IN TABLE ${CHILD}`);
  assert.match(child[0].constraint_name, /^SYS_CONSTRAINT_[0-9a-f-]{36}$/);
});

test('SHOW IMPORTED KEYS then RESULT_SCAN maps foreign keys to their targets', { timeout: 60_000 }, async () => {
  const { stmt } = await execute(conn, `SHOW IMPORTED KEYS IN TABLE ${CHILD}`);
  assert.deepEqual(stmt.getColumns().slice(1, 15).map((c) => c.getName()), [
    'pk_database_name', 'pk_schema_name', 'pk_table_name', 'pk_column_name',
    'fk_database_name', 'fk_schema_name', 'fk_table_name', 'fk_column_name', 'key_sequence',
    'update_rule', 'delete_rule', 'fk_name', 'pk_name', 'deferrability']);
  const rows = await query(conn, `
    SELECT fk."fk_name", fk."fk_column_name", fk."pk_table_name", fk."pk_column_name", fk."pk_name"
    FROM TABLE(RESULT_SCAN(LAST_QUERY_ID(-1))) AS fk`);
  assert.deepEqual(rows, [{ fk_name: 'FK_MD_CHILD', fk_column_name: 'PARENT_ID', pk_table_name: PARENT, pk_column_name: 'ID', pk_name: 'PK_MD_PARENT' }]);
});

// https://docs.snowflake.com/en/sql-reference/parameters#timestamp-type-mapping
test('TIMESTAMP_TYPE_MAPPING decides what TIMESTAMP and TO_TIMESTAMP mean', { timeout: 60_000 }, async () => {
  const types = async () => (await execute(conn, "SELECT '2024-01-02 03:04:05'::TIMESTAMP AS a, TO_TIMESTAMP('2024-01-02') AS b"))
    .stmt.getColumns().map((c) => c.getType());
  assert.deepEqual(await types(), ['timestamp_ntz', 'timestamp_ntz']);
  await execute(conn, "ALTER SESSION SET TIMESTAMP_TYPE_MAPPING = 'TIMESTAMP_LTZ'");
  try {
    assert.deepEqual(await types(), ['timestamp_ltz', 'timestamp_ltz']);
  } finally {
    await execute(conn, 'ALTER SESSION UNSET TIMESTAMP_TYPE_MAPPING');
  }
  assert.deepEqual(await types(), ['timestamp_ntz', 'timestamp_ntz']);
});

// https://docs.snowflake.com/en/sql-reference/parameters#quoted-identifiers-ignore-case
test('QUOTED_IDENTIFIERS_IGNORE_CASE upper-cases quoted names', { timeout: 60_000 }, async () => {
  await execute(conn, 'ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = TRUE');
  try {
    const { stmt, rows } = await execute(conn, 'SELECT 1 AS "quiet"');
    assert.equal(stmt.getColumns()[0].getName(), 'QUIET');
    assert.deepEqual(rows, [{ QUIET: 1 }]);
  } finally {
    await execute(conn, 'ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = FALSE');
  }
  assert.deepEqual(await query(conn, 'SELECT 1 AS "quiet"'), [{ quiet: 1 }]);
});

// Reading a variable nobody SET: 002211 (02000) at the reference's position.
test('an unset session variable fails with 002211', { timeout: 60_000 }, async () => {
  const err = await expectError(() => execute(conn, 'SELECT $never_set_md'));
  assert.equal(err.code, '002211');
  assert.equal(err.sqlState, '02000');
  assert.equal(err.message, "SQL compilation error: error line 1 at position 7\nSession variable '$NEVER_SET_MD' does not exist");
});
