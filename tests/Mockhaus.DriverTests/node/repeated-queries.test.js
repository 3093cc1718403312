'use strict';
// A query sent again runs from the session's prepared statement (Mockhaus keeps DuckDB's plan per statement text):
// it must answer exactly as a first execution would after anything changed in between: new rows (also from another
// connection), a new column, a session variable, the current schema.
//   https://docs.snowflake.com/en/sql-reference/session-variables
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, query, privateTables } = require('./lib/mockhaus');

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
