using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// Snowflake sorts NULL as the largest value: NULLS LAST ascending and NULLS FIRST descending by default
/// (https://docs.snowflake.com/en/sql-reference/constructs/order-by). DuckDB defaults to NULLS LAST both ways.
/// </summary>
public class NullOrderingTests : TranslatorTestBase
{
    [SetUp]
    public void CreateTable() => Setup("CREATE TABLE t (a INT, g VARCHAR)", "INSERT INTO t VALUES (2, 'x'), (NULL, 'x'), (1, 'y')");

    [TestCase("SELECT a FROM t ORDER BY a", new[] { "1", "2", "NULL" })]
    [TestCase("SELECT a FROM t ORDER BY a ASC", new[] { "1", "2", "NULL" })]
    [TestCase("SELECT a FROM t ORDER BY a DESC", new[] { "NULL", "2", "1" })]
    [TestCase("SELECT a FROM t ORDER BY a ASC NULLS FIRST", new[] { "NULL", "1", "2" })]
    [TestCase("SELECT a FROM t ORDER BY a DESC NULLS LAST", new[] { "2", "1", "NULL" })]
    [TestCase("SELECT a FROM t ORDER BY 1 DESC", new[] { "NULL", "2", "1" })]
    [TestCase("SELECT a AS x FROM t ORDER BY x DESC", new[] { "NULL", "2", "1" })]
    [TestCase("SELECT a FROM t UNION ALL SELECT 3 ORDER BY 1 DESC", new[] { "NULL", "3", "2", "1" })]
    [TestCase("SELECT a FROM (SELECT a FROM t ORDER BY a DESC LIMIT 2) ORDER BY a", new[] { "2", "NULL" })]
    public void OrdersLikeSnowflake(string sql, string[] expected) =>
        Assert.That(Column(sql), Is.EqualTo(expected));

    [Test]
    public void WindowOrderingPutsNullsFirstWhenDescending() =>
        Assert.That(Column("SELECT rn FROM (SELECT a, ROW_NUMBER() OVER (ORDER BY a DESC) AS rn FROM t) WHERE a IS NULL"), Is.EqualTo(new[] { "1" }));

    [Test]
    public void WindowOrderingPutsNullsLastWhenAscending() =>
        Assert.That(Column("SELECT rn FROM (SELECT a, ROW_NUMBER() OVER (ORDER BY a) AS rn FROM t) WHERE a IS NULL"), Is.EqualTo(new[] { "3" }));

    [Test]
    public void WithinGroupOrderingIsSnowflakes() =>
        Assert.That(ScalarText("SELECT LISTAGG(COALESCE(a::varchar, 'null'), ',') WITHIN GROUP (ORDER BY a DESC) FROM t"), Is.EqualTo("null,2,1"));
}
