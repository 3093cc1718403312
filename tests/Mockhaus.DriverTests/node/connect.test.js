'use strict';
// Connecting, session context, destroy.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { snowflake, connectionOptions, connect, destroy, execute, query, UUID_RE } = require('./lib/mockhaus');

test('connect with callback, run SELECT 1, destroy', { timeout: 60_000 }, async () => {
  const conn = await connect();
  try {
    assert.equal(conn.isUp(), true);
    const { stmt, rows } = await execute(conn, 'SELECT 1');
    // Snowflake names an unaliased expression column after its text: "1".
    assert.deepEqual(rows, [{ 1: 1 }]);
    assert.match(stmt.getQueryId(), UUID_RE);
    assert.equal(stmt.getNumRows(), 1);
    const cols = stmt.getColumns();
    assert.equal(cols.length, 1);
    assert.equal(cols[0].getName(), '1');
    assert.equal(cols[0].getType(), 'fixed');
    assert.equal(cols[0].getScale(), 0);
  } finally {
    await destroy(conn);
  }
  assert.equal(conn.isUp(), false);
});

test('connectAsync works and the session has the requested database and schema', { timeout: 60_000 }, async () => {
  const conn = snowflake.createConnection(connectionOptions());
  await conn.connectAsync();
  try {
    assert.equal(conn.isUp(), true);
    const rows = await query(conn, 'SELECT CURRENT_DATABASE() AS DB, CURRENT_SCHEMA() AS SC');
    assert.deepEqual(rows, [{ DB: 'TESTDB', SC: 'PUBLIC' }]);
  } finally {
    await destroy(conn);
  }
});

test('isValidAsync (heartbeat) reports a live connection', { timeout: 60_000 }, async () => {
  const conn = await connect();
  try {
    assert.equal(await conn.isValidAsync(), true);
  } finally {
    await destroy(conn);
  }
});

test('column names: unquoted aliases are upper-cased, quoted ones keep their case', { timeout: 60_000 }, async () => {
  const conn = await connect();
  try {
    const { stmt, rows } = await execute(conn, 'SELECT 1 AS x, 2 AS "MixedCase", \'a\' AS lower_alias');
    assert.deepEqual(stmt.getColumns().map((c) => c.getName()), ['X', 'MixedCase', 'LOWER_ALIAS']);
    assert.deepEqual(rows, [{ X: 1, MixedCase: 2, LOWER_ALIAS: 'a' }]);
  } finally {
    await destroy(conn);
  }
});

test('USE SCHEMA changes the session context', { timeout: 60_000 }, async () => {
  const conn = await connect();
  try {
    await execute(conn, 'CREATE SCHEMA IF NOT EXISTS CONNECT_TEST_SCHEMA');
    const { stmt } = await execute(conn, 'USE SCHEMA CONNECT_TEST_SCHEMA');
    // https://docs.snowflake.com/en/sql-reference/sql/use-schema : status "Statement executed successfully."
    assert.equal(stmt.getSessionState().getCurrentSchema(), 'CONNECT_TEST_SCHEMA');
    const rows = await query(conn, 'SELECT CURRENT_SCHEMA() AS SC');
    assert.deepEqual(rows, [{ SC: 'CONNECT_TEST_SCHEMA' }]);
  } finally {
    await destroy(conn);
  }
});

test('an empty result has columns and no rows', { timeout: 60_000 }, async () => {
  const conn = await connect();
  try {
    const { stmt, rows } = await execute(conn, 'SELECT 1 AS A WHERE 1 = 0');
    assert.deepEqual(rows, []);
    assert.equal(stmt.getNumRows(), 0);
    assert.deepEqual(stmt.getColumns().map((c) => c.getName()), ['A']);
  } finally {
    await destroy(conn);
  }
});

test('describeOnly returns the columns without running the query', { timeout: 60_000 }, async () => {
  const conn = await connect();
  try {
    const { stmt, rows } = await execute(conn, 'SELECT 1::NUMBER(5,2) AS A, \'x\' AS B', undefined, { describeOnly: true });
    assert.deepEqual(rows, []);
    assert.deepEqual(stmt.getColumns().map((c) => [c.getName(), c.getType(), c.getScale()]),
      [['A', 'fixed', 2], ['B', 'text', null]]);
  } finally {
    await destroy(conn);
  }
});
