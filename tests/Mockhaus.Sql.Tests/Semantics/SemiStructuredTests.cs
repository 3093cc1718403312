using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// First cut of semi-structured data: VARIANT/OBJECT/ARRAY are DuckDB JSON, path access v:a.b[0] is json_extract,
/// and [..] / {..} constructors build JSON (https://docs.snowflake.com/en/user-guide/querying-semistructured).
/// </summary>
public class SemiStructuredTests : TranslatorTestBase
{
    [TestCase("SELECT {'a': {'b': 1}}:a.b", "1")]
    [TestCase("SELECT {'a': [10, 20]}:a[1]", "20")]
    [TestCase("SELECT {'a': {'b': 'x'}}['a']['b']", "\"x\"")]
    [TestCase("SELECT {'Key': 5}:\"Key\"", "5")]
    [TestCase("SELECT [1, 2, 3]", "[1,2,3]")]
    [TestCase("SELECT {'a': 1, 'b': 'x'}", "{\"a\":1,\"b\":\"x\"}")]
    [TestCase("SELECT 5::variant", "5")]
    public void Values(string sql, string expected) => Assert.That(ScalarText(sql), Is.EqualTo(expected));

    [Test]
    public void PathOnAColumn()
    {
        Setup("CREATE TABLE j (v VARIANT)", "INSERT INTO j SELECT {'name': 'ann', 'tags': ['x']}");
        Assert.That(ScalarText("SELECT v:tags[0] FROM j"), Is.EqualTo("\"x\""));
        Assert.That(Run("SELECT v:name FROM j").ColumnNames, Is.EqualTo(new[] { "V:NAME" }));
    }

    [Test]
    public void ComputedIndexFailsByName() =>
        Assert.That(TranslationFails("SELECT v[n] FROM j").ErrorCode, Is.EqualTo("000002"));
}
