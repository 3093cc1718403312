'use strict';
// Asynchronous queries (asyncExec + getResultsFromQueryId + getQueryStatus) and multi-statement requests.
// https://docs.snowflake.com/en/developer-guide/node-js/nodejs-driver-execute (asynchronous queries, multiple statements)
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, expectError, UUID_RE } = require('./lib/mockhaus');

let conn;
before(async () => { conn = await connect(); });
after(async () => {
  if (conn) { try { await execute(conn, 'DROP TABLE IF EXISTS T_MS'); } catch { /* ignore */ } }
  await destroy(conn);
});

/** connection.getResultsFromQueryId({queryId, complete}) as a promise of rows. */
function resultsFromQueryId(connection, queryId) {
  return new Promise((resolve, reject) => {
    Promise.resolve(connection.getResultsFromQueryId({
      queryId,
      complete: (err, _stmt, rows) => (err ? reject(err) : resolve(rows)),
    })).catch(reject);
  });
}

/** Runs a multi-statement request and collects the rows of every child result, in order. */
function executeMulti(connection, sqlText, count) {
  return new Promise((resolve, reject) => {
    const results = [];
    connection.execute({
      sqlText,
      parameters: { MULTI_STATEMENT_COUNT: count },
      complete: (err, stmt, rows) => {
        if (err) return reject(err);
        results.push(rows);
        if (stmt.hasNext()) stmt.NextResult();
        else resolve(results);
      },
    });
  });
}

test('asyncExec returns a query id; getResultsFromQueryId returns the rows', { timeout: 60_000 }, async () => {
  const { stmt } = await execute(conn, 'SELECT 42 AS A, \'x\' AS B', undefined, { asyncExec: true });
  const queryId = stmt.getQueryId();
  assert.match(queryId, UUID_RE);
  const rows = await resultsFromQueryId(conn, queryId);
  assert.deepEqual(rows, [{ A: 42, B: 'x' }]);
  assert.equal(await conn.getQueryStatus(queryId), 'SUCCESS');
});

test('a finished synchronous query can be fetched again by id', { timeout: 60_000 }, async () => {
  const { stmt } = await execute(conn, 'SELECT 7 AS SEVEN');
  assert.equal(await conn.getQueryStatus(stmt.getQueryId()), 'SUCCESS');
  assert.deepEqual(await resultsFromQueryId(conn, stmt.getQueryId()), [{ SEVEN: 7 }]);
});

test('multi-statement request with MULTI_STATEMENT_COUNT returns each result in order', { timeout: 60_000 }, async () => {
  const results = await executeMulti(conn, 'SELECT 1 AS A; SELECT \'two\' AS B; SELECT 3 AS C', 3);
  assert.deepEqual(results, [[{ A: 1 }], [{ B: 'two' }], [{ C: 3 }]]);
});

test('multi-statement request mixing DDL, DML and a query (count 0 = any)', { timeout: 60_000 }, async () => {
  const results = await executeMulti(conn,
    'CREATE OR REPLACE TABLE T_MS (i INT); INSERT INTO T_MS VALUES (1), (2); SELECT COUNT(*) AS N FROM T_MS', 0);
  assert.equal(results.length, 3);
  assert.deepEqual(results[0], [{ status: 'Table T_MS successfully created.' }]);
  assert.deepEqual(results[1], [{ 'number of rows inserted': 2 }]);
  assert.deepEqual(results[2], [{ N: 2 }]);
});

test('two statements without MULTI_STATEMENT_COUNT fail with 000008 / 0A000', { timeout: 60_000 }, async () => {
  // Session default MULTI_STATEMENT_COUNT = 1:
  // https://docs.snowflake.com/en/sql-reference/parameters#multi-statement-count
  const err = await expectError(() => execute(conn, 'SELECT 1; SELECT 2'));
  assert.equal(err.code, '000008');
  assert.equal(err.sqlState, '0A000');
  assert.match(err.message, /Actual statement count 2 did not match the desired statement count 1/);
});
