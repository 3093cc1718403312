using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// Session parameters that change what SQL text means.
/// https://docs.snowflake.com/en/sql-reference/parameters#quoted-identifiers-ignore-case
/// https://docs.snowflake.com/en/sql-reference/identifiers-syntax (double-quoted identifiers keep their case unless
/// QUOTED_IDENTIFIERS_IGNORE_CASE is TRUE)
/// https://docs.snowflake.com/en/sql-reference/parameters#timestamp-type-mapping
/// </summary>
public class TranslationParameterTests : EngineTestBase
{
    private string ColumnType(string sql)
    {
        using var result = Session.Execute(Session.Translate(sql).Single());
        return result.Rows.Columns.Single().Type.RowTypeName;
    }

    [Test]
    public void QuotedIdentifiersKeepTheirCaseByDefault()
    {
        Rows("""CREATE TABLE "Mixed" ("Col" INT)""");
        Assert.That(ColumnNames("""SELECT "Col" AS "aLiAs" FROM "Mixed" """), Is.EqualTo(new[] { "aLiAs" }));
        Assert.That(Rows("SHOW TABLES LIKE 'Mixed'"), Has.Count.EqualTo(1));
    }

    [Test]
    public void QuotedIdentifiersIgnoreCaseUpperCasesThem()
    {
        Rows("ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = TRUE");
        Rows("""CREATE TABLE "Mixed" ("Col" INT); INSERT INTO "Mixed" VALUES (1)""");
        // Stored upper case, and result columns are named upper case.
        Assert.That(Rows("SHOW TABLES LIKE 'MIXED'"), Has.Count.EqualTo(1));
        Assert.That(Rows("SHOW COLUMNS IN TABLE mixed").Single()[2], Is.EqualTo("COL"));
        Assert.That(ColumnNames("""SELECT "cOL" AS "aLiAs" FROM "MIXED" """), Is.EqualTo(new[] { "ALIAS" }));
        Rows("ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = FALSE");
        Assert.That(ColumnNames("""SELECT "Col" AS "aLiAs" FROM "MIXED" """), Is.EqualTo(new[] { "aLiAs" }));
    }

    [Test]
    public void QuotedIdentifiersIgnoreCaseRejectsNonBooleans()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = 'maybe'"))!;
        Assert.That(error.Message, Does.Contain("for parameter 'QUOTED_IDENTIFIERS_IGNORE_CASE'"));
    }

    [Test]
    public void TimestampMeansNtzByDefault()
    {
        Assert.That(ColumnType("SELECT '2024-01-02 03:04:05'::TIMESTAMP"), Is.EqualTo("timestamp_ntz"));
        Assert.That(ColumnType("SELECT TO_TIMESTAMP('2024-01-02 03:04:05')"), Is.EqualTo("timestamp_ntz"));
    }

    [TestCase("TIMESTAMP_LTZ", "timestamp_ltz")]
    [TestCase("TIMESTAMP_TZ", "timestamp_tz")]
    [TestCase("TIMESTAMP_NTZ", "timestamp_ntz")]
    public void TimestampTypeMappingDecidesWhatTimestampMeans(string mapping, string rowType)
    {
        Rows($"ALTER SESSION SET TIMESTAMP_TYPE_MAPPING = '{mapping}'");
        // The explicit type is the reference: TIMESTAMP must report exactly what the mapped type reports.
        Assert.That(ColumnType($"SELECT '2024-01-02 03:04:05'::{mapping}"), Is.EqualTo(rowType));
        Assert.That(ColumnType("SELECT '2024-01-02 03:04:05'::TIMESTAMP"), Is.EqualTo(rowType));
        Assert.That(ColumnType("SELECT CAST('2024-01-02 03:04:05' AS TIMESTAMP(3))"), Is.EqualTo(rowType));
        Assert.That(ColumnType("SELECT TIMESTAMP '2024-01-02 03:04:05'"), Is.EqualTo(rowType));
        Assert.That(ColumnType("SELECT TO_TIMESTAMP('2024-01-02 03:04:05')"), Is.EqualTo(rowType));
        Assert.That(ColumnType("SELECT TRY_TO_TIMESTAMP('2024-01-02 03:04:05')"), Is.EqualTo(rowType));
        // DATETIME is always TIMESTAMP_NTZ.
        Assert.That(ColumnType("SELECT '2024-01-02 03:04:05'::DATETIME"), Is.EqualTo("timestamp_ntz"));
    }

    [Test]
    public void ColumnsDeclaredTimestampTakeTheMappedTypeWhenCreated()
    {
        Rows("ALTER SESSION SET TIMESTAMP_TYPE_MAPPING = 'TIMESTAMP_LTZ'");
        Rows("CREATE TABLE t (ts TIMESTAMP)");
        Rows("ALTER SESSION UNSET TIMESTAMP_TYPE_MAPPING");
        Assert.That(Rows("DESCRIBE TABLE t").Single()[1], Is.EqualTo("TIMESTAMP_LTZ(9)"));
        Assert.That(ColumnType("SELECT ts FROM t"), Is.EqualTo("timestamp_ltz"));
        Assert.That(ColumnType("SELECT '2024-01-02'::TIMESTAMP"), Is.EqualTo("timestamp_ntz"), "UNSET restores the default");
    }

    [Test]
    public void TimestampTypeMappingRejectsOtherTypes()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("ALTER SESSION SET TIMESTAMP_TYPE_MAPPING = 'DATE'"))!;
        Assert.That(error.Message, Does.Contain("invalid value ['DATE'] for parameter 'TIMESTAMP_TYPE_MAPPING'").Or.Contain("invalid value [DATE] for parameter 'TIMESTAMP_TYPE_MAPPING'"));
    }
}
