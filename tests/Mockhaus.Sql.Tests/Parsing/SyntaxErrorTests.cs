using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Parsing;

/// <summary>
/// Snowflake's syntax error: code 001003, SQLSTATE 42000, "syntax error line L at position P unexpected 'TOKEN'."
/// with a 1-based line and a 0-based position in that line (https://docs.snowflake.com/en/user-guide/querying-... error format).
/// </summary>
public class SyntaxErrorTests : TranslatorTestBase
{
    [TestCase("SELECT FROM", 1, 7, "FROM")]
    [TestCase("SELEC 1", 1, 0, "SELEC")]
    [TestCase("SELECT 1 +", 1, 10, "<EOF>")]
    [TestCase("SELECT (1", 1, 9, "<EOF>")]
    [TestCase("SELECT *\nFROM t WHERE", 2, 12, "<EOF>")]
    [TestCase("SELECT 1 1", 1, 9, "1")]
    [TestCase("INSERT INTO t VALUES (1,)", 1, 24, ")")]
    [TestCase("CREATE TABLE t ()", 1, 16, ")")]
    [TestCase("SELECT a\nFROM t\nWHERE a = = 1", 3, 10, "=")]
    [TestCase("SELECT * FROM t ORDER a", 1, 22, "a")]
    [TestCase("UPDATE t a = 1", 1, 11, "=")]
    [TestCase("SELECT CASE WHEN 1 THEN 2", 1, 25, "<EOF>")]
    [TestCase("SELECT 1 FROM t GROUP x", 1, 22, "x")]
    [TestCase("DELETE t", 1, 7, "t")]
    [TestCase("SELECT CAST(1 AS)", 1, 16, ")")]
    [TestCase("  SELECT ,", 1, 9, ",")]
    [TestCase("SELECT 1;\nSELECT )", 2, 7, ")")]
    [TestCase("DROP TABLE", 1, 10, "<EOF>")]
    [TestCase("MERGE INTO t USING s ON t.a = s.a", 1, 33, "<EOF>")]
    [TestCase("WITH x AS (SELECT 1)", 1, 20, "<EOF>")]
    [TestCase("SELECT * FROM a LEFT JOIN b WHERE 1 = 1", 1, 28, "WHERE")]
    public void ReportsLineAndPosition(string sql, int line, int position, string token)
    {
        var error = TranslationFails(sql);
        Assert.Multiple(() =>
        {
            Assert.That(error.ErrorCode, Is.EqualTo("001003"));
            Assert.That(error.SqlState, Is.EqualTo("42000"));
            Assert.That(error.Message, Is.EqualTo($"SQL compilation error:\nsyntax error line {line} at position {position} unexpected '{token}'."));
            Assert.That((error.Line, error.Position), Is.EqualTo((line, position)));
        });
    }
}
