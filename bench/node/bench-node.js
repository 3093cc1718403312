'use strict';
// Streams a large result through snowflake-sdk (JSON chunks) and prints {"rows":N,"seconds":S}.
// env: MOCKHAUS_URL, BENCH_SQL, BENCH_ROWS
const snowflake = require('snowflake-sdk');

snowflake.configure({ logLevel: 'ERROR' });

const url = process.env.MOCKHAUS_URL;
const rows = Number(process.env.BENCH_ROWS || 5000000);
const sql = process.env.BENCH_SQL ||
  `SELECT SEQ8() AS SEQ, SEQ8() * 2 AS SEQ2, 'row' || SEQ8() AS LABEL, SEQ8() / 3.0 AS THIRD FROM TABLE(GENERATOR(ROWCOUNT => ${rows}))`;

function main() {
  const conn = snowflake.createConnection({
    account: 'test', username: 'u', password: 'p', database: 'BENCHDB', schema: 'PUBLIC', accessUrl: url,
  });
  conn.connect((err) => {
    if (err) { console.error(err); process.exit(1); }
    const start = process.hrtime.bigint();
    conn.execute({
      sqlText: sql,
      streamResult: true,
      complete: (e, stmt) => {
        if (e) { console.error(e); process.exit(1); }
        let n = 0;
        let check = 0;
        stmt.streamRows()
          .on('error', (se) => { console.error(se); process.exit(1); })
          .on('data', (row) => { n++; check += row.SEQ2 - 2 * row.SEQ; })
          .on('end', () => {
            const seconds = Number(process.hrtime.bigint() - start) / 1e9;
            if (n !== rows || check !== 0) {
              console.error(`expected ${rows} rows, got ${n} (check ${check})`);
              process.exit(1);
            }
            console.log(JSON.stringify({ rows: n, seconds }));
            conn.destroy(() => process.exit(0));
          });
      },
    });
  });
}

main();
