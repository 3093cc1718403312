'use strict';
// Promise helpers around the official snowflake-sdk driver, used exactly as an application would.
// The server address comes from MOCKHAUS_URL (set by the NUnit harness, or by hand:
//   MOCKHAUS_URL=http://127.0.0.1:8080 node --test).
const snowflake = require('snowflake-sdk');

snowflake.configure({ logLevel: 'ERROR' });

const MOCKHAUS_URL = process.env.MOCKHAUS_URL;
if (!MOCKHAUS_URL) {
  throw new Error('MOCKHAUS_URL is not set (e.g. MOCKHAUS_URL=http://127.0.0.1:8080)');
}

/** The connection options a user would pass, pointed at Mockhaus. */
function connectionOptions(extra = {}) {
  return {
    account: 'test',
    username: 'u',
    password: 'p',
    database: 'TESTDB',
    schema: 'PUBLIC',
    accessUrl: MOCKHAUS_URL,
    ...extra,
  };
}

/** createConnection + connect(callback), as a promise. */
function connect(extra = {}) {
  return new Promise((resolve, reject) => {
    const connection = snowflake.createConnection(connectionOptions(extra));
    connection.connect((err, conn) => (err ? reject(err) : resolve(conn)));
  });
}

/** destroy(callback), as a promise. */
function destroy(connection) {
  return new Promise((resolve, reject) => {
    if (!connection) return resolve();
    connection.destroy((err) => (err ? reject(err) : resolve()));
  });
}

/**
 * connection.execute({sqlText, binds, complete}) as a promise of {stmt, rows}.
 * `options` is merged into the execute options (e.g. fetchAsString, parameters).
 */
function execute(connection, sqlText, binds, options = {}) {
  return new Promise((resolve, reject) => {
    connection.execute({
      sqlText,
      ...(binds !== undefined ? { binds } : {}),
      ...options,
      complete: (err, stmt, rows) => (err ? reject(err) : resolve({ stmt, rows })),
    });
  });
}

/** Runs a statement and returns its rows only. */
async function query(connection, sqlText, binds, options) {
  return (await execute(connection, sqlText, binds, options)).rows;
}

/**
 * Executes with streamResult: true and streams the rows with stmt.streamRows({start, end}).
 * onRow(row, index) is called for every row; an exception in onRow rejects the promise.
 * Resolves {stmt, count}.
 */
function stream(connection, sqlText, { binds, start, end, onRow, ...options } = {}) {
  return new Promise((resolve, reject) => {
    connection.execute({
      sqlText,
      ...(binds !== undefined ? { binds } : {}),
      ...options,
      streamResult: true,
      complete: (err, stmt) => {
        if (err) return reject(err);
        let count = 0;
        let failed = false;
        const rowStream = stmt.streamRows({
          ...(start !== undefined ? { start } : {}),
          ...(end !== undefined ? { end } : {}),
        });
        rowStream
          .on('error', (e) => { failed = true; reject(e); })
          .on('data', (row) => {
            if (failed) return;
            try {
              if (onRow) onRow(row, count);
              count++;
            } catch (e) {
              failed = true;
              rowStream.destroy();
              reject(e);
            }
          })
          .on('end', () => { if (!failed) resolve({ stmt, count }); });
      },
    });
  });
}

/** Runs `fn` and returns the error it rejects with (fails if it resolves). */
async function expectError(fn) {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected the statement to fail, but it succeeded');
}

/** A name unique to this process, for tables that must not collide between test files. */
function uniqueName(prefix) {
  return `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e6)}`.toUpperCase();
}

/**
 * Tables private to one test file: `create` makes one with a unique name, `dropAll` drops them all at the end (a
 * failure to drop is left for the tests to report).
 */
function privateTables() {
  const names = [];
  return {
    async create(connection, prefix, columns) {
      const name = uniqueName(prefix);
      names.push(name);
      await execute(connection, `CREATE OR REPLACE TABLE ${name} (${columns})`);
      return name;
    },
    async dropAll(connection) {
      for (const name of names) {
        try { await execute(connection, `DROP TABLE IF EXISTS ${name}`); } catch { /* reported by the tests */ }
      }
    },
  };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

module.exports = {
  snowflake,
  MOCKHAUS_URL,
  connectionOptions,
  connect,
  destroy,
  execute,
  query,
  stream,
  expectError,
  uniqueName,
  privateTables,
  UUID_RE,
};
