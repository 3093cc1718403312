using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// TIMESTAMP_NTZ values compare with TIMESTAMP_LTZ/TZ values; the NTZ wall-clock time is read in the session time
/// zone (https://docs.snowflake.com/en/sql-reference/data-types-datetime, "TIMESTAMP_LTZ, TIMESTAMP_NTZ,
/// TIMESTAMP_TZ"). DuckDB refuses TIMESTAMP_NS (TIMESTAMP_NTZ(7..9)) vs TIMESTAMPTZ without a cast, so the generator casts a
/// known zoned side to its session wall-clock time.
/// </summary>
public class TimestampComparisonTests : TranslatorTestBase
{
    [SetUp]
    public void SessionTimeZone() => Db.Execute("SET TimeZone = 'America/Los_Angeles'");

    [TestCase("SELECT '2024-01-01'::TIMESTAMP_NTZ < CURRENT_TIMESTAMP()", true)]
    [TestCase("SELECT CURRENT_TIMESTAMP() > '2999-01-01'::TIMESTAMP_NTZ", false)]
    [TestCase("SELECT '2024-01-01 10:00:00'::TIMESTAMP_NTZ = '2024-01-01 10:00:00 -08:00'::TIMESTAMP_LTZ", true)]
    [TestCase("SELECT '2024-01-01 10:00:00'::TIMESTAMP_NTZ = '2024-01-01 10:00:00 +00:00'::TIMESTAMP_TZ", false)]
    [TestCase("SELECT '2024-01-01 02:00:00'::TIMESTAMP_NTZ = '2024-01-01 10:00:00 +00:00'::TIMESTAMP_TZ", true)]
    [TestCase("SELECT TIMESTAMP_LTZ '2024-01-01 10:00:00 -08:00' <= '2024-01-01 10:00:00.000000001'::TIMESTAMP_NTZ", true)]
    [TestCase("SELECT DATEADD(day, -1, CURRENT_TIMESTAMP()) < '2999-01-01'::TIMESTAMP_NTZ", true)]
    [TestCase("SELECT CURRENT_TIMESTAMP - INTERVAL '1 day' > '2020-01-01'::TIMESTAMP_NTZ", true)]
    [TestCase("SELECT TO_TIMESTAMP_LTZ('2024-06-01 12:00:00') <> '2024-06-01 12:00:00'::TIMESTAMP_NTZ", false)]
    [TestCase("SELECT '2024-01-01 10:00:00'::TIMESTAMP_NTZ BETWEEN '2024-01-01 09:00:00 -08:00'::TIMESTAMP_TZ AND CURRENT_TIMESTAMP", true)]
    [TestCase("SELECT '2024-01-01 08:00:00'::TIMESTAMP_NTZ NOT BETWEEN '2024-01-01 09:00:00 -08:00'::TIMESTAMP_TZ AND CURRENT_TIMESTAMP", true)]
    public void NtzComparesWithZonedValues(string sql, bool expected) =>
        Assert.That(Scalar(sql), Is.EqualTo(expected));

    [Test]
    public void NtzColumnFiltersAgainstTheCurrentTime()
    {
        Setup("CREATE TABLE EVENTS (ID INT, AT TIMESTAMP_NTZ(9))",
            "INSERT INTO EVENTS VALUES (1, '2000-01-01 00:00:00'), (2, '2200-01-01 00:00:00.123456789')");
        Assert.That(Column("SELECT ID FROM EVENTS WHERE AT > CURRENT_TIMESTAMP() ORDER BY ID"), Is.EqualTo(new[] { "2" }));
        Assert.That(Column("SELECT ID FROM EVENTS WHERE AT BETWEEN DATEADD(year, -100, CURRENT_TIMESTAMP()) AND CURRENT_TIMESTAMP()"),
            Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void ZonedColumnsStillCompareByInstant()
    {
        Setup("CREATE TABLE LOGINS (ID INT, AT TIMESTAMP_LTZ)",
            "INSERT INTO LOGINS VALUES (1, '2024-01-01 10:00:00 -08:00'::TIMESTAMP_LTZ), (2, '2024-01-01 10:00:00 +00:00'::TIMESTAMP_LTZ)");
        Assert.That(Column("SELECT ID FROM LOGINS WHERE AT = '2024-01-01 10:00:00 -08:00'::TIMESTAMP_TZ"), Is.EqualTo(new[] { "1" }));
        Assert.That(Column("SELECT ID FROM LOGINS WHERE AT < CURRENT_TIMESTAMP() ORDER BY ID"), Is.EqualTo(new[] { "1", "2" }));
    }

    // DATEDIFF between an NTZ value and an LTZ value reads the LTZ value in the session zone.
    [TestCase("SELECT DATEDIFF(day, '2024-01-01 23:00:00'::TIMESTAMP_NTZ, '2024-01-03 01:00:00 -08:00'::TIMESTAMP_LTZ)", 2)]
    [TestCase("SELECT DATEDIFF(hour, '2024-01-03 01:00:00 -08:00'::TIMESTAMP_LTZ, '2024-01-03 05:30:00'::TIMESTAMP_NTZ)", 4)]
    [TestCase("SELECT DATEDIFF(day, '2024-01-01'::TIMESTAMP_LTZ, '2024-01-31'::TIMESTAMP_TZ)", 30)]
    [TestCase("SELECT DATEDIFF(week, '2024-01-01'::TIMESTAMP_NTZ, '2024-01-15 00:00:00 -08:00'::TIMESTAMP_LTZ)", 2)]
    [TestCase("SELECT DATEDIFF(week, '2024-01-01'::TIMESTAMP_LTZ, '2024-01-15'::TIMESTAMP_LTZ)", 2)]
    [TestCase("SELECT DATEDIFF(day, DATE '2024-01-01', '2024-01-03 00:00:00 -08:00'::TIMESTAMP_LTZ)", 2)]
    // A date string beside a typed value converts implicitly, as in Snowflake.
    [TestCase("SELECT DATEDIFF(month, DATE '2023-05-01', '2024-12-31')", 19)]
    [TestCase("SELECT DATEDIFF(day, '2024-01-01', '2024-01-03 00:00:00'::TIMESTAMP_NTZ)", 2)]
    [TestCase("SELECT DATEDIFF(hour, '2024-01-01', '2024-01-02')", 24)]
    public void DatediffAcrossTimestampKinds(string sql, long expected) =>
        Assert.That(Convert.ToInt64(Scalar(sql)), Is.EqualTo(expected));

    [Test]
    public void AgeInDaysOfAnNtzColumn()
    {
        Setup("CREATE TABLE SIGNUPS (ID INT, AT TIMESTAMP_NTZ)", "INSERT INTO SIGNUPS VALUES (1, DATEADD(day, -3, CURRENT_TIMESTAMP()))");
        Assert.That(Convert.ToInt64(Scalar("SELECT DATEDIFF(day, AT, CURRENT_TIMESTAMP()) FROM SIGNUPS")), Is.EqualTo(3));
    }

    [Test]
    public void OpenEndedRangesUseTheYear9999()
    {
        Setup("CREATE TABLE VERSIONS (ID INT, VALID_FROM TIMESTAMP_NTZ, VALID_TO TIMESTAMP_NTZ)",
            "INSERT INTO VERSIONS VALUES (1, '2020-01-01', '2021-01-01'), (2, '2021-01-01', '9999-12-31')");
        Assert.That(Column("SELECT ID FROM VERSIONS WHERE CURRENT_TIMESTAMP() BETWEEN VALID_FROM AND VALID_TO"), Is.EqualTo(new[] { "2" }));
    }

    [Test]
    public void ComparisonsOfTwoZonedValuesAreLeftAlone() =>
        Assert.That(DuckDb("SELECT CURRENT_TIMESTAMP() > '2024-01-01'::TIMESTAMP_LTZ"), Does.Not.Contain("AS TIMESTAMP)"));
}
