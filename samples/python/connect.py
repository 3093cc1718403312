# Connects the Python connector to a local Mockhaus server.
#   pip install snowflake-connector-python
import snowflake.connector

conn = snowflake.connector.connect(
    account="test", user="user", password="password",
    host="127.0.0.1", port=8080, protocol="http",
    database="DEMO_DB", schema="PUBLIC",
)
print(conn.cursor().execute("SELECT CURRENT_DATABASE(), 40 + 2").fetchall())
