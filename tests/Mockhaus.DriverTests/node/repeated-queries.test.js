'use strict';
// A query sent again runs from the session's prepared statement (Mockhaus keeps DuckDB's plan per statement text):
// it must answer exactly as a first execution would after anything changed in between: new rows (also from another
// connection), a new column, a session variable, the current schema.
//   https://docs.snowflake.com/en/sql-reference/session-variables
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, query, expectError, privateTables } = require('./lib/mockhaus');

let conn;
const tables = privateTables();
before(async () => { conn = await connect(); });
after(async () => {
  if (conn) await tables.dropAll(conn);
  await destroy(conn);
});

/** A table private to this file, dropped at the end. */
const table = (prefix, columns) => tables.create(conn, prefix, columns);

test('a repeated query sees rows inserted since, by this connection or another', { timeout: 60_000 }, async () => {
  const t = await table('T_REPEAT_ROWS', 'x INT');
  await execute(conn, `INSERT INTO ${t} VALUES (1), (2), (3)`);
  const countAbove = `SELECT COUNT(*) AS C FROM ${t} WHERE x > 10`;
  assert.deepEqual(await query(conn, countAbove), [{ C: 0 }]);
  assert.deepEqual(await query(conn, countAbove), [{ C: 0 }]);
  await execute(conn, `INSERT INTO ${t} VALUES (20)`);
  assert.deepEqual(await query(conn, countAbove), [{ C: 1 }]);
  const other = await connect();
  try {
    await execute(other, `INSERT INTO ${t} VALUES (30)`);
  } finally {
    await destroy(other);
  }
  assert.deepEqual(await query(conn, countAbove), [{ C: 2 }]);
});

test('a repeated SELECT * returns a column added since', { timeout: 60_000 }, async () => {
  const t = await table('T_REPEAT_COLS', 'a INT');
  await execute(conn, `INSERT INTO ${t} VALUES (1)`);
  assert.deepEqual(await query(conn, `SELECT * FROM ${t}`), [{ A: 1 }]);
  await execute(conn, `ALTER TABLE ${t} ADD COLUMN b VARCHAR`);
  assert.deepEqual(await query(conn, `SELECT * FROM ${t}`), [{ A: 1, B: null }]);
});

test('a repeated query reads a session variable set since', { timeout: 60_000 }, async () => {
  await execute(conn, 'SET repeat_v = 1');
  assert.deepEqual(await query(conn, 'SELECT $repeat_v AS V'), [{ V: 1 }]);
  await execute(conn, 'SET repeat_v = 2');
  assert.deepEqual(await query(conn, 'SELECT $repeat_v AS V'), [{ V: 2 }]);
});

// Snowflake answers a repeated query over unchanged data from its persisted result (USE_CACHED_RESULT, on by default),
// under a new query id; never a query that calls RANDOM, UUID_STRING or the clock.
//   https://docs.snowflake.com/en/user-guide/querying-persisted-results
test('a repeated query answers the same rows under a new query id, and its result can be scanned', { timeout: 60_000 }, async () => {
  const t = await table('T_REUSE', 'x INT, s VARCHAR');
  await execute(conn, `INSERT INTO ${t} VALUES (1, 'a'), (2, 'b')`);
  const sql = `SELECT x, s FROM ${t} ORDER BY x`;
  const first = await execute(conn, sql);
  const second = await execute(conn, sql);
  assert.deepEqual(second.rows, [{ X: 1, S: 'a' }, { X: 2, S: 'b' }]);
  assert.deepEqual(second.rows, first.rows);
  assert.notEqual(second.stmt.getQueryId(), first.stmt.getQueryId());
  assert.deepEqual(await query(conn, `SELECT * FROM TABLE(RESULT_SCAN('${second.stmt.getQueryId()}'))`), second.rows);
  await execute(conn, `UPDATE ${t} SET s = 'changed' WHERE x = 2`);
  assert.deepEqual(await query(conn, sql), [{ X: 1, S: 'a' }, { X: 2, S: 'changed' }]);
});

test('RANDOM, UUID_STRING and a view over RANDOM give new values at every run', { timeout: 60_000 }, async () => {
  const distinct = async (sql) => {
    const values = new Set();
    for (let i = 0; i < 5; i++) values.add(String((await query(conn, sql))[0].V));
    return values.size;
  };
  assert.ok(await distinct('SELECT RANDOM() AS V') > 1);
  assert.ok(await distinct('SELECT UUID_STRING() AS V') > 1);
  const view = `${await table('T_REUSE_BASE', 'x INT')}_V`;
  await execute(conn, `CREATE VIEW ${view} AS SELECT RANDOM() AS V`);
  try {
    assert.ok(await distinct(`SELECT V FROM ${view}`) > 1);
  } finally {
    await execute(conn, `DROP VIEW IF EXISTS ${view}`);
  }
});

test('USE_CACHED_RESULT is a boolean session parameter', { timeout: 60_000 }, async () => {
  const other = await connect();
  try {
    await execute(other, 'ALTER SESSION SET USE_CACHED_RESULT = FALSE');
    assert.deepEqual(await query(other, 'SELECT 1 AS ONE'), [{ ONE: 1 }]);
    assert.deepEqual(await query(other, 'SELECT 1 AS ONE'), [{ ONE: 1 }]);
    const err = await expectError(() => execute(other, "ALTER SESSION SET USE_CACHED_RESULT = 'sometimes'"));
    assert.equal(err.code, '001007');
    assert.match(err.message, /invalid value \[.?sometimes.?\] for parameter 'USE_CACHED_RESULT'/);
  } finally {
    await destroy(other);
  }
});
