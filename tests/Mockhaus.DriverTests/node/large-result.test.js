'use strict';
// A >= 200,000-row result: the server must split it into chunks (§4.8 of the wire-protocol notes), which the
// driver downloads while streaming. Every row is counted and checked.
// GENERATOR / SEQ4: https://docs.snowflake.com/en/sql-reference/functions/generator
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, stream } = require('./lib/mockhaus');

const ROWS = 250_000;
const SQL = `SELECT SEQ4() AS N, 'row-' || SEQ4() AS S, SEQ4() * 2.5 AS D
             FROM TABLE(GENERATOR(ROWCOUNT => ${ROWS})) ORDER BY N`;

let conn;
before(async () => { conn = await connect(); });
after(async () => { await destroy(conn); });

test(`streamRows() over ${ROWS} rows`, { timeout: 240_000 }, async () => {
  let expected = 0;
  const { stmt, count } = await stream(conn, SQL, {
    onRow: (row) => {
      if (row.N !== expected || row.S !== `row-${expected}` || row.D !== expected * 2.5) {
        throw new Error(`row ${expected}: got ${JSON.stringify(row)}`);
      }
      expected++;
    },
  });
  assert.equal(count, ROWS);
  assert.equal(stmt.getNumRows(), ROWS);
  assert.deepEqual(stmt.getColumns().map((c) => c.getName()), ['N', 'S', 'D']);
});

test('streamRows({start, end}) returns exactly that range', { timeout: 240_000 }, async () => {
  const start = 123_456;
  const end = 199_999;
  let expected = start;
  const { count } = await stream(conn, SQL, {
    start,
    end,
    onRow: (row) => {
      if (row.N !== expected) throw new Error(`expected N=${expected}, got ${JSON.stringify(row)}`);
      expected++;
    },
  });
  assert.equal(count, end - start + 1);
});

test('a large table written with INSERT ... SELECT and read back without streaming', { timeout: 240_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TABLE T_LARGE (n NUMBER(38,0), s VARCHAR)');
  const inserted = await execute(conn,
    `INSERT INTO T_LARGE SELECT SEQ4(), 'v' || SEQ4() FROM TABLE(GENERATOR(ROWCOUNT => ${ROWS}))`);
  assert.equal(inserted.stmt.getNumUpdatedRows(), ROWS);
  const { rows } = await execute(conn, 'SELECT n, s FROM T_LARGE ORDER BY n');
  assert.equal(rows.length, ROWS);
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].N !== i || rows[i].S !== `v${i}`) assert.fail(`row ${i}: ${JSON.stringify(rows[i])}`);
  }
  const agg = (await execute(conn, 'SELECT COUNT(*) AS C, SUM(n) AS S FROM T_LARGE')).rows;
  assert.deepEqual(agg, [{ C: ROWS, S: (ROWS * (ROWS - 1)) / 2 }]);
  await execute(conn, 'DROP TABLE T_LARGE');
});

test('chunked result with non-ASCII text, quotes and backslashes', { timeout: 240_000 }, async () => {
  // In Snowflake single-quoted literals, backslash is an escape character: '\\' is one backslash.
  // https://docs.snowflake.com/en/sql-reference/data-types-text#escape-sequences-in-single-quoted-string-constants
  const rows = 100_000;
  const prefix = 'é"\\日本🎉-';
  let expected = 0;
  const { count } = await stream(conn,
    `SELECT SEQ4() AS N, 'é"\\\\日本🎉-' || SEQ4() AS S FROM TABLE(GENERATOR(ROWCOUNT => ${rows})) ORDER BY N`, {
      onRow: (row) => {
        if (row.N !== expected || row.S !== `${prefix}${expected}`) {
          throw new Error(`row ${expected}: got ${JSON.stringify(row)}`);
        }
        expected++;
      },
    });
  assert.equal(count, rows);
});
