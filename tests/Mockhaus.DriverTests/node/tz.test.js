'use strict';
// TIMESTAMP_TZ values keep the offset they were written with, through the official driver.
// https://docs.snowflake.com/en/sql-reference/data-types-datetime#timestamp-ltz-timestamp-ntz-timestamp-tz
// Default output format 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM':
// https://docs.snowflake.com/en/sql-reference/parameters#timestamp-tz-output-format
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, query } = require('./lib/mockhaus');

let conn;
before(async () => {
  conn = await connect();
  await execute(conn, "ALTER SESSION SET TIMEZONE = 'America/Los_Angeles'");
  await execute(conn, 'CREATE OR REPLACE TABLE T_TZ (k INT, ts TIMESTAMP_TZ)');
  await execute(conn, `INSERT INTO T_TZ VALUES (1, '2024-01-01 10:00:00 +05:30'), (2, '2024-01-01 10:00:00.250 -08:00'),
      (3, '2024-01-01T04:30:00Z'), (4, NULL), (5, '2024-07-01 09:00:00')`);
  // Binds: text with an offset keeps it; a JavaScript Date arrives as ISO text in UTC ('...Z').
  await execute(conn, 'INSERT INTO T_TZ VALUES (?, ?), (?, ?)',
    [6, '2024-03-03 03:03:03 -02:00', 7, new Date(Date.UTC(2024, 1, 2, 3, 4, 5))]);
});
after(async () => { await destroy(conn); });

test('each value comes back with its own offset', { timeout: 60_000 }, async () => {
  const { stmt, rows } = await execute(conn, 'SELECT k, ts FROM T_TZ ORDER BY k');
  const column = stmt.getColumns()[1];
  assert.equal(column.getType(), 'timestamp_tz');
  assert.ok(column.isTimestampTz());
  const decoded = rows.map((r) => (r.TS === null ? null : [r.TS.getTime(), r.TS.getTimezone(), r.TS.toJSON()]));
  assert.deepEqual(decoded, [
    [Date.UTC(2024, 0, 1, 4, 30), 330, '2024-01-01 10:00:00.000 +0530'],
    [Date.UTC(2024, 0, 1, 18, 0, 0, 250), -480, '2024-01-01 10:00:00.250 -0800'],
    [Date.UTC(2024, 0, 1, 4, 30), 0, '2024-01-01 04:30:00.000 +0000'],
    null,
    // Text without an offset takes the session zone's offset at that instant (PDT).
    [Date.UTC(2024, 6, 1, 16, 0), -420, '2024-07-01 09:00:00.000 -0700'],
    [Date.UTC(2024, 2, 3, 5, 3, 3), -120, '2024-03-03 03:03:03.000 -0200'],
    [Date.UTC(2024, 1, 2, 3, 4, 5), 0, '2024-02-02 03:04:05.000 +0000'],
  ]);
});

test('text conversion and fetchAsString show the offset', { timeout: 60_000 }, async () => {
  const rows = await query(conn, 'SELECT ts::VARCHAR AS t, ts FROM T_TZ WHERE k = 1', undefined, { fetchAsString: ['Date'] });
  assert.deepEqual(rows, [{ T: '2024-01-01 10:00:00.000 +0530', TS: '2024-01-01 10:00:00.000 +0530' }]);
});

test('values compare by instant, whatever their offsets', { timeout: 60_000 }, async () => {
  const same = await query(conn, "SELECT k FROM T_TZ WHERE ts = '2024-01-01 05:30:00 +01:00'::TIMESTAMP_TZ ORDER BY k");
  assert.deepEqual(same.map((r) => r.K), [1, 3]);
  const bound = await query(conn, 'SELECT k FROM T_TZ WHERE ts > ? ORDER BY k', ['2024-01-01 17:00:00 +00:00']);
  assert.deepEqual(bound.map((r) => r.K), [2, 5, 6, 7]);
  const [max] = await query(conn, 'SELECT MAX(ts) AS m FROM T_TZ');
  assert.equal(max.M.getTimezone(), -420);
});

test('CONVERT_TIMEZONE gives the target zone\'s offset', { timeout: 60_000 }, async () => {
  const [row] = await query(conn, "SELECT CONVERT_TIMEZONE('Asia/Tokyo', ts) AS c FROM T_TZ WHERE k = 1");
  assert.equal(row.C.getTimezone(), 540);
  assert.equal(row.C.toJSON(), '2024-01-01 13:30:00.000 +0900');
});
