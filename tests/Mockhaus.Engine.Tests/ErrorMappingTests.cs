using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>DuckDB failures surface with Snowflake's codes and wording.</summary>
public class ErrorMappingTests : EngineTestBase
{
    private SnowflakeSqlException Fails(string sql) => Assert.Throws<SnowflakeSqlException>(() => Rows(sql))!;

    [Test]
    public void Unknown_column_is_an_invalid_identifier_located_in_the_source()
    {
        Rows("CREATE TABLE t (a INT)");
        var error = Fails("SELECT a,\n  no_such_column FROM t");
        Assert.That(error.ErrorCode, Is.EqualTo("000904"));
        Assert.That(error.SqlState, Is.EqualTo("42000"));
        Assert.That(error.Message, Is.EqualTo("SQL compilation error: error line 2 at position 2\ninvalid identifier 'NO_SUCH_COLUMN'"));
    }

    [TestCase("SELECT 'abc'::INT", "100038", "22018", "Numeric value 'abc' is not recognized")]
    [TestCase("SELECT 'abc'::NUMBER(10,2)", "100038", "22018", "Numeric value 'abc' is not recognized")]
    [TestCase("SELECT 'abc'::DATE", "100040", "22007", "Date 'abc' is not recognized")]
    [TestCase("SELECT 1/0", "100051", "22012", "Division by zero")]
    // A VARIANT that does not convert (docs: data-type-conversion); Snowflake names NUMBER targets FIXED.
    [TestCase("SELECT PARSE_JSON('{\"a\": [1]}'):a::INT", "100071", "22000", "Failed to cast variant value [1] to FIXED")]
    [TestCase("SELECT PARSE_JSON('{x')", "100069", "22P02", "Error parsing JSON: {x")]
    [TestCase("SELECT PARSE_JSON('\"abc\"')::FLOAT", "100071", "22000", "Failed to cast variant value \"abc\" to REAL")]
    public void Failed_conversions_use_snowflake_codes(string sql, string code, string sqlState, string message)
    {
        var error = Fails(sql);
        Assert.That((error.ErrorCode, error.SqlState, error.Message), Is.EqualTo((code, sqlState, message)));
    }

    [Test]
    public void Missing_table_is_002003()
    {
        var error = Fails("SELECT * FROM no_such_table");
        Assert.That((error.ErrorCode, error.SqlState), Is.EqualTo(("002003", "42S02")));
        Assert.That(error.Message, Does.Contain("'NO_SUCH_TABLE' does not exist or not authorized."));
    }

    // docs.snowflake.com/en/sql-reference/sql/create-table: IF NOT EXISTS on an existing table is not an error.
    [TestCase("CREATE TABLE IF NOT EXISTS t (a INT)", "T already exists, statement succeeded.")]
    [TestCase("CREATE VIEW IF NOT EXISTS t AS SELECT 1 AS x", "T already exists, statement succeeded.")]
    public void Create_if_not_exists_of_an_existing_object_reports_it_was_kept(string sql, string status)
    {
        Rows("CREATE TABLE t (a INT)");
        Assert.That(Scalar(sql), Is.EqualTo(status));
    }

    [Test]
    public void Create_schema_if_not_exists_of_an_existing_schema_reports_it_was_kept()
    {
        Assert.That(Scalar("CREATE SCHEMA IF NOT EXISTS public"), Is.EqualTo("PUBLIC already exists, statement succeeded."));
    }

    // Wording and codes as Snowflake reports them; 000979's code is assumed (not in the docs).
    [TestCase("SELECT id, COUNT(*) FROM people", "000979", "42601", "SQL compilation error: error line 1 at position 7\n'ID' is not a valid group by expression")]
    [TestCase("SELECT p.id FROM people p JOIN people q ON p.id = q.id WHERE id = 1", "002028", "42601",
        "SQL compilation error: error line 1 at position 61\nambiguous column name 'ID'")]
    [TestCase("INSERT INTO people (nosuch) VALUES (1)", "000904", "42000", "SQL compilation error: error line 1 at position 20\ninvalid identifier 'NOSUCH'")]
    [TestCase("INSERT INTO people (id, name) VALUES (1)", "002020", "21S01",
        "SQL compilation error:\nInsert value list does not match column list expecting 2 but got 1")]
    [TestCase("INSERT INTO people VALUES (1, 'a', 3)", "002020", "21S01",
        "SQL compilation error:\nInsert value list does not match column list expecting 2 but got 3")]
    public void Binder_errors_use_snowflake_codes(string sql, string code, string sqlState, string message)
    {
        Rows("CREATE OR REPLACE TABLE people (id INT, name VARCHAR)");
        var error = Fails(sql);
        Assert.That((error.ErrorCode, error.SqlState, error.Message), Is.EqualTo((code, sqlState, message)));
    }
}
