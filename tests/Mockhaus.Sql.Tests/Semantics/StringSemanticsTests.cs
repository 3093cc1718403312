using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>Strings: || is NULL-propagating text concatenation, '' is not NULL, comparisons are case-sensitive.</summary>
public class StringSemanticsTests : TranslatorTestBase
{
    // https://docs.snowflake.com/en/sql-reference/operators-query (|| concatenation), functions/concat
    [TestCase("SELECT 'a' || 'b'", "ab")]
    [TestCase("SELECT 'a' || NULL", "NULL")]
    [TestCase("SELECT NULL || 'a'", "NULL")]
    [TestCase("SELECT 1 || 2", "12")]
    [TestCase("SELECT 'a' || 1 || 'b'", "a1b")]
    [TestCase("SELECT 'x' || 1.50", "x1.50")]
    [TestCase("SELECT 'd:' || DATE '2024-01-02'", "d:2024-01-02")]
    [TestCase("SELECT 'it''s'", "it's")]
    [TestCase("SELECT 'a\\tb'", "a\tb")]
    [TestCase("SELECT 'line\\nbreak'", "line\nbreak")]
    [TestCase("SELECT $$raw 'text'$$", "raw 'text'")]
    [TestCase("SELECT ''", "")]
    public void Values(string sql, string expected) => Assert.That(ScalarText(sql), Is.EqualTo(expected));

    [TestCase("SELECT '' IS NULL", false)]
    [TestCase("SELECT '' = ''", true)]
    [TestCase("SELECT 'abc' = 'ABC'", false)]
    [TestCase("SELECT 'abc' <> 'ABC'", true)]
    [TestCase("SELECT 'abc' < 'abd'", true)]
    [TestCase("SELECT 'B' < 'a'", true)]
    [TestCase("SELECT 'a' LIKE 'A'", false)]
    [TestCase("SELECT 'a' ILIKE 'A'", true)]
    [TestCase("SELECT '1' = 1", true)]
    [TestCase("SELECT 1 = '1'", true)]
    [TestCase("SELECT '10' > 9", true)]
    [TestCase("SELECT 'a' != 'b'", true)]
    [TestCase("SELECT 'a' == 'a'", true)]
    public void Comparisons(string sql, bool expected) => Assert.That(Scalar(sql), Is.EqualTo(expected));

    [Test]
    public void EmptyStringIsStoredAndNotNull()
    {
        Setup("CREATE TABLE s (v VARCHAR)", "INSERT INTO s VALUES (''), (NULL)");
        Assert.That(Convert.ToInt32(Scalar("SELECT COUNT(v) FROM s")), Is.EqualTo(1));
    }

    [Test]
    public void VarcharColumnComparesWithNumber()
    {
        Setup("CREATE TABLE s (v VARCHAR)", "INSERT INTO s VALUES ('1'), ('2')");
        Assert.That(Column("SELECT v FROM s WHERE v = 2"), Is.EqualTo(new[] { "2" }));
    }
}
