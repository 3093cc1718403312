using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// Interval constants (https://docs.snowflake.com/en/sql-reference/data-types-datetime#interval-constants): a list of
/// "&lt;integer&gt; &lt;date_time_part&gt;" increments separated by commas, with every date/time part alias. A DATE plus whole
/// days, weeks, months or years stays a DATE, as DATEADD does (https://docs.snowflake.com/en/sql-reference/functions/dateadd).
/// </summary>
public class IntervalConstantTests : TranslatorTestBase
{
    // The docs' own example list of increments (nanoseconds round to DuckDB's microseconds).
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 year, 3 quarters, 4 months, 5 weeks, 6 days, 7 minutes, " +
              "8 seconds, 1000 milliseconds, 4000000 microseconds, 5000000001 nanoseconds'", "2026-04-10 10:07:18")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 year, 3 quarters, 4 months'", "2026-02-28 10:00:00")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '3 hours, 18 minutes'", "2024-01-31 13:18:00")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '2 y, 3 mm'", "2026-04-30 10:00:00")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 d 2 h'", "2024-02-01 12:00:00")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 week'", "2024-02-07 10:00:00")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '10 min, 5 sec, 250 ms'", "2024-01-31 10:10:05.25")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '7 us'", "2024-01-31 10:00:00.000007")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' - INTERVAL '-1 day'", "2024-02-01 10:00:00")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '2' HOURS", "2024-01-31 12:00:00")]
    [TestCase("SELECT TIME '10:00:00' + INTERVAL '3 hours'", "13:00")]
    [TestCase("SELECT DATE '2024-01-31' + INTERVAL '1 month'", "2024-02-29")]
    [TestCase("SELECT DATE '2024-01-31' - INTERVAL '1 year, 3 quarters, 4 months'", "2021-12-31")]
    [TestCase("SELECT DATE '2024-03-01' - INTERVAL '1 day'", "2024-02-29")]
    [TestCase("SELECT DATE '2024-01-31' + INTERVAL '2 hours'", "2024-01-31 02:00:00")]
    // A TIMESTAMP_TZ moves on its own wall clock and keeps its offset, also across a DST change of the session zone.
    [TestCase("SELECT ('2024-03-09 12:00:00 -08:00'::TIMESTAMP_TZ + INTERVAL '1 day')::VARCHAR", "2024-03-10 12:00:00.000 -0800")]
    [TestCase("SELECT ('2024-01-01 10:00:00 +05:30'::TIMESTAMP_TZ - INTERVAL '90 minutes')::VARCHAR", "2024-01-01 08:30:00.000 +0530")]
    public void Values(string sql, string expected) => Assert.That(ScalarText(sql), Is.EqualTo(expected));

    [TestCase("SELECT DATE '2024-01-31' + INTERVAL '1 day'", "Date")]
    [TestCase("SELECT DATE '2024-01-31' - INTERVAL '2 weeks, 1 month'", "Date")]
    [TestCase("SELECT DATE '2024-01-31' + INTERVAL '1 hour'", "Timestamp")]
    [TestCase("SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 day'", "Timestamp")]
    [TestCase("SELECT CURRENT_TIMESTAMP() - INTERVAL '1 day'", "TimestampTz")]
    public void ResultType(string sql, string duckDbType) => Assert.That(Run(sql).ColumnTypes[0], Is.EqualTo(duckDbType));

    [Test]
    public void DateColumnStaysDate()
    {
        Setup("CREATE TABLE iv_dates (d DATE)", "INSERT INTO iv_dates VALUES ('2024-02-29'), (NULL)");
        var outcome = Run("SELECT d + INTERVAL '1 year' AS next_year, d - INTERVAL '1 d' AS prev FROM iv_dates ORDER BY d NULLS LAST");
        Assert.That(outcome.ColumnTypes, Is.EqualTo(new[] { "Date", "Date" }));
        Assert.That(Text(outcome.Rows[0][0]), Is.EqualTo("2025-02-28"));
        Assert.That(Text(outcome.Rows[0][1]), Is.EqualTo("2024-02-28"));
        Assert.That(outcome.Rows[1][0], Is.Null);
    }

    [Test]
    public void AggregateOperandKeepsDuckDbArithmetic()
    {
        // DuckDB cannot pick a typed macro overload for an aggregate, so the sum is DuckDB's own (a TIMESTAMP, not an error).
        Assert.That(ScalarText("SELECT MAX(d) + INTERVAL '1 day' FROM (SELECT DATE '2024-01-01' AS d)"), Is.EqualTo("2024-01-02"));
    }

    [TestCase("'2 dw'")]
    [TestCase("'one day'")]
    [TestCase("''")]
    [TestCase("'99999999999999999999 days'")]
    public void MalformedConstantFailsByName(string text)
    {
        var error = TranslationFails($"SELECT CURRENT_DATE + INTERVAL {text}");
        Assert.That(error.Message, Does.StartWith("Invalid interval literal"));
    }
}
