'use strict';
// Several connections at once, and concurrent statements on one connection.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { connect, destroy, execute, query } = require('./lib/mockhaus');

test('8 connections working in parallel on their own tables', { timeout: 120_000 }, async () => {
  const N = 8;
  const conns = await Promise.all(Array.from({ length: N }, () => connect()));
  try {
    await Promise.all(conns.map(async (c, i) => {
      const t = `T_CONC_${i}`;
      await execute(c, `CREATE OR REPLACE TABLE ${t} (id INT, who INT)`);
      for (let k = 0; k < 5; k++) {
        const { stmt } = await execute(c, `INSERT INTO ${t} VALUES (?, ?)`, [k, i]);
        assert.equal(stmt.getNumUpdatedRows(), 1);
      }
      const rows = await query(c, `SELECT COUNT(*) AS N, MIN(who) AS LO, MAX(who) AS HI FROM ${t}`);
      assert.deepEqual(rows, [{ N: 5, LO: i, HI: i }]);
    }));
    // Tables created by one session are visible to the others (same database).
    const seen = await query(conns[0], `SELECT COUNT(*) AS N FROM T_CONC_${N - 1}`);
    assert.deepEqual(seen, [{ N: 5 }]);
  } finally {
    await Promise.all(conns.map(async (c, i) => {
      try { await execute(c, `DROP TABLE IF EXISTS T_CONC_${i}`); } catch { /* ignore */ }
      await destroy(c);
    }));
  }
});

test('20 concurrent statements on one connection', { timeout: 120_000 }, async () => {
  const c = await connect();
  try {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      query(c, 'SELECT ? AS I, ? * ? AS SQ', [i, i, i])));
    results.forEach((rows, i) => assert.deepEqual(rows, [{ I: i, SQ: i * i }]));
  } finally {
    await destroy(c);
  }
});

test('sessions are independent: USE SCHEMA in one does not affect another', { timeout: 120_000 }, async () => {
  const [a, b] = await Promise.all([connect(), connect()]);
  try {
    await execute(a, 'CREATE SCHEMA IF NOT EXISTS CONC_OTHER');
    await execute(a, 'USE SCHEMA CONC_OTHER');
    assert.deepEqual(await query(a, 'SELECT CURRENT_SCHEMA() AS S'), [{ S: 'CONC_OTHER' }]);
    assert.deepEqual(await query(b, 'SELECT CURRENT_SCHEMA() AS S'), [{ S: 'PUBLIC' }]);
  } finally {
    await Promise.all([destroy(a), destroy(b)]);
  }
});

test('connect and destroy 20 times in a row', { timeout: 120_000 }, async () => {
  for (let i = 0; i < 20; i++) {
    const c = await connect();
    assert.deepEqual(await query(c, 'SELECT 1 AS ONE'), [{ ONE: 1 }]);
    await destroy(c);
  }
});
