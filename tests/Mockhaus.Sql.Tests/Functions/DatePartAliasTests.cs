using Mockhaus.Sql.Functions;

namespace Mockhaus.Sql.Tests.Functions;

// Every alias of https://docs.snowflake.com/en/sql-reference/functions-date-time#label-supported-date-time-parts
// that DATEADD accepts, applied to the same timestamp.
public class DatePartAliasTests : FunctionTestBase
{
    private const string Start = "TIMESTAMP '2024-01-31 10:00:00'";

    private static IEnumerable<TestCaseData> DateAddAliases()
    {
        var expected = new (string[] Aliases, string Result)[]
        {
            (new[] { "YEAR", "Y", "YY", "YYY", "YYYY", "YR", "YEARS", "YRS" }, "2025-01-31 10:00:00"),
            (new[] { "QUARTER", "Q", "QTR", "QTRS", "QUARTERS" }, "2024-04-30 10:00:00"),
            (new[] { "MONTH", "MM", "MON", "MONS", "MONTHS" }, "2024-02-29 10:00:00"),
            (new[] { "WEEK", "W", "WK", "WEEKOFYEAR", "WOY", "WY" }, "2024-02-07 10:00:00"),
            (new[] { "DAY", "D", "DD", "DAYS", "DAYOFMONTH" }, "2024-02-01 10:00:00"),
            (new[] { "HOUR", "H", "HH", "HR", "HOURS", "HRS" }, "2024-01-31 11:00:00"),
            (new[] { "MINUTE", "M", "MI", "MIN", "MINUTES", "MINS" }, "2024-01-31 10:01:00"),
            (new[] { "SECOND", "S", "SEC", "SECONDS", "SECS" }, "2024-01-31 10:00:01"),
            (new[] { "MILLISECOND", "MS", "MSEC", "MILLISECONDS" }, "2024-01-31 10:00:00.001"),
            (new[] { "MICROSECOND", "US", "USEC", "MICROSECONDS" }, "2024-01-31 10:00:00.000001"),
        };
        foreach (var (aliases, result) in expected)
        foreach (var alias in aliases)
        {
            yield return new TestCaseData(alias, result).SetName($"DateAdd_{alias}");
            yield return new TestCaseData(alias.ToLowerInvariant(), result).SetName($"DateAdd_{alias}_lower");
        }
    }

    [TestCaseSource(nameof(DateAddAliases))]
    public void DateAddAcceptsAlias(string alias, string expected) =>
        Assert.That(Eval("DATEADD", alias, "1", Start), Is.EqualTo(expected));

    [TestCase("DAYOFWEEK", "WEEKDAY", "DOW", "DW")]
    [TestCase("DAYOFWEEKISO", "WEEKDAY_ISO", "DOW_ISO", "DW_ISO")]
    [TestCase("DAYOFYEAR", "YEARDAY", "DOY", "DY")]
    [TestCase("WEEKISO", "WEEK_ISO", "WEEKOFYEARISO", "WEEKOFYEAR_ISO")]
    [TestCase("EPOCH_SECOND", "EPOCH", "EPOCH_SECONDS")]
    [TestCase("NANOSECOND", "NS", "NSEC", "NANOSEC", "NSECOND", "NANOSECONDS", "NANOSECS", "NSECONDS")]
    [TestCase("TIMEZONE_HOUR", "TZH")]
    public void ExtractAliasesAgree(string canonical, params string[] aliases)
    {
        var expected = Eval("DATE_PART", canonical, Start);
        foreach (var alias in aliases)
            Assert.That(Eval("DATE_PART", alias, Start), Is.EqualTo(expected), alias);
    }

    [Test]
    public void AliasTableResolvesCaseInsensitively()
    {
        Assert.That(DatePart.TryResolve("  yyyy ", out var kind), Is.True);
        Assert.That(kind, Is.EqualTo(DatePartKind.Year));
        Assert.That(DatePart.TryResolve("fortnight", out _), Is.False);
    }
}
