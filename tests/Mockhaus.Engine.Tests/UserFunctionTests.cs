using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// SQL UDFs (https://docs.snowflake.com/en/sql-reference/sql/create-function, LANGUAGE SQL): scalar and tabular, with
/// argument and result conversion to the declared types, DEFAULT arguments, qualified calls and DROP FUNCTION.
/// </summary>
public class UserFunctionTests : EngineTestBase
{
    [Test]
    public void A_scalar_udf_converts_its_arguments_and_result()
    {
        Assert.That(Rows("CREATE OR REPLACE FUNCTION add1(x NUMBER) RETURNS NUMBER AS 'x + 1'").Single()[0],
            Is.EqualTo("Function ADD1 successfully created."));
        Assert.That(Rows("SELECT add1(41), add1('1'), add1(NULL), TESTDB.PUBLIC.add1(2.6)").Single(),
            Is.EqualTo(new object?[] { 42m, 2m, null, 4m }));
    }

    [Test]
    public void Defaults_and_a_dollar_quoted_body()
    {
        Rows("CREATE OR REPLACE FUNCTION area(r FLOAT, pi FLOAT DEFAULT 3.5) RETURNS FLOAT LANGUAGE SQL IMMUTABLE AS $$ pi * r * r $$");
        Assert.That(Rows("SELECT area(2), area(2, 3)").Single(), Is.EqualTo(new object?[] { 14.0, 12.0 }));
    }

    [Test]
    public void A_tabular_udf_returns_its_declared_columns()
    {
        Rows("CREATE OR REPLACE TABLE nums (n INT); INSERT INTO nums VALUES (1), (2), (3)");
        Rows("CREATE OR REPLACE FUNCTION bigger(m INT) RETURNS TABLE (n NUMBER, label VARCHAR) AS 'SELECT n, ''#'' || n FROM nums WHERE n > m'");
        Assert.That(ColumnNames("SELECT * FROM TABLE(bigger(1))"), Is.EqualTo(new[] { "N", "LABEL" }));
        Assert.That(Rows("SELECT label FROM TABLE(bigger(1)) ORDER BY n").Select(r => r[0]), Is.EqualTo(new object?[] { "#2", "#3" }));
    }

    [Test]
    public void A_script_may_create_a_function_and_call_it()
    {
        var rows = Rows("CREATE OR REPLACE FUNCTION twice(s VARCHAR) RETURNS VARCHAR AS 's || s'; SELECT twice('ab')");
        Assert.That(rows.Single()[0], Is.EqualTo("abab"));
    }

    [Test]
    public void A_dropped_or_unknown_function_is_unknown()
    {
        Rows("CREATE OR REPLACE FUNCTION gone(x INT) RETURNS INT AS 'x'");
        Assert.That(Rows("DROP FUNCTION gone(INT)").Single()[0], Is.EqualTo("GONE successfully dropped."));
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT gone(1)"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002140"));
        Assert.That(error.Message, Does.EndWith("Unknown function GONE"));
        Assert.That(Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT nosuch_function(1)"))!.ErrorCode, Is.EqualTo("002140"));
    }

    [Test]
    public void Other_languages_fail_by_name()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() =>
            Rows("CREATE FUNCTION js(x FLOAT) RETURNS FLOAT LANGUAGE JAVASCRIPT AS 'return X;'"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("000002"));
        Assert.That(error.Message, Does.Contain("LANGUAGE JAVASCRIPT"));
    }
}
