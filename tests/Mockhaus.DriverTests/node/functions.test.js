'use strict';
// Translated functions and operators whose results a user reads through the driver.
//   https://docs.snowflake.com/en/sql-reference/sql-format-models (numeric TO_CHAR)
//   https://docs.snowflake.com/en/sql-reference/data-types-datetime#interval-constants
//   https://docs.snowflake.com/en/sql-reference/constructs/connect-by
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute } = require('./lib/mockhaus');

let conn;
before(async () => { conn = await connect(); });
after(async () => { await destroy(conn); });

test('TO_CHAR of numbers follows the format model', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await execute(conn,
    "SELECT TO_CHAR(-123.45, '999.99MI') AS mi, TO_CHAR(1234.5, '$9,999.00') AS money, " +
    "TO_VARCHAR(7, '000') AS zeros, TO_CHAR(1234.567, 'FM9,999.99') AS fm, TO_CHAR(NULL::NUMBER, '99') AS nul");
  assert.deepEqual(stmt.getColumns().map((c) => c.getType()), ['text', 'text', 'text', 'text', 'text']);
  assert.deepEqual(rows, [{ MI: '123.45-', MONEY: ' $1,234.50', ZEROS: ' 007', FM: '1,234.57', NUL: null }]);
});
test('A DATE plus an interval constant of whole days stays a DATE', { timeout: 60_000 }, async () => {
  // https://docs.snowflake.com/en/sql-reference/data-types-datetime#interval-constants
  const { stmt, rows } = await execute(conn,
    "SELECT TO_DATE('2024-01-31') + INTERVAL '1 month, 2 days' AS d, TO_DATE('2024-01-31') + INTERVAL '90 min' AS ts");
  assert.deepEqual(stmt.getColumns().map((c) => c.getType()), ['date', 'timestamp_ntz']);
  assert.equal(rows[0].D.getTime(), Date.UTC(2024, 2, 2));
  assert.equal(rows[0].TS.getTime(), Date.UTC(2024, 0, 31, 1, 30));
});

test('CONNECT BY walks a hierarchy with LEVEL and SYS_CONNECT_BY_PATH', { timeout: 60_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TEMPORARY TABLE fn_employees (title VARCHAR, employee_id INT, manager_id INT)');
  await execute(conn, "INSERT INTO fn_employees VALUES ('President', 1, NULL), ('VP Engineering', 10, 1), ('Programmer', 100, 10)");
  const { stmt, rows } = await execute(conn,
    "SELECT employee_id, LEVEL, SYS_CONNECT_BY_PATH(title, '/') AS path FROM fn_employees " +
    "START WITH manager_id IS NULL CONNECT BY manager_id = PRIOR employee_id ORDER BY LEVEL");
  assert.deepEqual(stmt.getColumns().map((c) => c.getType()), ['fixed', 'fixed', 'text']);
  assert.deepEqual(rows, [
    { EMPLOYEE_ID: 1, LEVEL: 1, PATH: '/President' },
    { EMPLOYEE_ID: 10, LEVEL: 2, PATH: '/President/VP Engineering' },
    { EMPLOYEE_ID: 100, LEVEL: 3, PATH: '/President/VP Engineering/Programmer' },
  ]);
});

test('Quotients and averages of NUMBER columns are NUMBER with the quotient scale', { timeout: 60_000 }, async () => {
  // https://docs.snowflake.com/en/sql-reference/operators-arithmetic (scale and precision in arithmetic operations)
  await execute(conn, 'CREATE OR REPLACE TEMPORARY TABLE fn_prices (id INT, price NUMBER(12,4))');
  await execute(conn, 'INSERT INTO fn_prices VALUES (1, 1.5), (2, 10)');
  const { stmt, rows } = await execute(conn, 'SELECT AVG(id) AS a, MAX(price / 4) AS q FROM fn_prices');
  assert.deepEqual(stmt.getColumns().map((c) => [c.getType(), c.getScale()]), [['fixed', 6], ['fixed', 10]]);
  assert.deepEqual(rows, [{ A: 1.5, Q: 2.5 }]);
});

test('SQL UDFs: create, call, use as a table function, drop', { timeout: 60_000 }, async () => {
  // https://docs.snowflake.com/en/sql-reference/sql/create-function
  const created = await execute(conn, "CREATE OR REPLACE FUNCTION fn_tax(amount NUMBER(10,2), rate FLOAT DEFAULT 0.2) RETURNS NUMBER(10,2) AS 'amount * rate'");
  assert.deepEqual(created.rows, [{ status: 'Function FN_TAX successfully created.' }]);
  const { stmt, rows } = await execute(conn, 'SELECT fn_tax(100) AS t1, fn_tax(100, 0.5) AS t2');
  assert.deepEqual(stmt.getColumns().map((c) => [c.getType(), c.getScale()]), [['fixed', 2], ['fixed', 2]]);
  assert.deepEqual(rows, [{ T1: 20, T2: 50 }]);
  await execute(conn, "CREATE OR REPLACE FUNCTION fn_seq(n INT) RETURNS TABLE (i INT) AS 'SELECT column1 FROM VALUES (1), (2), (3) WHERE column1 <= n'");
  assert.deepEqual((await execute(conn, 'SELECT i FROM TABLE(fn_seq(2)) ORDER BY i')).rows, [{ I: 1 }, { I: 2 }]);
  await execute(conn, 'DROP FUNCTION fn_tax(NUMBER, FLOAT)');
  await assert.rejects(execute(conn, 'SELECT fn_tax(1)'), (err) => err.code === '002140');
  await execute(conn, 'DROP FUNCTION IF EXISTS fn_seq(INT)');
});
