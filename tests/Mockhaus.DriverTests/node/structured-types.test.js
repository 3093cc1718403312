'use strict';
// Structured ARRAY(t), OBJECT(k t, ...) and MAP(k, v) through snowflake-sdk: the rowtype carries `fields`, so the
// driver reports isArray()/isObject()/isMap() and decodes elements by their declared types (a MAP becomes a JS Map).
// https://docs.snowflake.com/en/sql-reference/data-types-structured
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, uniqueName } = require('./lib/mockhaus');

const TABLE = uniqueName('T_STRUCTURED');
let conn;

before(async () => {
  conn = await connect();
  await execute(conn, `CREATE OR REPLACE TABLE ${TABLE} (id INT, a ARRAY(INT), o OBJECT(a INT, b VARCHAR), m MAP(VARCHAR, INT))`);
  await execute(conn, `INSERT INTO ${TABLE} SELECT 1, [1, 2, 3]::ARRAY(INT), {'b': 'x', 'a': '7'}::OBJECT(a INT, b VARCHAR),
      PARSE_JSON('{"k1": 10, "k2": "20"}')::MAP(VARCHAR, INT)`);
  await execute(conn, `INSERT INTO ${TABLE} SELECT 2, []::ARRAY(INT), {'a': 1, 'b': NULL}::OBJECT(a INT, b VARCHAR),
      PARSE_JSON('{}')::MAP(VARCHAR, INT)`);
  await execute(conn, `INSERT INTO ${TABLE} SELECT 3, NULL, NULL, NULL`);
});

after(async () => {
  if (conn) {
    try { await execute(conn, `DROP TABLE IF EXISTS ${TABLE}`); } catch { /* ignore */ }
  }
  await destroy(conn);
});

test('structured ARRAY and MAP columns decode to typed JS values', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await execute(conn, `SELECT a, m FROM ${TABLE} ORDER BY id`);
  const [a, m] = stmt.getColumns();
  assert.deepEqual([a.getType(), m.getType()], ['array', 'map']);
  assert.deepEqual([a.isArray(), m.isMap(), a.isVariant(), m.isVariant()], [true, true, false, false]);
  assert.deepEqual(rows[0].A, [1, 2, 3]);
  assert.ok(rows[0].M instanceof Map);
  assert.deepEqual([...rows[0].M.entries()], [['k1', 10], ['k2', 20]]); // "20" converted to the value type
  assert.deepEqual(rows[1].A, []);
  assert.deepEqual([...rows[1].M.entries()], []);
  assert.deepEqual([rows[2].A, rows[2].M], [null, null]);
});

// snowflake-sdk's convertJsonObject turns the column's fields metadata into a map in place on the first value, so a
// structured OBJECT column can only be decoded for one row per result (the second row fails with
// "fieldsMetadata.reduce is not a function"); each row is read on its own here.
async function objectOf(id) {
  const { stmt, rows } = await execute(conn, `SELECT o FROM ${TABLE} WHERE id = ${id}`);
  return { column: stmt.getColumns()[0], value: rows[0].O };
}

test('structured OBJECT column decodes with its declared types and key order', { timeout: 60_000 }, async () => {
  const first = await objectOf(1);
  assert.deepEqual([first.column.getType(), first.column.isObject(), first.column.isVariant()], ['object', true, false]);
  assert.deepEqual(first.value, { a: 7, b: 'x' }); // '7' converted to INT by the cast
  assert.deepEqual(Object.keys(first.value), ['a', 'b']);
  assert.deepEqual((await objectOf(2)).value, { a: 1, b: null });
  assert.equal((await objectOf(3)).value, null);
});

test('casts in a query report the structured type', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await execute(conn,
    `SELECT [1, 2]::ARRAY(VARCHAR) AS s, PARSE_JSON('[[1], [2, 3]]')::ARRAY(ARRAY(NUMBER(10,2))) AS nested`);
  const [s, nested] = stmt.getColumns();
  assert.deepEqual([s.isArray(), nested.isArray()], [true, true]);
  assert.deepEqual(rows, [{ S: ['1', '2'], NESTED: [[1], [2, 3]] }]);
});

test('element access and functions on structured columns', { timeout: 60_000 }, async () => {
  const { rows } = await execute(conn,
    `SELECT a[1] AS a1, o:b::VARCHAR AS ob, m['k2'] AS mk, ARRAY_SIZE(a) AS n, a::VARIANT AS av FROM ${TABLE} WHERE id = 1`);
  assert.deepEqual(rows, [{ A1: 2, OB: 'x', MK: 20, N: 3, AV: [1, 2, 3] }]);
});

test('DESCRIBE TABLE shows the declared structured types', { timeout: 60_000 }, async () => {
  const { rows } = await execute(conn, `DESCRIBE TABLE ${TABLE}`);
  assert.deepEqual(rows.map((r) => [r.name, r.type]), [
    ['ID', 'NUMBER(38,0)'],
    ['A', 'ARRAY(NUMBER(38,0))'],
    ['O', 'OBJECT(a NUMBER(38,0), b VARCHAR(16777216))'],
    ['M', 'MAP(VARCHAR(16777216), NUMBER(38,0))'],
  ]);
});

// DATE elements are left out: snowflake-sdk's convertDateString refers to an undefined `context` and fails for
// any DATE inside a structured value ("context is not defined").
test('timestamps and numeric MAP keys decode by their element types', { timeout: 60_000 }, async () => {
  const { rows } = await execute(conn, `SELECT PARSE_JSON('{"1": "one", "20": "twenty"}')::MAP(INT, VARCHAR) AS m,
      ['2024-01-02 03:04:05']::ARRAY(TIMESTAMP_NTZ) AS ts`);
  assert.deepEqual([...rows[0].M.entries()], [[1, 'one'], [20, 'twenty']]);
  const ts = rows[0].TS[0];
  assert.deepEqual([ts.getUTCFullYear(), ts.getUTCMonth() + 1, ts.getUTCDate(), ts.getUTCHours(), ts.getUTCMinutes(), ts.getUTCSeconds()],
    [2024, 1, 2, 3, 4, 5]);
});
