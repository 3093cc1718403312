using Mockhaus.Engine.Sessions;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>Statements the engine carries out itself, through the real translator.</summary>
public class SessionCommandTests : EngineTestBase
{
    [Test]
    public void Context_functions_report_the_login_context()
    {
        var row = Rows("SELECT CURRENT_DATABASE(), CURRENT_SCHEMA(), CURRENT_ROLE(), CURRENT_USER()").Single();
        Assert.That(row, Is.EqualTo(new object?[] { "TESTDB", "PUBLIC", "SYSADMIN", "MOCKHAUS" }));
    }

    // docs.snowflake.com/en/sql-reference/sql/create-database: "creating a database automatically sets it as the
    // active/current database for the session" (and its PUBLIC schema).
    [Test]
    public void Create_database_makes_it_current_with_public_schema()
    {
        Assert.That(Scalar("CREATE DATABASE analytics"), Is.EqualTo("Database ANALYTICS successfully created."));
        Assert.That(Rows("SELECT CURRENT_DATABASE(), CURRENT_SCHEMA()").Single(), Is.EqualTo(new object?[] { "ANALYTICS", "PUBLIC" }));
        Assert.That(Scalar("CREATE DATABASE IF NOT EXISTS analytics"), Is.EqualTo("ANALYTICS already exists, statement succeeded."));
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("CREATE DATABASE analytics"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002002"));
    }

    [Test]
    public void Use_switches_database_and_schema_and_tables_resolve_there()
    {
        Rows("CREATE DATABASE other");
        Rows("CREATE SCHEMA other.staging");
        Rows("USE DATABASE testdb");
        Assert.That(Scalar("SELECT CURRENT_DATABASE()"), Is.EqualTo("TESTDB"));
        Rows("USE SCHEMA other.staging");
        Assert.That(Rows("SELECT CURRENT_DATABASE(), CURRENT_SCHEMA()").Single(), Is.EqualTo(new object?[] { "OTHER", "STAGING" }));
        Rows("CREATE TABLE t (a INT)");
        Rows("INSERT INTO t VALUES (7)");
        Rows("USE testdb.public");
        Assert.That(Scalar("SELECT a FROM other.staging.t"), Is.EqualTo(7m));
    }

    /// <summary>The .NET connector's ChangeDatabase sends "use database identifier(?)" with the name as a TEXT bind.</summary>
    [Test]
    public void Use_database_identifier_bind_switches_database()
    {
        Rows("CREATE DATABASE other");
        Rows("USE DATABASE testdb");
        using (var result = Session.Execute(Session.Translate("use database identifier(?)").Single(), ["other"]))
            Assert.That(ReadAll(result).Single()[0], Is.EqualTo("Statement executed successfully."));
        Assert.That(Scalar("SELECT CURRENT_DATABASE()"), Is.EqualTo("OTHER"));
    }

    [Test]
    public void Use_of_a_missing_database_fails_like_snowflake()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("USE DATABASE nope"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002043"));
        Assert.That(error.Message, Is.EqualTo("SQL compilation error:\nObject does not exist, or operation cannot be performed."));
        Assert.That(Scalar("SELECT CURRENT_DATABASE()"), Is.EqualTo("TESTDB"));
    }

    [Test]
    public void Create_schema_becomes_current_and_drop_database_clears_context()
    {
        Assert.That(Scalar("CREATE SCHEMA raw"), Is.EqualTo("Schema RAW successfully created."));
        Assert.That(Scalar("SELECT CURRENT_SCHEMA()"), Is.EqualTo("RAW"));
        Rows("CREATE DATABASE scratch");
        Assert.That(Scalar("DROP DATABASE scratch"), Is.EqualTo("SCRATCH successfully dropped."));
        Assert.That(Scalar("SELECT CURRENT_DATABASE()"), Is.Null);
        Assert.That(Scalar("DROP DATABASE IF EXISTS scratch"), Is.EqualTo("Drop statement executed successfully (SCRATCH already dropped)."));
    }

    [Test]
    public void Unqualified_create_without_a_current_database_fails_with_090105()
    {
        Rows("CREATE DATABASE scratch");
        Rows("DROP DATABASE scratch");
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("CREATE TABLE t (a INT)"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("090105"));
        Assert.That(error.SqlState, Is.EqualTo("22000"));
    }

    [Test]
    public void Alter_session_sets_known_parameters_and_rejects_unknown_ones()
    {
        Assert.That(Scalar("ALTER SESSION SET TIMEZONE = 'UTC', QUERY_TAG = 'etl'"), Is.EqualTo("Statement executed successfully."));
        Assert.That(Session.Parameters.Get("TIMEZONE"), Is.EqualTo("UTC"));
        Assert.That(Session.Parameters.Get("QUERY_TAG"), Is.EqualTo("etl"));
        Rows("ALTER SESSION UNSET QUERY_TAG");
        Assert.That(Session.Parameters.Get("QUERY_TAG"), Is.EqualTo(""));
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("ALTER SESSION SET NO_SUCH_PARAMETER = 1"))!;
        Assert.That(error.Message, Does.Contain("NO_SUCH_PARAMETER"));
    }

    // docs.snowflake.com/en/sql-reference/parameters#timezone: "Time zone names are case-sensitive and must be enclosed
    // in single quotes"; the values are IANA time zone names. An unknown name fails and leaves the session as it was.
    [Test]
    public void An_unknown_time_zone_is_refused_and_an_open_transaction_keeps_its_changes()
    {
        Rows("CREATE TABLE tz_t (a INT)");
        Rows("ALTER SESSION SET TIMEZONE = 'Asia/Tokyo'");
        Rows("BEGIN");
        Rows("INSERT INTO tz_t VALUES (1)");
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("ALTER SESSION SET TIMEZONE = 'Mars/Olympus'"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("001007"));
        Assert.That(error.Message, Does.Contain("invalid value [Mars/Olympus] for parameter 'TIMEZONE'"));
        Assert.That(Session.Parameters.Get("TIMEZONE"), Is.EqualTo("Asia/Tokyo"));
        Rows("INSERT INTO tz_t VALUES (2)");
        Rows("COMMIT");
        Assert.That(Scalar("SELECT COUNT(*) FROM tz_t"), Is.EqualTo(2L));
        Assert.That(Scalar("SELECT TO_CHAR('2024-01-01 00:00:00 +00:00'::TIMESTAMP_TZ::TIMESTAMP_LTZ, 'HH24')"),
            Is.EqualTo("09"), "the session still works in Tokyo time");
    }

    [Test]
    public void A_login_with_an_unknown_time_zone_fails_by_name()
    {
        var options = new SessionOptions { Database = "TESTDB", Parameters = new Dictionary<string, string> { ["TIMEZONE"] = "Nowhere/Else" } };
        var error = Assert.Throws<SnowflakeSqlException>(() => Engine.OpenSession(options).Dispose())!;
        Assert.That(error.Message, Does.Contain("invalid value [Nowhere/Else] for parameter 'TIMEZONE'"));
        using var lowerCase = Engine.OpenSession(new SessionOptions { Parameters = new Dictionary<string, string> { ["TIMEZONE"] = "europe/paris" } });
        Assert.That(lowerCase.Parameters.Get("TIMEZONE"), Is.EqualTo("europe/paris"));
    }

    [Test]
    public void Session_variables_are_set_read_and_unset()
    {
        Rows("SET threshold = 10");
        Rows("SET (a, b) = (1, 'two')");
        Assert.That(Rows("SELECT $threshold + 1, $a, $b").Single(), Is.EqualTo(new object?[] { 11m, 1m, "two" }));
        Rows("UNSET threshold");
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("UNSET threshold"))!;
        Assert.That(error.Message, Does.Contain("Session variable '$THRESHOLD' does not exist"));
    }

    [Test]
    public void Identifier_of_a_variable_names_a_table()
    {
        Rows("CREATE TABLE events (id INT)");
        Rows("INSERT INTO events VALUES (1), (2)");
        Rows("SET tbl = 'events'");
        Assert.That(Scalar("SELECT COUNT(*) FROM IDENTIFIER($tbl)"), Is.EqualTo(2L));
    }

    [Test]
    public void Rollback_discards_and_commit_keeps_changes()
    {
        Rows("CREATE TABLE t (a INT)");
        Rows("BEGIN");
        Rows("INSERT INTO t VALUES (1)");
        Assert.That(Scalar("SELECT CURRENT_TRANSACTION() IS NOT NULL"), Is.EqualTo(true));
        Rows("ROLLBACK");
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(0L));
        Rows("START TRANSACTION");
        Rows("INSERT INTO t VALUES (2)");
        Rows("COMMIT");
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(1L));
        Assert.That(Scalar("SELECT CURRENT_TRANSACTION()"), Is.Null);
    }

    // docs.snowflake.com/en/sql-reference/transactions: a DDL statement commits the active transaction.
    [Test]
    public void Ddl_commits_an_open_transaction()
    {
        Rows("CREATE TABLE t (a INT)");
        Rows("BEGIN");
        Rows("INSERT INTO t VALUES (1)");
        Rows("CREATE TABLE u (b INT)");
        Rows("ROLLBACK");
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(1L));
    }

    [Test]
    public void Autocommit_off_opens_a_transaction_implicitly()
    {
        Rows("CREATE TABLE t (a INT)");
        Rows("ALTER SESSION SET AUTOCOMMIT = FALSE");
        Rows("INSERT INTO t VALUES (1)");
        Rows("ROLLBACK");
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(0L));
    }

    [Test]
    public void Warehouses_and_roles_are_remembered_for_current_functions()
    {
        Assert.That(Scalar("CREATE WAREHOUSE IF NOT EXISTS etl_wh WITH WAREHOUSE_SIZE = 'XSMALL'"), Is.EqualTo("Warehouse ETL_WH successfully created."));
        Assert.That(Scalar("SELECT CURRENT_WAREHOUSE()"), Is.EqualTo("ETL_WH"));
        Rows("USE ROLE accountadmin");
        Rows("USE WAREHOUSE compute_wh");
        Assert.That(Rows("SELECT CURRENT_ROLE(), CURRENT_WAREHOUSE()").Single(), Is.EqualTo(new object?[] { "ACCOUNTADMIN", "COMPUTE_WH" }));
        Assert.That(Scalar("GRANT SELECT ON ALL TABLES IN SCHEMA public TO ROLE sysadmin"), Is.EqualTo("Statement executed successfully."));
    }

    [Test]
    public void Sequences_produce_values_with_start_and_increment()
    {
        Assert.That(Scalar("CREATE SEQUENCE seq1 START = 10 INCREMENT = 5"), Is.EqualTo("Sequence SEQ1 successfully created."));
        var values = Rows("SELECT seq1.NEXTVAL FROM TABLE(GENERATOR(ROWCOUNT => 3))").Select(r => Convert.ToInt64(r[0])).ToList();
        Assert.That(values, Is.EqualTo(new[] { 10L, 15L, 20L }));
    }

    [Test]
    public void Sequence_nextval_fills_a_column_default()
    {
        Rows("CREATE SEQUENCE ids");
        Rows("CREATE TABLE t (id INT DEFAULT ids.NEXTVAL, name VARCHAR)");
        Rows("INSERT INTO t (name) VALUES ('a'), ('b')");
        Assert.That(Rows("SELECT id FROM t ORDER BY id").Select(r => Convert.ToInt64(r[0])), Is.EqualTo(new[] { 1L, 2L }));
    }

    // docs.snowflake.com/en/sql-reference/sql/merge: the result has one column per action performed.
    [Test]
    public void Merge_reports_inserted_updated_and_deleted_rows()
    {
        Rows("CREATE TABLE target (id INT, v VARCHAR)");
        Rows("INSERT INTO target VALUES (1, 'old'), (2, 'old'), (3, 'gone')");
        Rows("CREATE TABLE source (id INT, v VARCHAR, drop_it BOOLEAN)");
        Rows("INSERT INTO source VALUES (1, 'new', FALSE), (3, NULL, TRUE), (4, 'added', FALSE), (5, 'added', FALSE)");
        var statement = Session.Translate("""
            MERGE INTO target t USING source s ON t.id = s.id
            WHEN MATCHED AND s.drop_it THEN DELETE
            WHEN MATCHED THEN UPDATE SET v = s.v
            WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)
            """).Single();
        using var result = Session.Execute(statement);
        Assert.That(result.Rows.Columns.Select(c => c.Name),
            Is.EqualTo(new[] { "number of rows inserted", "number of rows updated", "number of rows deleted" }));
        Assert.That(ReadAll(result).Single(), Is.EqualTo(new object?[] { 2L, 1L, 1L }));
    }

    // docs.snowflake.com/en/sql-reference/sql/alter-table: SWAP WITH swaps all content and metadata of two tables.
    [Test]
    public void Swap_with_exchanges_two_tables_and_their_declared_types()
    {
        Rows("CREATE TABLE live (v VARCHAR(10))");
        Rows("CREATE TABLE staging (v VARCHAR(20))");
        Rows("INSERT INTO live VALUES ('old')");
        Rows("INSERT INTO staging VALUES ('new')");
        Assert.That(Scalar("ALTER TABLE live SWAP WITH staging"), Is.EqualTo("Statement executed successfully."));
        Assert.That(Scalar("SELECT v FROM live"), Is.EqualTo("new"));
        Assert.That(Scalar("SELECT v FROM staging"), Is.EqualTo("old"));
        Assert.That(Rows("DESCRIBE TABLE live").Single()[1], Is.EqualTo("VARCHAR(20)"));
    }

    [Test]
    public void Last_query_id_returns_the_previous_statement_id()
    {
        var statements = Session.Translate("SELECT 1");
        string firstId;
        using (var first = Session.Execute(statements[0]))
            firstId = first.QueryId;
        Assert.That(Scalar("SELECT LAST_QUERY_ID()"), Is.EqualTo(firstId));
        Assert.That(Scalar("SELECT LAST_QUERY_ID(1)"), Is.EqualTo(firstId));
    }

    [Test]
    public void Failing_statement_leaves_the_session_usable()
    {
        Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT * FROM missing_table"));
        Assert.That(Scalar("SELECT 1 + 1"), Is.EqualTo(2m));
    }
}
