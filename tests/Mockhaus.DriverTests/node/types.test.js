'use strict';
// Every Snowflake type read back through the driver, with its column metadata, and NULL of each.
// Type mapping: https://docs.snowflake.com/en/sql-reference/intro-summary-data-types
// Node conversions: https://docs.snowflake.com/en/developer-guide/node-js/nodejs-driver-consume
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute } = require('./lib/mockhaus');

const BIG = '12345678901234567890123456789012345678'; // 38 digits
const NEG_BIG = '-99999999999999999999999999999999999999';
const TEXT = 'héllo wörld — 日本語 🎉 "quoted" \\ back\nslash';

let conn;
before(async () => { conn = await connect(); });

// Tables are created lazily by the tests that need them, so a failure in one type family does not hide the others.
let typesTable;
function ensureTypesTable() {
  typesTable ??= (async () => {
    await execute(conn, `CREATE OR REPLACE TABLE T_TYPES (
        k INT, n NUMBER(10,2), big NUMBER(38,0), f FLOAT, s VARCHAR, b BOOLEAN, d DATE, t TIME,
        ntz TIMESTAMP_NTZ, bin BINARY)`);
    await execute(conn, `INSERT INTO T_TYPES
        SELECT 1, 12345.67, ${BIG}, 3.14159, ?, TRUE, '2024-01-02'::DATE, '13:14:15.123'::TIME,
               '2024-01-02 03:04:05.123456'::TIMESTAMP_NTZ, TO_BINARY('DEADBEEF', 'HEX')`,
    [TEXT]);
    await execute(conn, `INSERT INTO T_TYPES
        SELECT 2, -0.05, ${NEG_BIG}, -2.5e-10, '', FALSE, '1969-12-31'::DATE, '00:00:00'::TIME,
               '1970-01-01 00:00:00'::TIMESTAMP_NTZ, TO_BINARY('', 'HEX')`);
    await execute(conn, 'INSERT INTO T_TYPES (k) VALUES (3)');
  })();
  return typesTable;
}

after(async () => {
  if (conn) {
    for (const t of ['T_TYPES', 'T_SEMI', 'T_TSTZ']) {
      try { await execute(conn, `DROP TABLE IF EXISTS ${t}`); } catch { /* ignore */ }
    }
  }
  await destroy(conn);
});

async function selectAll(options) {
  await ensureTypesTable();
  return execute(conn, 'SELECT * FROM T_TYPES ORDER BY k', undefined, options);
}

/** VARIANT / OBJECT / ARRAY in their own table, so scalar types are checked even if these are missing. */
async function selectSemi() {
  await execute(conn, 'CREATE OR REPLACE TABLE T_SEMI (k INT, v VARIANT, o OBJECT, a ARRAY)');
  // PARSE_JSON/OBJECT_CONSTRUCT/ARRAY_CONSTRUCT are not allowed in a VALUES clause: INSERT ... SELECT.
  // https://docs.snowflake.com/en/sql-reference/data-types-semistructured#examples
  await execute(conn, `INSERT INTO T_SEMI SELECT 1, PARSE_JSON('{"a": 1, "b": [true, null, "x"]}'),
      OBJECT_CONSTRUCT('k', 'v', 'n', 2), ARRAY_CONSTRUCT(1, 'two', 3.5)`);
  await execute(conn, `INSERT INTO T_SEMI SELECT 2, PARSE_JSON('"just a string"'), OBJECT_CONSTRUCT(), ARRAY_CONSTRUCT()`);
  await execute(conn, 'INSERT INTO T_SEMI (k) VALUES (3)');
  return execute(conn, 'SELECT * FROM T_SEMI ORDER BY k');
}

test('column metadata from stmt.getColumns()', { timeout: 60_000 }, async () => {
  const { stmt } = await selectAll();
  const meta = stmt.getColumns().map((c) => ({
    name: c.getName(), type: c.getType(), precision: c.getPrecision(), scale: c.getScale(), nullable: c.isNullable(),
  }));
  const byName = Object.fromEntries(meta.map((m) => [m.name, m]));
  assert.deepEqual(meta.map((m) => m.name),
    ['K', 'N', 'BIG', 'F', 'S', 'B', 'D', 'T', 'NTZ', 'BIN']);
  // INT is NUMBER(38,0).
  assert.equal(byName.K.type, 'fixed'); assert.equal(byName.K.precision, 38); assert.equal(byName.K.scale, 0);
  assert.equal(byName.N.type, 'fixed'); assert.equal(byName.N.precision, 10); assert.equal(byName.N.scale, 2);
  assert.equal(byName.BIG.type, 'fixed'); assert.equal(byName.BIG.precision, 38); assert.equal(byName.BIG.scale, 0);
  assert.equal(byName.F.type, 'real');
  assert.equal(byName.S.type, 'text');
  assert.equal(byName.B.type, 'boolean');
  assert.equal(byName.D.type, 'date');
  assert.equal(byName.T.type, 'time'); assert.equal(byName.T.scale, 9);
  assert.equal(byName.NTZ.type, 'timestamp_ntz'); assert.equal(byName.NTZ.scale, 9);
  assert.equal(byName.BIN.type, 'binary');
  for (const m of meta) assert.equal(m.nullable, true, `${m.name} is nullable`);
  // The typed helpers agree.
  const cols = Object.fromEntries(stmt.getColumns().map((c) => [c.getName(), c]));
  assert.ok(cols.N.isNumber() && cols.F.isNumber() && cols.S.isString() && cols.B.isBoolean());
  assert.ok(cols.D.isDate() && cols.T.isTime() && cols.NTZ.isTimestampNtz() && cols.BIN.isBinary());
});

test('values of the first row', { timeout: 60_000 }, async () => {
  const { rows } = await selectAll();
  assert.equal(rows.length, 3);
  const r = rows[0];
  assert.equal(r.K, 1);
  assert.equal(r.N, 12345.67);
  assert.equal(r.BIG, Number(BIG)); // as a JS number (lossy); exact value below with fetchAsString
  assert.equal(r.F, 3.14159);
  assert.equal(r.S, TEXT);
  assert.equal(r.B, true);
  // DATE: a Date at UTC midnight.
  assert.equal(r.D.getTime(), Date.UTC(2024, 0, 2));
  // TIME: rendered with TIME_OUTPUT_FORMAT (default HH24:MI:SS).
  assert.equal(r.T, '13:14:15');
  // TIMESTAMP_NTZ: wall clock read as UTC; nanoseconds kept.
  assert.equal(r.NTZ.getTime(), Date.UTC(2024, 0, 2, 3, 4, 5, 123));
  assert.equal(r.NTZ.getNanoSeconds(), 123456000);
  assert.ok(Buffer.isBuffer(r.BIN));
  assert.equal(r.BIN.toString('hex'), 'deadbeef');
});

test('values of the second row (negative, empty, pre-epoch)', { timeout: 60_000 }, async () => {
  const { rows } = await selectAll();
  const r = rows[1];
  assert.equal(r.N, -0.05);
  assert.equal(r.F, -2.5e-10);
  assert.equal(r.S, '');
  assert.equal(r.B, false);
  assert.equal(r.D.getTime(), Date.UTC(1969, 11, 31));
  assert.equal(r.T, '00:00:00');
  assert.equal(r.NTZ.getTime(), 0);
  assert.equal(r.BIN.length, 0);
});

test('NULL of every type', { timeout: 60_000 }, async () => {
  const { rows } = await selectAll();
  const r = rows[2];
  assert.equal(r.K, 3);
  for (const name of ['N', 'BIG', 'F', 'S', 'B', 'D', 'NTZ', 'BIN']) {
    assert.equal(r[name], null, `${name} is NULL`);
  }
  // TIME values are returned as strings, and snowflake-sdk renders a NULL string value as 'NULL' unless the
  // connection sets representNullAsStringNull: false (driver default true, whatever the server).
  assert.equal(r.T, 'NULL');
});

test('TIMESTAMP_LTZ and TIMESTAMP_TZ: metadata, instants and NULLs', { timeout: 60_000 }, async () => {
  await execute(conn, 'CREATE OR REPLACE TABLE T_TSTZ (k INT, ltz TIMESTAMP_LTZ, tz TIMESTAMP_TZ)');
  // Input with an explicit offset: https://docs.snowflake.com/en/sql-reference/data-types-datetime#timestamp-ltz-timestamp-ntz-timestamp-tz
  await execute(conn, `INSERT INTO T_TSTZ SELECT 1, '2024-01-02 03:04:05.123 +00:00'::TIMESTAMP_LTZ,
      '2024-01-02 03:04:05.5 +02:00'::TIMESTAMP_TZ`);
  await execute(conn, `INSERT INTO T_TSTZ SELECT 2, '1999-12-31 23:59:59 +00:00'::TIMESTAMP_LTZ,
      '2024-06-30 12:00:00 -05:30'::TIMESTAMP_TZ`);
  await execute(conn, 'INSERT INTO T_TSTZ (k) VALUES (3)');
  const { stmt, rows } = await execute(conn, 'SELECT * FROM T_TSTZ ORDER BY k');
  const cols = stmt.getColumns();
  assert.deepEqual(cols.map((c) => [c.getName(), c.getType(), c.getScale()]),
    [['K', 'fixed', 0], ['LTZ', 'timestamp_ltz', 9], ['TZ', 'timestamp_tz', 9]]);
  assert.ok(cols[1].isTimestampLtz() && cols[2].isTimestampTz());
  // TIMESTAMP_LTZ: the instant.
  assert.equal(rows[0].LTZ.getTime(), Date.UTC(2024, 0, 2, 3, 4, 5, 123));
  assert.equal(rows[1].LTZ.getTime(), Date.UTC(1999, 11, 31, 23, 59, 59));
  // TIMESTAMP_TZ: the instant and each value's own offset in minutes.
  assert.equal(rows[0].TZ.getTime(), Date.UTC(2024, 0, 2, 1, 4, 5, 500));
  assert.equal(rows[1].TZ.getTime(), Date.UTC(2024, 5, 30, 17, 30, 0));
  assert.deepEqual([rows[0].TZ.getTimezone(), rows[1].TZ.getTimezone()], [120, -330]);
  assert.equal(rows[2].LTZ, null);
  assert.equal(rows[2].TZ, null);
});

test('VARIANT, OBJECT and ARRAY: metadata, values and NULLs', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await selectSemi();
  const cols = stmt.getColumns();
  assert.deepEqual(cols.map((c) => [c.getName(), c.getType()]),
    [['K', 'fixed'], ['V', 'variant'], ['O', 'object'], ['A', 'array']]);
  // In snowflake-sdk, isObject()/isArray() mean *structured* types (rowtype with fields); semi-structured
  // OBJECT and ARRAY columns answer isVariant() (lib/connection/result/data_types.js).
  assert.ok(cols[1].isVariant() && cols[2].isVariant() && cols[3].isVariant());
  assert.ok(!cols[2].isObject() && !cols[3].isArray());
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0].V, { a: 1, b: [true, null, 'x'] });
  assert.deepEqual(rows[0].O, { k: 'v', n: 2 });
  assert.deepEqual(rows[0].A, [1, 'two', 3.5]);
  assert.equal(rows[1].V, 'just a string');
  assert.deepEqual(rows[1].O, {});
  assert.deepEqual(rows[1].A, []);
  assert.deepEqual(rows[2], { K: 3, V: null, O: null, A: null });
  const lit = await execute(conn, 'SELECT TO_VARIANT(5) AS VR');
  assert.equal(lit.stmt.getColumns()[0].getType(), 'variant');
  assert.deepEqual(lit.rows, [{ VR: 5 }]);
});

test('exact values with fetchAsString (38-digit NUMBER, scale, binary hex)', { timeout: 60_000 }, async () => {
  const { rows } = await selectAll({ fetchAsString: ['Number', 'Buffer', 'Boolean'] });
  assert.equal(rows[0].BIG, BIG);
  assert.equal(rows[1].BIG, NEG_BIG);
  // NUMBER(10,2) keeps exactly two fraction digits on the wire.
  assert.equal(rows[0].N, '12345.67');
  assert.equal(rows[1].N, '-0.05');
  assert.equal(rows[0].K, '1');
  assert.equal(rows[0].BIN, 'DEADBEEF');
  assert.equal(rows[0].B, 'TRUE');
  // fetchAsString + snowflake-sdk's default representNullAsStringNull: true => the string 'NULL'.
  assert.equal(rows[2].BIG, 'NULL');
});

test('literal casts without a table', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await execute(conn, `SELECT
      CAST(1.5 AS NUMBER(5,1)) AS num, 10 / 4 AS quotient, 7::FLOAT AS flt, 'x'::VARCHAR(3) AS vc,
      NULL::VARCHAR AS nul, TRUE AS bool, TO_DATE('2000-02-29') AS dt, TO_TIME('23:59:59') AS tm,
      TO_TIMESTAMP_NTZ('2000-02-29 12:00:00') AS ts`);
  const types = Object.fromEntries(stmt.getColumns().map((c) => [c.getName(), [c.getType(), c.getScale()]]));
  assert.deepEqual(types.NUM, ['fixed', 1]);
  // https://docs.snowflake.com/en/sql-reference/operators-arithmetic : division scale = max(s1, min(s1+6, 12)) = 6
  assert.deepEqual(types.QUOTIENT, ['fixed', 6]);
  assert.equal(types.FLT[0], 'real');
  assert.equal(types.VC[0], 'text');
  assert.equal(types.NUL[0], 'text');
  assert.equal(types.BOOL[0], 'boolean');
  assert.equal(types.DT[0], 'date');
  assert.equal(types.TM[0], 'time');
  assert.equal(types.TS[0], 'timestamp_ntz');
  const r = rows[0];
  assert.equal(r.NUM, 1.5);
  assert.equal(r.QUOTIENT, 2.5);
  assert.equal(r.FLT, 7);
  assert.equal(r.VC, 'x');
  assert.equal(r.NUL, null);
  assert.equal(r.BOOL, true);
  assert.equal(r.DT.getTime(), Date.UTC(2000, 1, 29));
  assert.equal(r.TM, '23:59:59');
  assert.equal(r.TS.getTime(), Date.UTC(2000, 1, 29, 12));
});

test('binds of every JS type round-trip', { timeout: 60_000 }, async () => {
  const rows = (await execute(conn,
    'SELECT ?::NUMBER(10,0) AS i, ?::FLOAT AS f, ?::VARCHAR AS s, ?::BOOLEAN AS b, ?::VARCHAR AS n',
    [42, 1.25, TEXT, true, null])).rows;
  assert.deepEqual(rows, [{ I: 42, F: 1.25, S: TEXT, B: true, N: null }]);
});
