using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// Result column names as Snowflake reports them: aliases and unquoted names upper-cased, quoted names verbatim, and
/// unaliased expressions named by their upper-cased text (docs: "Arithmetic operators" examples show "N1 * N2").
/// </summary>
public class ColumnNameTests : TranslatorTestBase
{
    [SetUp]
    public void CreateTable() => Setup("CREATE TABLE t (a INT, b VARCHAR, \"mixed\" INT)", "INSERT INTO t VALUES (1, 'x', 2)");

    [TestCase("SELECT 1 AS a", "A")]
    [TestCase("SELECT 1 a", "A")]
    [TestCase("SELECT 1 AS \"a\"", "a")]
    [TestCase("SELECT 1 AS \"Mixed Case\"", "Mixed Case")]
    [TestCase("SELECT a FROM t", "A")]
    [TestCase("SELECT A FROM t", "A")]
    [TestCase("SELECT t.a FROM t", "A")]
    [TestCase("SELECT x.a FROM t x", "A")]
    [TestCase("SELECT \"mixed\" FROM t", "mixed")]
    [TestCase("SELECT count(*) FROM t", "COUNT(*)")]
    [TestCase("SELECT COUNT(*) FROM t", "COUNT(*)")]
    [TestCase("SELECT 1", "1")]
    [TestCase("SELECT a + 1 FROM t", "A + 1")]
    [TestCase("SELECT a+1 FROM t", "A+1")]
    [TestCase("SELECT sum(a) FROM t", "SUM(A)")]
    [TestCase("SELECT 'abc'", "'ABC'")]
    [TestCase("SELECT a::varchar FROM t", "A::VARCHAR")]
    [TestCase("SELECT \"mixed\" * 2 FROM t", "\"mixed\" * 2")]
    [TestCase("SELECT upper(b) FROM t", "UPPER(B)")]
    [TestCase("SELECT 10.01 n1, 1.1 n2", "N1")]
    [TestCase("SELECT a AS \"select\" FROM t", "select")]
    [TestCase("SELECT a AS 'quoted alias' FROM t", "quoted alias")]
    public void FirstColumnName(string sql, string expected) =>
        Assert.That(Run(sql).ColumnNames[0], Is.EqualTo(expected));

    [TestCase("SELECT * FROM t", new[] { "A", "B", "mixed" })]
    [TestCase("SELECT * EXCLUDE (b) FROM t", new[] { "A", "mixed" })]
    [TestCase("SELECT * RENAME (a AS first) FROM t", new[] { "FIRST", "B", "mixed" })]
    [TestCase("SELECT * ILIKE 'M%' FROM t", new[] { "mixed" })]
    [TestCase("SELECT x.* FROM t x", new[] { "A", "B", "mixed" })]
    [TestCase("SELECT * FROM VALUES (1, 2)", new[] { "COLUMN1", "COLUMN2" })]
    [TestCase("VALUES (1, 2, 3)", new[] { "COLUMN1", "COLUMN2", "COLUMN3" })]
    [TestCase("SELECT * FROM (VALUES (1, 2)) v (p, q)", new[] { "P", "Q" })]
    [TestCase("SELECT a, a FROM t", new[] { "A", "A" })]
    [TestCase("SELECT a AS x, b AS \"y\" FROM t", new[] { "X", "y" })]
    [TestCase("WITH c (p, q) AS (SELECT 1, 2) SELECT * FROM c", new[] { "P", "Q" })]
    [TestCase("SELECT a FROM t UNION ALL SELECT 2", new[] { "A" })]
    [TestCase("SELECT 10.01 n1, 1.1 n2, n1 * n2", new[] { "N1", "N2", "N1 * N2" })]
    public void AllColumnNames(string sql, string[] expected) =>
        Assert.That(Run(sql).ColumnNames, Is.EqualTo(expected));

    [Test]
    public void NonReservedKeywordsAreColumnNames()
    {
        Setup("CREATE TABLE k (offset INT, limit INT, value INT, type VARCHAR, at INT)", "INSERT INTO k VALUES (1, 2, 3, 'x', 4)");
        var result = Run("SELECT offset, limit, value, type, at FROM k LIMIT 1");
        Assert.That(result.ColumnNames, Is.EqualTo(new[] { "OFFSET", "LIMIT", "VALUE", "TYPE", "AT" }));
    }

    [Test]
    public void ReservedWordsAreNotColumnNames() =>
        Assert.That(TranslationFails("SELECT start FROM k").ErrorCode, Is.EqualTo("001003"));

    [Test]
    public void LateralColumnAliasIsUsableLaterInTheSelectList() =>
        Assert.That(Convert.ToDecimal(Run("SELECT 10.01 n1, 1.1 n2, n1 * n2").Rows[0][2]), Is.EqualTo(11.011m));
}
