using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// Lateral column aliases (https://docs.snowflake.com/en/sql-reference/sql/select: an alias can be used in later
/// items). A name is a FROM column first and an earlier item's alias otherwise; the generator substitutes the aliased
/// expression when it knows the FROM columns, so typed sf_* macros (YEAR, DATEADD, LENGTH ...) can bind.
/// </summary>
public class LateralAliasTests : TranslatorTestBase
{
    private sealed class Catalog(Dictionary<string, string[]> tables) : ITableColumns
    {
        public IReadOnlySet<string>? ColumnsOf(IReadOnlyList<string> nameParts) =>
            tables.TryGetValue(nameParts[^1], out var columns) ? columns.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
    }

    private static readonly Catalog Tables = new(new() { ["EVENTS"] = ["TS", "NAME", "D"] });

    private static TranslatedStatement WithCatalog(string sql) =>
        Translator.Translate(sql, TranslationSettings.Default, Tables).Single();

    [TestCase("SELECT '2024-02-10'::DATE AS d, YEAR(d)", "2024")]
    [TestCase("SELECT '2024-02-10'::DATE AS d, DATEADD(day, 1, d)::VARCHAR", "2024-02-11")]
    [TestCase("SELECT '2024-02-10'::DATE AS d, DATE_TRUNC('month', d)::VARCHAR", "2024-02-01")]
    [TestCase("SELECT 'abc' AS s, LENGTH(s)", "3")]
    [TestCase("SELECT 2 AS a, a * 3 AS b, b + a", "8")]
    public void WithoutFromTheAliasIsTheItem(string sql, string expected) =>
        Assert.That(Text(Run(sql).Rows[0][^1]), Is.EqualTo(expected));

    [Test]
    public void TableQueriesAskForTheCatalog()
    {
        var first = TranslateOne("SELECT ts::DATE AS day, YEAR(day) FROM events");
        Assert.That(first.NeedsTableColumns, Is.True);
        Assert.That(TranslateOne("SELECT TO_DATE(ts) AS day, YEAR(ts) FROM events").NeedsTableColumns, Is.False);
    }

    [Test]
    public void WithTheCatalogAnAliasThatIsNoColumnBecomesTheItem()
    {
        Setup("CREATE TABLE events (ts TIMESTAMP_NTZ, name VARCHAR, d INT)", "INSERT INTO events VALUES ('2024-02-10 10:00:00', ' ann ', 5)");
        var statement = WithCatalog("SELECT ts::DATE AS day, YEAR(day) AS y, DATEADD(day, 1, day) AS next FROM events WHERE YEAR(day) = 2024");
        Assert.That(statement.NeedsTableColumns, Is.False);
        var row = Db.Query(statement.DuckDbSql!).Rows.Single();
        Assert.That(Text(row[1]), Is.EqualTo("2024"));
    }

    [Test]
    public void AColumnOfTheSameNameWins()
    {
        Setup("CREATE TABLE events (ts TIMESTAMP_NTZ, name VARCHAR, d INT)", "INSERT INTO events VALUES ('2024-02-10 10:00:00', ' ann ', 5)");
        var statement = WithCatalog("SELECT TRIM(name) AS name, LENGTH(name) AS l, ts::DATE AS d, d + 1 AS d2 FROM events");
        var row = Db.Query(statement.DuckDbSql!).Rows.Single();
        Assert.That(Text(row[1]), Is.EqualTo("5"), "LENGTH of the column ' ann ', not of the trimmed alias");
        Assert.That(Text(row[3]), Is.EqualTo("6"), "the INT column D, not the DATE alias");
    }

    [Test]
    public void VolatileItemsAreNotEvaluatedTwice() =>
        Assert.That(WithCatalog("SELECT RANDOM() AS r, r + 1 FROM events").DuckDbSql, Does.Contain("\"R\" + 1"));

    [Test]
    public void UnknownTablesAndStarsLeaveTheNameToDuckDb()
    {
        Assert.That(WithCatalog("SELECT x::DATE AS day, YEAR(day) FROM other").DuckDbSql, Does.Contain("\"DAY\""));
        Assert.That(WithCatalog("WITH c AS (SELECT * FROM other) SELECT ts AS day, day + 1 FROM c").DuckDbSql, Does.Contain("\"DAY\" + 1"));
    }

    // TO_DATE rather than s::DATE: a cast of a column asks the catalog whether the column is a TIMESTAMP_TZ.
    [TestCase("WITH c AS (SELECT '2024-02-10' AS s) SELECT TO_DATE(s) AS day, YEAR(day) FROM c")]
    [TestCase("WITH c (s) AS (SELECT '2024-02-10') SELECT TO_DATE(s) AS day, YEAR(day) FROM c")]
    [TestCase("SELECT TO_DATE(s) AS day, YEAR(day) FROM (SELECT '2024-02-10' AS s) q")]
    [TestCase("SELECT TO_DATE(s) AS day, YEAR(day) FROM (SELECT '2024-02-10') AS q(s)")]
    public void CtesAndDerivedTablesSpellOutTheirColumns(string sql)
    {
        var statement = TranslateOne(sql);
        Assert.That(statement.NeedsTableColumns, Is.False);
        Assert.That(Text(Db.Query(statement.DuckDbSql!).Rows.Single()[1]), Is.EqualTo("2024"));
    }

    [Test]
    public void ACteColumnOfTheSameNameWins() =>
        Assert.That(Text(Run("WITH c AS (SELECT 5 AS d) SELECT '2024-02-10'::DATE AS d, d + 1 FROM c").Rows.Single()[1]), Is.EqualTo("6"));
}
