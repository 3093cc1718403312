namespace Mockhaus.Sql.Tests.Functions;

// https://docs.snowflake.com/en/sql-reference/functions-conditional
public class ConditionalFunctionTests : FunctionTestBase
{
    [TestCase("IFF", new[] { "1 < 2", "'a'", "'b'" }, "a")]
    [TestCase("IFF", new[] { "1 > 2", "'a'", "'b'" }, "b")]
    [TestCase("IFF", new[] { "NULL::BOOLEAN", "'a'", "'b'" }, "b")] // a NULL condition is not true
    [TestCase("NVL", new[] { "NULL", "'x'" }, "x")]
    [TestCase("NVL", new[] { "'a'", "'x'" }, "a")]
    [TestCase("IFNULL", new[] { "NULL", "NULL" }, "NULL")]
    [TestCase("NVL2", new[] { "1", "'set'", "'unset'" }, "set")]
    [TestCase("NVL2", new[] { "NULL", "'set'", "'unset'" }, "unset")]
    [TestCase("COALESCE", new[] { "NULL", "NULL", "3" }, "3")]
    [TestCase("NULLIF", new[] { "1", "1" }, "NULL")]
    [TestCase("NULLIF", new[] { "1", "2" }, "1")]
    [TestCase("ZEROIFNULL", new[] { "NULL" }, "0")]
    [TestCase("ZEROIFNULL", new[] { "5" }, "5")]
    [TestCase("NULLIFZERO", new[] { "0" }, "NULL")]
    [TestCase("NULLIFZERO", new[] { "7" }, "7")]
    [TestCase("EQUAL_NULL", new[] { "NULL", "NULL" }, "true")]
    [TestCase("EQUAL_NULL", new[] { "1", "NULL" }, "false")]
    [TestCase("EQUAL_NULL", new[] { "1", "1" }, "true")]
    [TestCase("DIV0", new[] { "10", "0" }, "0.0")]
    [TestCase("DIV0", new[] { "10", "4" }, "2.5")]
    [TestCase("DIV0", new[] { "10", "NULL" }, "NULL")]
    [TestCase("DIV0NULL", new[] { "10", "NULL" }, "0.0")]
    [TestCase("DIV0NULL", new[] { "10", "0" }, "0.0")]
    [TestCase("DIV0NULL", new[] { "9", "3" }, "3.0")]
    [TestCase("DECODE", new[] { "1", "1", "'one'", "2", "'two'" }, "one")]
    [TestCase("DECODE", new[] { "2", "1", "'one'", "2", "'two'" }, "two")]
    [TestCase("DECODE", new[] { "3", "1", "'one'", "2", "'two'" }, "NULL")]
    [TestCase("DECODE", new[] { "3", "1", "'one'", "'other'" }, "other")]
    [TestCase("DECODE", new[] { "NULL", "1", "'one'", "NULL", "'null matched'", "'other'" }, "null matched")] // DECODE: NULL = NULL
    [TestCase("GREATEST", new[] { "1", "3", "2" }, "3")]
    [TestCase("GREATEST", new[] { "1", "NULL", "2" }, "NULL")] // https://docs.snowflake.com/en/sql-reference/functions/greatest
    [TestCase("LEAST", new[] { "'b'", "'a'" }, "a")]
    [TestCase("LEAST", new[] { "1", "NULL" }, "NULL")]
    [TestCase("GREATEST_IGNORE_NULLS", new[] { "1", "NULL", "2" }, "2")]
    [TestCase("LEAST_IGNORE_NULLS", new[] { "NULL", "5", "2" }, "2")]
    [TestCase("BOOLAND", new[] { "1", "-2" }, "true")]
    [TestCase("BOOLAND", new[] { "0", "NULL" }, "false")] // https://docs.snowflake.com/en/sql-reference/functions/booland
    [TestCase("BOOLAND", new[] { "1", "NULL" }, "NULL")]
    [TestCase("BOOLOR", new[] { "0", "0" }, "false")]
    [TestCase("BOOLOR", new[] { "1", "NULL" }, "true")]
    [TestCase("BOOLXOR", new[] { "2", "0" }, "true")]
    [TestCase("BOOLXOR", new[] { "2", "3" }, "false")]
    [TestCase("BOOLXOR", new[] { "NULL", "3" }, "NULL")]
    [TestCase("BOOLNOT", new[] { "0" }, "true")]
    [TestCase("BOOLNOT", new[] { "NULL" }, "NULL")]
    [TestCase("REGR_VALX", new[] { "NULL", "2" }, "NULL")]
    [TestCase("REGR_VALX", new[] { "1", "2" }, "2")]
    [TestCase("REGR_VALY", new[] { "1", "NULL" }, "NULL")]
    public void Evaluates(string function, string[] args, string expected) =>
        Assert.That(Eval(function, args), Is.EqualTo(expected));
}
