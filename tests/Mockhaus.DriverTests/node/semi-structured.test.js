'use strict';
// Semi-structured data through snowflake-sdk: VARIANT/OBJECT/ARRAY columns, path access, casts from VARIANT and
// FLATTEN, with the column metadata the driver reports.
// https://docs.snowflake.com/en/user-guide/querying-semistructured
// https://docs.snowflake.com/en/sql-reference/functions/flatten
// https://docs.snowflake.com/en/user-guide/lateral-join-using
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { snowflake, connect, destroy, execute, expectError, uniqueName } = require('./lib/mockhaus');

const TABLE = uniqueName('T_SEMI_DOCS');
let conn;

before(async () => {
  conn = await connect();
  await execute(conn, `CREATE OR REPLACE TABLE ${TABLE} (id INT, v VARIANT, o OBJECT, a ARRAY)`);
  await execute(conn, `INSERT INTO ${TABLE} SELECT 1,
      PARSE_JSON('{"name": "ann", "n": 12.345, "d": "2024-02-29", "ok": true, "tags": ["x", "y"], "items": [{"sku": "a", "qty": 2}, {"sku": "b", "qty": 3}]}'),
      OBJECT_CONSTRUCT('b', 1, 'a', 2), ARRAY_CONSTRUCT(1, 'two')`);
  // Row 2 holds the same tags as row 1 (FLATTEN's SEQ must still differ), row 3 none.
  await execute(conn, `INSERT INTO ${TABLE} SELECT 2, PARSE_JSON('{"name": "bo", "tags": ["x", "y"], "items": []}'), NULL, ARRAY_CONSTRUCT()`);
  await execute(conn, `INSERT INTO ${TABLE} SELECT 3, PARSE_JSON('{"name": null}'), OBJECT_CONSTRUCT(), NULL`);
});

after(async () => {
  if (conn) {
    try { await execute(conn, `DROP TABLE IF EXISTS ${TABLE}`); } catch { /* ignore */ }
  }
  await destroy(conn);
});

function columnTypes(stmt) {
  return stmt.getColumns().map((c) => [c.getName(), c.getType()]);
}

test('path access returns VARIANT values the driver parses', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await execute(conn,
    `SELECT v:name AS name, v:tags[1] AS tag, v:items[0].qty AS qty, v['n'] AS n, v:missing AS missing FROM ${TABLE} WHERE id = 1`);
  assert.deepEqual(columnTypes(stmt), [['NAME', 'variant'], ['TAG', 'variant'], ['QTY', 'variant'], ['N', 'variant'], ['MISSING', 'variant']]);
  assert.deepEqual(rows, [{ NAME: 'ann', TAG: 'y', QTY: 2, N: 12.345, MISSING: null }]);
});

test('VARIANT text on the wire: indented, keys sorted', { timeout: 60_000 }, async () => {
  // A pass-through jsonColumnVariantParser hands over the text Snowflake sends for VARIANT/OBJECT/ARRAY columns.
  snowflake.configure({ jsonColumnVariantParser: (raw) => raw });
  try {
    const { rows } = await execute(conn, `SELECT o, a, v:name AS name, v:n AS n FROM ${TABLE} WHERE id = 1`);
    assert.equal(rows[0].O, '{\n  "a": 2,\n  "b": 1\n}');
    assert.equal(rows[0].A, '[\n  1,\n  "two"\n]');
    assert.equal(rows[0].NAME, '"ann"');
    assert.equal(rows[0].N, '12.345');
  } finally {
    snowflake.configure({ jsonColumnVariantParser: (raw) => JSON.parse(raw) });
  }
});

test('casts from VARIANT follow Snowflake rules', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await execute(conn, `SELECT v:name::string AS s, v:n::number(10,2) AS num, v:n::float AS f,
      v:d::date AS dt, v:ok::boolean AS ok, v:tags::array AS arr, v:name::varchar IS NULL AS null_name
      FROM ${TABLE} ORDER BY id`);
  assert.deepEqual(columnTypes(stmt),
    [['S', 'text'], ['NUM', 'fixed'], ['F', 'real'], ['DT', 'date'], ['OK', 'boolean'], ['ARR', 'array'], ['NULL_NAME', 'boolean']]);
  assert.equal(stmt.getColumns()[1].getScale(), 2);
  assert.equal(rows[0].S, 'ann'); // no JSON quotes
  assert.equal(rows[0].NUM, 12.35);
  assert.equal(rows[0].F, 12.345);
  assert.equal(rows[0].DT.toJSON().slice(0, 10), '2024-02-29');
  assert.equal(rows[0].OK, true);
  assert.deepEqual(rows[0].ARR, ['x', 'y']);
  assert.equal(rows[2].S, null); // a JSON null is SQL NULL once cast
  assert.deepEqual(rows.map((r) => r.NULL_NAME), [false, false, true]);
});

test('casting an OBJECT to a number fails with Snowflake wording', { timeout: 60_000 }, async () => {
  const err = await expectError(() => execute(conn, `SELECT v:items[0]::number FROM ${TABLE} WHERE id = 1`));
  assert.equal(err.code, '100071');
  assert.equal(err.sqlState, '22000');
  // Snowflake prints the object with sorted keys; Mockhaus keeps insertion order inside SQL (a known difference).
  assert.match(err.message, /^Failed to cast variant value \{("qty":2,"sku":"a"|"sku":"a","qty":2)\} to FIXED/);
});

test('LATERAL FLATTEN: columns, metadata and values', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await execute(conn,
    `SELECT t.id, f.* FROM ${TABLE} t, LATERAL FLATTEN(input => t.v, path => 'tags') f ORDER BY t.id, f.index`);
  assert.deepEqual(columnTypes(stmt), [['ID', 'fixed'], ['SEQ', 'fixed'], ['KEY', 'text'], ['PATH', 'text'],
    ['INDEX', 'fixed'], ['VALUE', 'variant'], ['THIS', 'variant']]);
  assert.deepEqual(rows.map((r) => [r.ID, r.KEY, r.PATH, r.INDEX, r.VALUE, r.THIS]), [
    [1, null, 'tags[0]', 0, 'x', ['x', 'y']],
    [1, null, 'tags[1]', 1, 'y', ['x', 'y']],
    [2, null, 'tags[0]', 0, 'x', ['x', 'y']],
    [2, null, 'tags[1]', 1, 'y', ['x', 'y']],
  ]);
  // One SEQ per input row, even for equal documents.
  assert.equal(rows[0].SEQ, rows[1].SEQ);
  assert.equal(rows[2].SEQ, rows[3].SEQ);
  assert.notEqual(rows[0].SEQ, rows[2].SEQ);
});

test('chained FLATTEN with path access and casts on its VALUE', { timeout: 60_000 }, async () => {
  const { rows } = await execute(conn, `SELECT t.id, f.value:sku::string AS sku, f.value:qty::int AS qty, f.index AS idx
      FROM ${TABLE} t, LATERAL FLATTEN(t.v:items) f ORDER BY 1, 4`);
  assert.deepEqual(rows, [{ ID: 1, SKU: 'a', QTY: 2, IDX: 0 }, { ID: 1, SKU: 'b', QTY: 3, IDX: 1 }]);
});

test('FLATTEN of an object, OUTER and TABLE(FLATTEN(...))', { timeout: 60_000 }, async () => {
  const objectRows = await execute(conn, `SELECT key, path, index, value FROM TABLE(FLATTEN(INPUT => PARSE_JSON('{"a": 1, "b": [77, 88]}')))`);
  assert.deepEqual(objectRows.rows, [
    { KEY: 'a', PATH: 'a', INDEX: null, VALUE: 1 },
    { KEY: 'b', PATH: 'b', INDEX: null, VALUE: [77, 88] },
  ]);
  const outer = await execute(conn, `SELECT t.id, f.value, f.this FROM ${TABLE} t,
      LATERAL FLATTEN(input => t.v:items, outer => true) f ORDER BY t.id, f.index`);
  assert.deepEqual(outer.rows.map((r) => [r.ID, r.VALUE, r.THIS]), [
    [1, { sku: 'a', qty: 2 }, [{ sku: 'a', qty: 2 }, { sku: 'b', qty: 3 }]],
    [1, { sku: 'b', qty: 3 }, [{ sku: 'a', qty: 2 }, { sku: 'b', qty: 3 }]],
    [2, null, []],
    [3, null, null],
  ]);
});

test('invalid FLATTEN arguments fail with a Snowflake error', { timeout: 60_000 }, async () => {
  const err = await expectError(() => execute(conn, "SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'), MODE => 'ROWS'))"));
  assert.equal(err.code, '001044');
});
