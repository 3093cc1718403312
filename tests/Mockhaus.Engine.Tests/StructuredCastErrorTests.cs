using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

// Casts to structured types that do not convert fail with Snowflake's VARIANT cast error (100071), not DuckDB's text:
// https://docs.snowflake.com/en/sql-reference/data-types-structured
public class StructuredCastErrorTests : EngineTestBase
{
    [TestCase("SELECT {'a': 1, 'c': 2}::OBJECT(a INT)", "Failed to cast variant value {\"a\":1,\"c\":2} to OBJECT")]
    [TestCase("SELECT {'a': 1}::OBJECT(a INT, b INT)", "Failed to cast variant value {\"a\":1} to OBJECT")]
    [TestCase("SELECT {'a': 1}::ARRAY(INT)", "Failed to cast variant value {\"a\":1} to ARRAY")]
    public void CastErrorsAreSnowflakeErrors(string sql, string message)
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows(sql))!;
        Assert.That((error.ErrorCode, error.SqlState, error.Message), Is.EqualTo(("100071", "22000", message)));
    }

    [Test]
    public void ElementThatDoesNotConvertIsANumericValueError()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT ['abc']::ARRAY(INT)"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("100038"));
    }
}
