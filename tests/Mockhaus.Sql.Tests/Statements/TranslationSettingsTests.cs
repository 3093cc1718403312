using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>
/// QUOTED_IDENTIFIERS_IGNORE_CASE and TIMESTAMP_TYPE_MAPPING change translations; the cache keeps them apart.
/// https://docs.snowflake.com/en/sql-reference/parameters#quoted-identifiers-ignore-case
/// https://docs.snowflake.com/en/sql-reference/parameters#timestamp-type-mapping
/// </summary>
public class TranslationSettingsTests : TranslatorTestBase
{
    private static readonly TranslationSettings IgnoreCase = new(QuotedIdentifiersIgnoreCase: true);
    private static readonly TranslationSettings Ltz = new(TimestampTypeMapping: "TIMESTAMP_LTZ");

    [Test]
    public void QuotedIdentifiersAreUpperCasedOnlyWhenIgnoringCase()
    {
        const string sql = """SELECT "a" AS "b" FROM "t" """;
        Assert.That(Translator.Translate(sql).Single().DuckDbSql, Does.Contain("\"a\" AS \"b\" FROM \"t\""));
        Assert.That(Translator.Translate(sql, IgnoreCase).Single().DuckDbSql, Does.Contain("\"A\" AS \"B\" FROM \"T\""));
        Assert.That(Translator.Translate(sql).Single().DuckDbSql, Does.Contain("\"a\" AS \"b\""), "the default translation is still cached apart");
    }

    [Test]
    public void SemiStructuredPathKeysKeepTheirCase()
    {
        Db.Execute("SET TimeZone = 'UTC'");
        var sql = Translator.Translate("""SELECT PARSE_JSON('{"Key": 1}'):"Key" AS v""", IgnoreCase).Single().DuckDbSql!;
        Assert.That(Text(Db.Query(sql).Scalar), Is.EqualTo("1"));
    }

    [Test]
    public void BareTimestampFollowsTheMapping()
    {
        var sql = Translator.Translate("SELECT '2024-01-02 03:04:05'::TIMESTAMP AS a, TO_TIMESTAMP('2024-01-02') AS b", Ltz).Single().DuckDbSql!;
        Assert.That(Db.Query($"SELECT typeof(a), typeof(b) FROM ({sql})").Rows.Single().Select(Text), Is.EqualTo(new[] { "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE" }));
        var ntz = Translator.Translate("SELECT '2024-01-02 03:04:05'::TIMESTAMP AS a").Single().DuckDbSql!;
        Assert.That(Text(Db.Query($"SELECT typeof(a) FROM ({ntz})").Scalar), Does.StartWith("TIMESTAMP").And.Not.Contain("ZONE"));
    }

    [Test]
    public void DeclaredColumnTypesAreResolvedAtCreation()
    {
        var create = (Syntax.CreateTableStatement)Translator.Translate("CREATE TABLE t (a TIMESTAMP(3), b DATETIME)", Ltz).Single().Syntax!;
        Assert.That(create.Columns.Select(c => c.Type!.SnowflakeText), Is.EqualTo(new[] { "TIMESTAMP_LTZ(3)", "DATETIME" }));
    }
}
