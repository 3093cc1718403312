using Mockhaus.Sql.Generation;
using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// TIMESTAMP_TZ values keep the UTC offset they were written with, compare by instant and convert by their own wall
/// clock (https://docs.snowflake.com/en/sql-reference/data-types-datetime#timestamp-ltz-timestamp-ntz-timestamp-tz).
/// Text is Snowflake's TIMESTAMP_TZ_OUTPUT_FORMAT default 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM'
/// (https://docs.snowflake.com/en/sql-reference/parameters#timestamp-tz-output-format). Session zone: Los Angeles.
/// </summary>
public class TimestampTzTests : TranslatorTestBase
{
    [SetUp]
    public void SessionTimeZone() => Db.Execute("SET TimeZone = 'America/Los_Angeles'");

    // Input forms: https://docs.snowflake.com/en/sql-reference/date-time-input-output
    [TestCase("'2024-01-01 10:00:00 +05:30'::TIMESTAMP_TZ", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("'2024-01-01 10:00:00.000 +0530'::TIMESTAMP_TZ", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("'2024-01-01T10:00:00+05:30'::TIMESTAMP_TZ", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("'2024-01-01T10:00:00.5-08:00'::TIMESTAMP_TZ", "2024-01-01 10:00:00.500 -0800")]
    [TestCase("'2024-01-01T10:00:00Z'::TIMESTAMP_TZ", "2024-01-01 10:00:00.000 +0000")]
    [TestCase("'2024-01-01 10:00:00 +05'::TIMESTAMP_TZ", "2024-01-01 10:00:00.000 +0500")]
    [TestCase("TIMESTAMP_TZ '2024-01-01 10:00:00 -03:30'", "2024-01-01 10:00:00.000 -0330")]
    // Without an offset: the session zone's offset at that instant (PST in January, PDT in July).
    [TestCase("'2024-01-01 10:00:00'::TIMESTAMP_TZ", "2024-01-01 10:00:00.000 -0800")]
    [TestCase("'2024-07-01 10:00:00'::TIMESTAMP_TZ", "2024-07-01 10:00:00.000 -0700")]
    [TestCase("'2024-07-01'::TIMESTAMP_TZ", "2024-07-01 00:00:00.000 -0700")]
    // From NTZ (wall clock in the session zone), LTZ (the instant, session offset) and DATE.
    [TestCase("'2024-01-01 10:00:00'::TIMESTAMP_NTZ::TIMESTAMP_TZ", "2024-01-01 10:00:00.000 -0800")]
    [TestCase("'2024-01-01 10:00:00 +05:30'::TIMESTAMP_LTZ::TIMESTAMP_TZ", "2023-12-31 20:30:00.000 -0800")]
    [TestCase("DATE '2024-01-01'::TIMESTAMP_TZ", "2024-01-01 00:00:00.000 -0800")]
    [TestCase("TO_TIMESTAMP_TZ('2024-01-01 10:00:00 +05:30')", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("TO_TIMESTAMP_TZ('01/02/2024 10:00 +05:30', 'MM/DD/YYYY HH24:MI TZH:TZM')", "2024-01-02 10:00:00.000 +0530")]
    [TestCase("TO_TIMESTAMP_TZ('01/02/2024 10:00', 'MM/DD/YYYY HH24:MI')", "2024-01-02 10:00:00.000 -0800")]
    [TestCase("TRY_TO_TIMESTAMP_TZ('2024-01-01 10:00:00 +01:00')", "2024-01-01 10:00:00.000 +0100")]
    [TestCase("TIMESTAMP_TZ_FROM_PARTS(2024, 1, 1, 10, 0, 0, 0, 'Asia/Kolkata')", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("TIMESTAMP_TZ_FROM_PARTS(2024, 7, 1, 10, 0, 0)", "2024-07-01 10:00:00.000 -0700")]
    [TestCase("CONVERT_TIMEZONE('Asia/Tokyo', '2024-01-01 10:00:00 +00:00'::TIMESTAMP_TZ)", "2024-01-01 19:00:00.000 +0900")]
    [TestCase("CONVERT_TIMEZONE('America/New_York', '2024-07-01 12:00:00 +00:00'::TIMESTAMP_LTZ)", "2024-07-01 08:00:00.000 -0400")]
    [TestCase("PARSE_JSON('{\"t\": \"2024-01-01 10:00:00 +05:30\"}'):t::TIMESTAMP_TZ", "2024-01-01 10:00:00.000 +0530")]
    public void ValuesInKeepTheirOffset(string expression, string expected) =>
        Assert.That(ScalarText($"SELECT ({expression})::VARCHAR"), Is.EqualTo(expected));

    [Test]
    public void TextThatIsNoTimestampFailsAsInSnowflake()
    {
        Assert.That(Scalar("SELECT TRY_TO_TIMESTAMP_TZ('nope')"), Is.Null);
        Assert.That(() => Run("SELECT 'nope'::TIMESTAMP_TZ"), Throws.Exception.With.Message.Contains("Timestamp 'nope' is not recognized"));
    }

    // Conversions read the value's own wall clock; to LTZ, its instant.
    [TestCase("'2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ::TIMESTAMP_NTZ::VARCHAR", "2024-01-01 01:00:00.000")]
    [TestCase("'2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ::DATE::VARCHAR", "2024-01-01")]
    [TestCase("'2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ::TIME::VARCHAR", "01:00:00")]
    [TestCase("TO_CHAR('2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ::TIMESTAMP_LTZ, 'YYYY-MM-DD HH24:MI TZH:TZM')", "2023-12-31 11:30 -08:00")]
    [TestCase("TO_CHAR('2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ)", "2024-01-01 01:00:00.000 +0530")]
    [TestCase("TO_CHAR('2024-01-01 01:00:00 -05:30'::TIMESTAMP_TZ, 'DD/MM/YYYY HH24 TZHTZM')", "01/01/2024 01 -0530")]
    [TestCase("TO_DATE('2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ)::VARCHAR", "2024-01-01")]
    [TestCase("TO_TIMESTAMP_NTZ('2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ)::VARCHAR", "2024-01-01 01:00:00")]
    [TestCase("YEAR('2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ)", "2024")]
    [TestCase("HOUR('2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ)", "1")]
    [TestCase("DAYOFWEEKISO('2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ)", "1")]
    [TestCase("DATE_PART(timezone_hour, '2024-01-01 01:00:00 -05:30'::TIMESTAMP_TZ)", "-5")]
    [TestCase("DATE_PART(timezone_minute, '2024-01-01 01:00:00 -05:30'::TIMESTAMP_TZ)", "-30")]
    [TestCase("EXTRACT(day FROM '2024-01-01 01:00:00 +05:30'::TIMESTAMP_TZ)", "1")]
    [TestCase("LAST_DAY('2024-02-10 01:00:00 +05:30'::TIMESTAMP_TZ)::VARCHAR", "2024-02-29")]
    public void ValuesOutReadTheirOwnWallClock(string expression, string expected) =>
        Assert.That(ScalarText($"SELECT {expression}"), Is.EqualTo(expected));

    // Date arithmetic moves the wall clock and keeps the offset.
    [TestCase("DATEADD(day, 1, '2024-01-31 23:00:00 +05:30'::TIMESTAMP_TZ)", "2024-02-01 23:00:00.000 +0530")]
    [TestCase("DATEADD(month, 1, '2024-01-31 02:00:00 +05:30'::TIMESTAMP_TZ)", "2024-02-29 02:00:00.000 +0530")]
    [TestCase("DATEADD(hour, 3, '2024-01-01 22:00:00 -08:00'::TIMESTAMP_TZ)", "2024-01-02 01:00:00.000 -0800")]
    [TestCase("TIMESTAMPADD(minute, 30, '2024-01-01 22:00:00 +01:00'::TIMESTAMP_TZ)", "2024-01-01 22:30:00.000 +0100")]
    [TestCase("DATE_TRUNC('day', '2024-01-31 02:00:00 +05:30'::TIMESTAMP_TZ)", "2024-01-31 00:00:00.000 +0530")]
    [TestCase("DATE_TRUNC('week', '2024-01-31 02:00:00 +05:30'::TIMESTAMP_TZ)", "2024-01-29 00:00:00.000 +0530")]
    public void DateArithmeticKeepsTheOffset(string expression, string expected) =>
        Assert.That(ScalarText($"SELECT ({expression})::VARCHAR"), Is.EqualTo(expected));

    // TIMESTAMP_TZ values compare by their UTC instant, whatever their offsets.
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ = '2024-01-01 09:00:00 +00:00'::TIMESTAMP_TZ", true)]
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ < '2024-01-01 09:00:00 +00:00'::TIMESTAMP_TZ", false)]
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ <> '2024-01-01 09:00:01 +00:00'::TIMESTAMP_TZ", true)]
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ = '2024-01-01 09:00:00 +00:00'", true)]
    [TestCase("SELECT '2024-01-01 09:00:00Z' = '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ", true)]
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ = '2024-01-01 01:00:00'::TIMESTAMP_NTZ", true)]
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ = '2024-01-01 09:00:00 +00:00'::TIMESTAMP_LTZ", true)]
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ BETWEEN '2024-01-01 09:00:00 +00:00'::TIMESTAMP_TZ AND '2024-01-01 09:00:00 -05:00'::TIMESTAMP_TZ", true)]
    [TestCase("SELECT CONVERT_TIMEZONE('Asia/Tokyo', '2024-01-01 10:00:00 +00:00'::TIMESTAMP_TZ) = '2024-01-01 10:00:00 +00:00'::TIMESTAMP_TZ", true)]
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ IN ('2024-01-01 09:00:00 +00:00', '2024-01-01 08:00:00 +00:00')", true)]
    [TestCase("SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ NOT IN ('2024-01-01 09:00:00Z'::TIMESTAMP_TZ)", false)]
    public void ComparisonsGoByInstant(string sql, bool expected) =>
        Assert.That(Scalar(sql), Is.EqualTo(expected));

    // In a VARIANT or in text, a TIMESTAMP_TZ is its text with its offset (never the struct that holds it).
    [TestCase("'2024-01-01 10:00:00 +05:30'::TIMESTAMP_TZ::VARIANT::VARCHAR", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("TO_VARIANT('2024-01-01 10:00:00 +05:30'::TIMESTAMP_TZ)::VARCHAR", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("OBJECT_CONSTRUCT('t', '2024-01-01 10:00:00 +05:30'::TIMESTAMP_TZ):t::VARCHAR", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("'at ' || '2024-01-01 10:00:00 -08:00'::TIMESTAMP_TZ", "at 2024-01-01 10:00:00.000 -0800")]
    [TestCase("'2024-01-01 10:00:00 -08:00'::TIMESTAMP_TZ || '!'", "2024-01-01 10:00:00.000 -0800!")]
    [TestCase("CONCAT('x', TO_TIMESTAMP_TZ('2024-01-01 10:00:00 +05:30'))", "x2024-01-01 10:00:00.000 +0530")]
    public void TextAndVariantsShowTheOffset(string expression, string expected) =>
        Assert.That(ScalarText($"SELECT {expression}"), Is.EqualTo(expected));

    // Columns that CTEs and subqueries name after TIMESTAMP_TZ values are read as such, without the catalog.
    [TestCase("WITH c AS (SELECT '2024-01-01 10:00:00 +05:30'::TIMESTAMP_TZ AS at) SELECT at::VARCHAR FROM c", "2024-01-01 10:00:00.000 +0530")]
    [TestCase("SELECT q.at::DATE::VARCHAR FROM (SELECT TO_TIMESTAMP_TZ('2024-01-01 01:00:00 +05:30') AS at) q", "2024-01-01")]
    [TestCase("WITH c AS (SELECT '2024-01-01 10:00:00 +01:00'::TIMESTAMP_TZ AS at) SELECT COUNT(*) FROM c WHERE at = '2024-01-01 09:00:00Z'", "1")]
    public void DerivedColumnsKeepTheType(string sql, string expected) =>
        Assert.That(ScalarText(sql), Is.EqualTo(expected));

    [Test]
    public void DatediffCountsBetweenInstants() =>
        Assert.That(ScalarText("SELECT DATEDIFF(hour, '2024-01-01 10:00:00 +05:30'::TIMESTAMP_TZ, '2024-01-01 10:00:00 +00:00'::TIMESTAMP_TZ)"),
            Is.EqualTo("6"));

    /// <summary>The catalog of the tests below: one table with a TIMESTAMP_TZ column.</summary>
    private sealed class Catalog : ITableColumns
    {
        private static readonly (string, string)[] Columns =
            [("ID", "HUGEINT"), ("TS", TypeMapper.TimestampTzCatalogType), ("TXT", "VARCHAR")];

        public IReadOnlySet<string>? ColumnsOf(IReadOnlyList<string> nameParts) =>
            ColumnTypesOf(nameParts)?.Select(c => c.Name).ToHashSet();

        public IReadOnlyList<(string Name, string DuckDbType)>? ColumnTypesOf(IReadOnlyList<string> nameParts) =>
            nameParts[^1] == "EVENTS" ? Columns : null;

        public IReadOnlySet<string> TimestampTzColumnNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "TS" };
    }

    private void RunWithCatalog(string sql)
    {
        foreach (var statement in Translator.Translate(sql, TranslationSettings.Default, new Catalog()))
            Db.Execute(statement.DuckDbSql!);
    }

    private List<string> ColumnWithCatalog(string sql) =>
        Db.Query(Translator.Translate(sql, TranslationSettings.Default, new Catalog()).Single().DuckDbSql!).Rows.Select(r => Text(r[0])).ToList();

    [Test]
    public void ColumnsOfTheTypeTakeValuesCompareAndConvertByTheCatalog()
    {
        RunWithCatalog("CREATE TABLE events (id INT, ts TIMESTAMP_TZ, txt VARCHAR)");
        RunWithCatalog("INSERT INTO events VALUES (1, '2024-01-01 10:00:00 +05:30', 'a'), (2, '2024-01-01T04:30:00Z', 'b'), (3, NULL, 'c')");
        RunWithCatalog("INSERT INTO events (id, ts) SELECT 4, '2024-01-01 09:00:00'::TIMESTAMP_NTZ");
        RunWithCatalog("UPDATE events SET ts = '2024-03-03 03:03:03 -02:00' WHERE id = 3");
        Assert.That(ColumnWithCatalog("SELECT ts::VARCHAR FROM events ORDER BY id"), Is.EqualTo(new[]
        {
            "2024-01-01 10:00:00.000 +0530", "2024-01-01 04:30:00.000 +0000", "2024-03-03 03:03:03.000 -0200", "2024-01-01 09:00:00.000 -0800",
        }));
        Assert.That(ColumnWithCatalog("SELECT a.id || '-' || b.id FROM events a JOIN events b ON a.ts = b.ts AND a.id < b.id"), Is.EqualTo(new[] { "1-2" }));
        Assert.That(ColumnWithCatalog("SELECT id FROM events WHERE ts = '2024-01-01 05:30:00 +01:00' ORDER BY id"), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(ColumnWithCatalog("SELECT COUNT(*) FROM events GROUP BY txt HAVING COUNT(*) > 0 ORDER BY 1"), Is.EqualTo(new[] { "1", "1", "1", "1" }));
    }

    [Test]
    public void ATableOfTheTypeHoldsTheStruct() =>
        Assert.That(TypeMapper.ToDuckDb(new Syntax.DataType("TIMESTAMP_TZ", [9])), Is.EqualTo(TypeMapper.TimestampTzStruct));
}
