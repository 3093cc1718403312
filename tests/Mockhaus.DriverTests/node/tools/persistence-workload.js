'use strict';
// Workload for the kill/restart persistence test (run by PersistenceTests.cs, not by `node --test`).
//   node persistence-workload.js write   -> creates table T_DURABLE, then inserts rows 1, 2, 3, ... one
//                                          statement each, printing "ACK <id>" after the server confirms each.
//   node persistence-workload.js count   -> prints "COUNT <n> MAX <id>" for T_DURABLE.
const { connect, query } = require('../lib/mockhaus.js');

async function write() {
  const connection = await connect();
  await query(connection, 'CREATE TABLE IF NOT EXISTS t_durable (id INT, payload VARCHAR)');
  for (let id = 1; ; id++) {
    await query(connection, 'INSERT INTO t_durable VALUES (?, ?)', [id, `row ${id}`]);
    process.stdout.write(`ACK ${id}\n`);
  }
}

async function count() {
  const connection = await connect();
  const rows = await query(connection, 'SELECT COUNT(*) AS n, MAX(id) AS max_id, COUNT(DISTINCT id) AS d FROM t_durable');
  process.stdout.write(`COUNT ${rows[0].N} MAX ${rows[0].MAX_ID} DISTINCT ${rows[0].D}\n`);
  process.exit(0);
}

(process.argv[2] === 'count' ? count() : write()).catch((err) => {
  process.stderr.write(`workload stopped: ${err.message}\n`);
  process.exit(3);
});
