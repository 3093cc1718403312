// Connects the official Node driver to a local Mockhaus server and runs a query.
//   npm install snowflake-sdk && node connect.js
const snowflake = require('snowflake-sdk');

snowflake.configure({ logLevel: 'ERROR' });

const connection = snowflake.createConnection({
  account: 'test',            // required by the driver; any value
  username: 'user',
  password: 'password',       // any credentials are accepted
  database: 'DEMO_DB',        // created on login if missing
  schema: 'PUBLIC',
  accessUrl: process.env.MOCKHAUS_URL || 'http://127.0.0.1:8080',
});

connection.connect((err) => {
  if (err) throw err;
  connection.execute({
    sqlText: "SELECT CURRENT_DATABASE() AS db, IFF(1 < 2, 'yes', 'no') AS answer",
    complete: (error, statement, rows) => {
      if (error) throw error;
      console.log(rows);
      connection.destroy(() => {});
    },
  });
});
