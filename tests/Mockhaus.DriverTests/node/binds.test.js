'use strict';
// Binds through snowflake-sdk: positional (?) and numbered (:1) binds, array binds for INSERT, UPDATE, DELETE and
// MERGE, a 100,000-row array bind, the stage-binding fallback, resubmission by requestId, STATEMENT_TIMEOUT_IN_SECONDS
// per statement, SYSTEM$CANCEL_QUERY from another connection, and MULTI_STATEMENT_COUNT mismatches.
// The Node driver only sends positional keys ("1", "2", ...): named binds (:name) are .NET's and are covered by the
// NUnit protocol tests (tests/Mockhaus.Server.Tests/BindTests.cs).
//   https://docs.snowflake.com/en/developer-guide/node-js/nodejs-driver-execute (binding statement parameters, array binds)
//   https://docs.snowflake.com/en/sql-reference/bind-variables
//   https://docs.snowflake.com/en/sql-reference/functions/system_cancel_query
//   https://docs.snowflake.com/en/developer-guide/sql-api/submitting-multiple-statements
const { randomUUID } = require('node:crypto');
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, query, expectError, privateTables, UUID_RE } = require('./lib/mockhaus');

const SLOW_QUERY = 'SELECT MAX(RANDOM()) AS M FROM TABLE(GENERATOR(ROWCOUNT => 20000000000))';

let conn;
const tables = privateTables();
before(async () => { conn = await connect(); });
after(async () => {
  if (conn) await tables.dropAll(conn);
  await destroy(conn);
});

/** A table private to this file, dropped at the end. */
const table = (prefix, columns) => tables.create(conn, prefix, columns);

test('positional ? and numbered :n binds, with :1 used twice', { timeout: 60_000 }, async () => {
  const rows = await query(conn, 'SELECT ? + 1 AS NEXT, ? AS S, ? AS B, ? AS NOTHING', [41, 'héllo', true, null]);
  assert.deepEqual(rows, [{ NEXT: 42, S: 'héllo', B: true, NOTHING: null }]);
  const numbered = await query(conn, 'SELECT :2 AS SECOND, :1 AS FIRST, :1 * 2 AS TWICE', [21, 'b']);
  assert.deepEqual(numbered, [{ SECOND: 'b', FIRST: 21, TWICE: 42 }]);
});

test('bind values are data, never SQL', { timeout: 60_000 }, async () => {
  const t = await table('T_BIND_SAFE', 's VARCHAR');
  const hostile = "x'); DROP TABLE " + t + '; --';
  await execute(conn, `INSERT INTO ${t} (s) VALUES (?)`, [hostile]);
  assert.deepEqual(await query(conn, `SELECT s FROM ${t}`), [{ S: hostile }]);
});

test('array bind UPDATE reports the total of updated rows', { timeout: 60_000 }, async () => {
  const t = await table('T_BIND_UPD', 'id INT, grp INT, v VARCHAR');
  await execute(conn, `INSERT INTO ${t} VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, 'c'), (4, 3, 'd')`);
  const { stmt, rows } = await execute(conn, `UPDATE ${t} SET v = ? WHERE grp = ?`, [['x', 1], ['y', 2], ['z', 9]]);
  assert.equal(stmt.getNumUpdatedRows(), 3);
  assert.deepEqual(rows, [{ 'number of rows updated': 3, 'number of multi-joined rows updated': 0 }]);
  assert.deepEqual(await query(conn, `SELECT v FROM ${t} ORDER BY id`), [{ V: 'x' }, { V: 'x' }, { V: 'y' }, { V: 'd' }]);
});

test('array bind DELETE reports the total of deleted rows', { timeout: 60_000 }, async () => {
  const t = await table('T_BIND_DEL', 'id INT');
  await execute(conn, `INSERT INTO ${t} VALUES (1), (2), (2), (3)`);
  const { stmt } = await execute(conn, `DELETE FROM ${t} WHERE id = ?`, [[2], [3], [7]]);
  assert.equal(stmt.getNumUpdatedRows(), 3);
  assert.deepEqual(await query(conn, `SELECT id FROM ${t}`), [{ ID: 1 }]);
});

test('array bind MERGE reports inserted and updated totals', { timeout: 60_000 }, async () => {
  const t = await table('T_BIND_MERGE', 'id INT, v VARCHAR');
  await execute(conn, `INSERT INTO ${t} VALUES (1, 'old')`);
  const { stmt, rows } = await execute(conn,
    `MERGE INTO ${t} t USING (SELECT ? AS id, ? AS v) s ON t.id = s.id
     WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)`,
    [[1, 'new1'], [2, 'new2'], [3, 'new3']]);
  assert.deepEqual(rows, [{ 'number of rows inserted': 2, 'number of rows updated': 1, 'number of rows deleted': 0 }]);
  assert.equal(stmt.getNumUpdatedRows(), 3);
  assert.deepEqual(await query(conn, `SELECT id, v FROM ${t} ORDER BY id`),
    [{ ID: 1, V: 'new1' }, { ID: 2, V: 'new2' }, { ID: 3, V: 'new3' }]);
});

/** n rows of (number, varchar, float, date, boolean). */
function mixedRows(n) {
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    rows[i] = [i, `name-${i}`, i + 0.5, `2024-02-${day}`, i % 2 === 0];
  }
  return rows;
}

test('a 100,000-row array bind inserts every row with the exact count', { timeout: 180_000 }, async () => {
  // 500,000 binds: above Node's default CLIENT_STAGE_ARRAY_BINDING_THRESHOLD (100,000), so the driver would stage the
  // binds unless the server's threshold keeps them inline.
  const t = await table('T_BIND_100K', 'n NUMBER(38,0), s VARCHAR, f FLOAT, d DATE, b BOOLEAN');
  const rows = mixedRows(100_000);
  const { stmt } = await execute(conn, `INSERT INTO ${t} (n, s, f, d, b) VALUES (?, ?, ?, ?, ?)`, rows);
  assert.equal(stmt.getNumUpdatedRows(), 100_000);
  const [summary] = await query(conn,
    `SELECT COUNT(*) AS C, SUM(n) AS SN, COUNT(DISTINCT s) AS DS, SUM(f) AS SF, MIN(d) AS MIND, MAX(d) AS MAXD,
            COUNT_IF(b) AS TRUES FROM ${t}`, undefined, { fetchAsString: ['Date'] });
  assert.deepEqual(summary, {
    C: 100_000, SN: 4_999_950_000, DS: 100_000, SF: 5_000_000_000, MIND: '2024-02-01', MAXD: '2024-02-28', TRUES: 50_000,
  });
  assert.deepEqual(await query(conn, `SELECT n, s, f, b FROM ${t} WHERE n = 77777`),
    [{ N: 77777, S: 'name-77777', F: 77777.5, B: false }]);
  // The driver did not try stage binding (it would have run CREATE TEMPORARY STAGE first).
  const history = await (await fetch(`${process.env.MOCKHAUS_URL}/admin/queries?limit=1000`)).json();
  assert.ok(!JSON.stringify(history).includes('SYSTEM$BIND'), 'no stage-binding statements were sent');
});

test('an array bind of non-ASCII text arrives byte for byte', { timeout: 60_000 }, async () => {
  // Node writes the text unescaped (raw UTF-8): the server copies it from the request into DuckDB as it stands.
  const t = await table('T_BIND_UTF8', 'id INT, s VARCHAR');
  const texts = ['grüße', '', null, '日本語 😀', 'a"b\\c', 'x'.repeat(3000)];
  const { stmt } = await execute(conn, `INSERT INTO ${t} VALUES (?, ?)`, texts.map((s, i) => [i, s]));
  assert.equal(stmt.getNumUpdatedRows(), texts.length);
  const rows = await query(conn, `SELECT id, s, LENGTH(s) AS L FROM ${t} ORDER BY id`);
  assert.deepEqual(rows, texts.map((s, i) => ({ ID: i, S: s, L: s === null ? null : [...s].length })));
});

test('a driver forced onto stage binding falls back to inline binds', { timeout: 120_000 }, async () => {
  // arrayBindingThreshold: 1 makes the driver try CREATE TEMPORARY STAGE + PUT; Mockhaus has no stages, so the
  // driver falls back to inline binds and the insert still succeeds.
  const staged = await connect({ arrayBindingThreshold: 1 });
  try {
    const t = await table('T_BIND_STAGE', 'n INT, s VARCHAR');
    const { stmt } = await execute(staged, `INSERT INTO ${t} VALUES (?, ?)`, [[1, 'a'], [2, 'b'], [3, 'c']]);
    assert.equal(stmt.getNumUpdatedRows(), 3);
    assert.deepEqual(await query(conn, `SELECT COUNT(*) AS C FROM ${t}`), [{ C: 3 }]);
    const history = await (await fetch(`${process.env.MOCKHAUS_URL}/admin/queries?limit=1000`)).json();
    assert.ok(JSON.stringify(history).includes('SYSTEM$BIND'), 'the driver did try to create its bind stage');
  } finally {
    await destroy(staged);
  }
});

test('an array bind that breaks NOT NULL fails with 100072 and inserts nothing', { timeout: 60_000 }, async () => {
  const t = await table('T_BIND_NN', 'id INT NOT NULL');
  const err = await expectError(() => execute(conn, `INSERT INTO ${t} VALUES (?)`, [[1], [null], [3]]));
  assert.equal(err.code, '100072');
  assert.deepEqual(await query(conn, `SELECT COUNT(*) AS C FROM ${t}`), [{ C: 0 }]);
});

test('resubmitting with the same requestId returns the first result without inserting twice', { timeout: 60_000 }, async () => {
  const t = await table('T_BIND_RESUBMIT', 'id INT');
  const requestId = randomUUID();
  const first = await execute(conn, `INSERT INTO ${t} VALUES (?)`, [1], { requestId });
  const again = await execute(conn, `INSERT INTO ${t} VALUES (?)`, [1], { requestId });
  assert.equal(again.stmt.getQueryId(), first.stmt.getQueryId());
  assert.equal(again.stmt.getNumUpdatedRows(), 1);
  assert.deepEqual(await query(conn, `SELECT COUNT(*) AS C FROM ${t}`), [{ C: 1 }]);
});

test('STATEMENT_TIMEOUT_IN_SECONDS in the statement parameters cancels that statement with 000630', { timeout: 60_000 }, async () => {
  const err = await expectError(() => execute(conn, SLOW_QUERY, undefined, { parameters: { STATEMENT_TIMEOUT_IN_SECONDS: 1 } }));
  assert.equal(err.code, '000630');
  assert.match(err.message, /timeout of 1 second\(s\) and was canceled/);
  assert.deepEqual(await query(conn, 'SELECT 1 AS ONE'), [{ ONE: 1 }]);
});

test('SYSTEM$CANCEL_QUERY from another connection aborts a running query', { timeout: 90_000 }, async () => {
  const canceller = await connect();
  try {
    const { stmt } = await execute(conn, SLOW_QUERY, undefined, { asyncExec: true });
    const queryId = stmt.getQueryId();
    assert.match(queryId, UUID_RE);
    const rows = await query(canceller, 'SELECT SYSTEM$CANCEL_QUERY(?) AS ANSWER', [queryId]);
    assert.deepEqual(rows, [{ ANSWER: `query [${queryId}] terminated.` }]);
    let status = await conn.getQueryStatus(queryId);
    for (let i = 0; i < 100 && status !== 'ABORTED'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = await conn.getQueryStatus(queryId);
    }
    assert.equal(status, 'ABORTED');
    const again = await expectError(() => query(canceller, 'SELECT SYSTEM$CANCEL_QUERY(?)', [queryId]));
    assert.equal(again.code, '000605');
  } finally {
    await destroy(canceller);
  }
});

test('MULTI_STATEMENT_COUNT mismatch is 000008 with Snowflake\'s text', { timeout: 60_000 }, async () => {
  const tooMany = await expectError(() => execute(conn, 'SELECT 1; SELECT 2'));
  assert.equal(tooMany.code, '000008');
  assert.equal(tooMany.message, 'Actual statement count 2 did not match the desired statement count 1.');
  const tooFew = await expectError(() => execute(conn, 'SELECT 1', undefined, { parameters: { MULTI_STATEMENT_COUNT: 3 } }));
  assert.equal(tooFew.code, '000008');
  assert.equal(tooFew.message, 'Actual statement count 1 did not match the desired statement count 3.');
});
