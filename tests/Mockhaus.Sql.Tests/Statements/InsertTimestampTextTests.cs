using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>
/// INSERT ... VALUES of timestamp text in Snowflake's own format, with a space before the offset
/// ('2024-01-05 10:00:00.000 +0100', https://docs.snowflake.com/en/sql-reference/date-time-input-output): converted for
/// LTZ/TZ columns (offset kept) and NTZ columns (offset ignored), left as written for text columns.
/// </summary>
public class InsertTimestampTextTests : TranslatorTestBase
{
    private sealed class Catalog : ITableColumns
    {
        private static readonly (string, string)[] Columns =
            [("ID", "HUGEINT"), ("TS", "TIMESTAMP WITH TIME ZONE"), ("TXT", "VARCHAR"), ("N", "TIMESTAMP")];

        public IReadOnlySet<string>? ColumnsOf(IReadOnlyList<string> nameParts) =>
            ColumnTypesOf(nameParts)?.Select(c => c.Name).ToHashSet();

        public IReadOnlyList<(string Name, string DuckDbType)>? ColumnTypesOf(IReadOnlyList<string> nameParts) =>
            nameParts[^1] == "S" ? Columns : null;
    }

    private const string Insert =
        "INSERT INTO s VALUES (1, '2024-01-05 10:00:00 +01:00', '2024-01-05 10:00:00 +01:00', '2024-01-05 10:00:00.000 +0100')";

    [Test]
    public void WithoutTheCatalogTheStatementAsksForIt() =>
        Assert.That(TranslateOne(Insert).NeedsTableColumns, Is.True);

    // Any INSERT may write into a TIMESTAMP_TZ column, whose values convert through sf_to_tz; that matters only when
    // some table has one, which the engine checks before translating again.
    [Test]
    public void OrdinaryInsertsAskOnlyIfTimestampTzColumnsExist()
    {
        var ordinary = TranslateOne("INSERT INTO s VALUES (1, '2024-01-05 10:00:00+01:00', 'x', NULL)");
        Assert.That((ordinary.NeedsTableColumns, ordinary.TableColumnsMatterOnlyForTimestampTz), Is.EqualTo((true, true)));
        var spaced = TranslateOne(Insert);
        Assert.That((spaced.NeedsTableColumns, spaced.TableColumnsMatterOnlyForTimestampTz), Is.EqualTo((true, false)));
    }

    [Test]
    public void TimestampColumnsGetTheValueTextColumnsKeepIt()
    {
        Db.Execute("SET TimeZone = 'UTC'");
        Db.Execute("CREATE TABLE \"S\" (\"ID\" HUGEINT, \"TS\" TIMESTAMPTZ, \"TXT\" VARCHAR, \"N\" TIMESTAMP)");
        var statement = Translator.Translate(Insert, TranslationSettings.Default, new Catalog()).Single();
        Db.Execute(statement.DuckDbSql!);
        var row = Db.Query("SELECT CAST(\"TS\" AS VARCHAR), \"TXT\", CAST(\"N\" AS VARCHAR) FROM \"S\"").Rows.Single();
        Assert.That(row, Is.EqualTo(new object?[] { "2024-01-05 09:00:00+00", "2024-01-05 10:00:00 +01:00", "2024-01-05 10:00:00" }));
    }

    [Test]
    public void NamedColumnsMapByName()
    {
        var statement = Translator.Translate("INSERT INTO s (txt, ts) VALUES ('2024-01-05 10:00:00 +01:00', '2024-01-05 12:00:00 -08:00')",
            TranslationSettings.Default, new Catalog()).Single();
        Assert.That(statement.DuckDbSql, Does.Contain("'2024-01-05 10:00:00 +01:00', '2024-01-05 12:00:00-08:00'"));
    }
}
