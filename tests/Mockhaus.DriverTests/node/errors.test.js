'use strict';
// SQL errors: codes and SQLSTATEs as real Snowflake reports them, and the connection survives them.
// https://docs.snowflake.com/en/developer-guide/node-js/nodejs-driver-execute (err.code, err.sqlState)
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, query, expectError, UUID_RE } = require('./lib/mockhaus');

let conn;
before(async () => { conn = await connect(); });
after(async () => {
  if (conn) { try { await execute(conn, 'DROP TABLE IF EXISTS T_ERR'); } catch { /* ignore */ } }
  await destroy(conn);
});

test('unknown table: 002003 / 42S02', { timeout: 60_000 }, async () => {
  const err = await expectError(() => execute(conn, 'SELECT * FROM NO_SUCH_TABLE'));
  assert.equal(err.code, '002003');
  assert.equal(err.sqlState, '42S02');
  assert.match(err.message, /SQL compilation error/);
  assert.match(err.message, /NO_SUCH_TABLE' does not exist or not authorized\./);
  assert.ok(err.data, 'err.data is the response data object');
  assert.match(err.data.queryId, UUID_RE);
});

test('syntax error: 001003 / 42000', { timeout: 60_000 }, async () => {
  const err = await expectError(() => execute(conn, 'SELEC 1'));
  assert.equal(err.code, '001003');
  assert.equal(err.sqlState, '42000');
  assert.match(err.message, /syntax error/);
});

// Real Snowflake: "000904 (42000): SQL compilation error: error line 1 at position 7\ninvalid identifier 'X'"
test('invalid identifier: 000904 / 42000', { timeout: 60_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TABLE T_ERR (id INT)');
  const err = await expectError(() => execute(conn, 'SELECT no_such_column FROM T_ERR'));
  assert.equal(err.code, '000904');
  assert.equal(err.sqlState, '42000');
  assert.match(err.message, /invalid identifier 'NO_SUCH_COLUMN'/);
});

test('object already exists: 002002 / 42710', { timeout: 60_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TABLE T_ERR (id INT)');
  const err = await expectError(() => execute(conn, 'CREATE TABLE T_ERR (id INT)'));
  assert.equal(err.code, '002002');
  assert.equal(err.sqlState, '42710');
  assert.match(err.message, /T_ERR' already exists\./);
});

// Real Snowflake: "100051 (22012): Division by zero"
test('division by zero: 100051 / 22012', { timeout: 60_000 }, async () => {
  // https://docs.snowflake.com/en/sql-reference/operators-arithmetic : division by zero is an error.
  const err = await expectError(() => execute(conn, 'SELECT 1/0'));
  assert.equal(err.code, '100051');
  assert.equal(err.sqlState, '22012');
  assert.match(err.message, /Division by zero/);
});

test('a failing statement leaves the connection usable', { timeout: 60_000 }, async () => {
  for (let i = 0; i < 3; i++) {
    await expectError(() => execute(conn, 'SELECT * FROM NO_SUCH_TABLE'));
    assert.equal(conn.isUp(), true);
    assert.deepEqual(await query(conn, 'SELECT 41 + ? AS V', [i]), [{ V: 41 + i }]);
  }
});

test('an error in the middle of DML does not lose earlier data', { timeout: 60_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TABLE T_ERR (id INT)');
  await execute(conn, 'INSERT INTO T_ERR VALUES (1), (2)');
  await expectError(() => execute(conn, 'INSERT INTO T_ERR SELECT * FROM NO_SUCH_TABLE'));
  assert.deepEqual(await query(conn, 'SELECT COUNT(*) AS N FROM T_ERR'), [{ N: 2 }]);
});

// A JavaScript string may hold half of a surrogate pair; JSON.stringify sends it as a lone "\udXXX" escape, which is
// not text. Mockhaus refuses the request by name instead of failing inside; a whole pair (an emoji) is ordinary text.
test('a lone surrogate in a bind is refused as invalid text; a pair is kept', { timeout: 60_000 }, async () => {
  const err = await expectError(() => query(conn, 'SELECT ? AS V', ['broken \ud83d']));
  assert.equal(err.code, '000400');
  assert.match(err.message, /unpaired UTF-16 surrogate/);
  assert.equal(conn.isUp(), true);
  assert.deepEqual(await query(conn, 'SELECT ? AS V', ['fine \ud83d\ude00']), [{ V: 'fine \u{1F600}' }]);
});

// Snowflake keeps a transaction open after a failed statement; DuckDB aborts it. Mockhaus says so by name rather than
// letting COMMIT report success after losing the transaction's changes (docs.snowflake.com/en/sql-reference/transactions).
test('a transaction a run-time failure aborted fails by name and COMMIT keeps nothing', { timeout: 60_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TABLE T_ERR (id INT NOT NULL)');
  await execute(conn, 'BEGIN');
  await execute(conn, 'INSERT INTO T_ERR VALUES (1)');
  await expectError(() => execute(conn, 'INSERT INTO T_ERR VALUES (NULL)'));
  const commit = await expectError(() => execute(conn, 'COMMIT'));
  assert.equal(commit.code, '000002');
  assert.match(commit.message, /none of its changes can be committed/);
  assert.deepEqual(await query(conn, 'SELECT COUNT(*) AS N FROM T_ERR'), [{ N: 0 }]);
});
