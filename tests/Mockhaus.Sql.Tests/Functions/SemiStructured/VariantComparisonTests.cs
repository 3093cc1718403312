namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// A VARIANT path compared with a string compares the string value, without JSON quotes; numbers compare numerically.
// https://docs.snowflake.com/en/user-guide/querying-semistructured, https://docs.snowflake.com/en/user-guide/lateral-join-using
public class VariantComparisonTests : SemiStructuredTestBase
{
    [OneTimeSetUp]
    public void CreateTable()
    {
        Run("CREATE TABLE c (id INT, v VARIANT)");
        Run("INSERT INTO c SELECT 1, PARSE_JSON('{\"type\": \"email\", \"n\": 10}') UNION ALL SELECT 2, PARSE_JSON('{\"type\": \"phone\", \"n\": 9}') " +
            "UNION ALL SELECT 3, PARSE_JSON('{\"n\": 9.5}')");
    }

    private List<string> Ids(string where) => Column($"SELECT id FROM c WHERE {where} ORDER BY id");

    [TestCase("v:type = 'email'", new[] { "1" })]
    [TestCase("'email' = v:type", new[] { "1" })]
    [TestCase("v:type <> 'email'", new[] { "2" })] // a missing field is NULL: row 3 matches neither
    [TestCase("v:type != 'email'", new[] { "2" })]
    [TestCase("v:type > 'f'", new[] { "2" })]
    [TestCase("v:type IN ('phone', 'fax')", new[] { "2" })]
    [TestCase("v:type NOT IN ('phone')", new[] { "1" })]
    [TestCase("v:type LIKE 'e%'", new[] { "1" })]
    [TestCase("v:type ILIKE 'PH%'", new[] { "2" })]
    [TestCase("v:n > 9", new[] { "1", "3" })] // numerically, not as text ('10' < '9')
    [TestCase("v:n = 10 AND v:type = 'email'", new[] { "1" })]
    [TestCase("v:type = 'email' OR v:n = 9.5", new[] { "1", "3" })]
    public void PathComparedWithALiteral(string where, string[] ids) => Assert.That(Ids(where), Is.EqualTo(ids));

    [Test]
    public void FlattenValueFilteredInTheJoin() =>
        Assert.That(Column("SELECT f.index FROM TABLE(FLATTEN(PARSE_JSON('[{\"t\": \"a\"}, {\"t\": \"b\"}]'))) f WHERE f.value:t = 'b'"),
            Is.EqualTo(new[] { "1" }));
}
