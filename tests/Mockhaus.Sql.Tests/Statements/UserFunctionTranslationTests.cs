using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>
/// CREATE FUNCTION ... LANGUAGE SQL becomes a DuckDB macro (https://docs.snowflake.com/en/sql-reference/sql/create-function);
/// calls resolve through the catalog in the engine (Mockhaus.Engine.Tests UserFunctionTests run them).
/// </summary>
public class UserFunctionTranslationTests : TranslatorTestBase
{
    [Test]
    public void A_scalar_function_is_a_macro_converting_arguments_and_result() =>
        Assert.That(DuckDb("CREATE OR REPLACE FUNCTION s.f(x INT, y FLOAT DEFAULT 1.5) RETURNS NUMBER(10,2) AS 'x * y'"),
            Is.EqualTo("CREATE OR REPLACE MACRO \"S\".\"mh_udf_F\"(\"X\", \"Y\" := 1.5) AS " +
                       "CAST(((CAST(\"X\" AS HUGEINT) * CAST(\"Y\" AS DOUBLE))) AS DECIMAL(10, 2))"));

    [Test]
    public void A_tabular_function_is_a_table_macro_with_the_declared_columns() =>
        Assert.That(DuckDb("CREATE FUNCTION t(n INT) RETURNS TABLE (a INT, b VARCHAR) AS $$ SELECT n, 'x' $$"),
            Does.StartWith("CREATE MACRO \"mh_udf_T\"(\"N\") AS TABLE SELECT CAST(\"A\" AS HUGEINT) AS \"A\", CAST(\"B\" AS VARCHAR) AS \"B\" FROM ("));

    [Test]
    public void The_macro_runs_on_duckdb()
    {
        Setup("CREATE FUNCTION half(x NUMBER(10,2)) RETURNS NUMBER(10,2) AS 'x / 2'");
        Assert.That(Db.Query("SELECT \"mh_udf_HALF\"(5)").Scalar!.ToString(), Is.EqualTo("2.50"));
    }

    [Test]
    public void Without_the_catalog_an_unknown_name_is_an_unknown_function() =>
        Assert.That(TranslationFails("SELECT half(5)").ErrorCode, Is.EqualTo("002140"));

    [Test]
    public void Drop_function_drops_the_macro() =>
        Assert.That(DuckDb("DROP FUNCTION IF EXISTS half(NUMBER)"), Is.EqualTo("DROP MACRO IF EXISTS \"mh_udf_HALF\""));
}
