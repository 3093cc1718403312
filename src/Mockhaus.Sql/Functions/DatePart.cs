namespace Mockhaus.Sql.Functions;

/// <summary>
/// Snowflake date and time part names and their aliases
/// (https://docs.snowflake.com/en/sql-reference/functions-date-time#label-supported-date-time-parts),
/// resolved to one canonical part.
/// </summary>
public enum DatePartKind
{
    Year, Quarter, Month, Week, Day, DayOfWeek, DayOfWeekIso, DayOfYear, WeekIso, YearOfWeek, YearOfWeekIso,
    Hour, Minute, Second, Millisecond, Microsecond, Nanosecond,
    EpochSecond, EpochMillisecond, EpochMicrosecond, EpochNanosecond, TimezoneHour, TimezoneMinute,
}

public static class DatePart
{
    private static readonly Dictionary<string, DatePartKind> Aliases = Build();

    private static Dictionary<string, DatePartKind> Build()
    {
        var table = new Dictionary<string, DatePartKind>(StringComparer.OrdinalIgnoreCase);
        void Map(DatePartKind kind, params string[] names)
        {
            foreach (var n in names) table[n] = kind;
        }
        Map(DatePartKind.Year, "YEAR", "Y", "YY", "YYY", "YYYY", "YR", "YEARS", "YRS");
        Map(DatePartKind.Quarter, "QUARTER", "Q", "QTR", "QTRS", "QUARTERS");
        Map(DatePartKind.Month, "MONTH", "MM", "MON", "MONS", "MONTHS");
        Map(DatePartKind.Week, "WEEK", "W", "WK", "WEEKOFYEAR", "WOY", "WY");
        Map(DatePartKind.Day, "DAY", "D", "DD", "DAYS", "DAYOFMONTH");
        Map(DatePartKind.DayOfWeek, "DAYOFWEEK", "WEEKDAY", "DOW", "DW");
        Map(DatePartKind.DayOfWeekIso, "DAYOFWEEKISO", "WEEKDAY_ISO", "DOW_ISO", "DW_ISO");
        Map(DatePartKind.DayOfYear, "DAYOFYEAR", "YEARDAY", "DOY", "DY");
        Map(DatePartKind.WeekIso, "WEEKISO", "WEEK_ISO", "WEEKOFYEARISO", "WEEKOFYEAR_ISO");
        Map(DatePartKind.YearOfWeek, "YEAROFWEEK");
        Map(DatePartKind.YearOfWeekIso, "YEAROFWEEKISO");
        Map(DatePartKind.Hour, "HOUR", "H", "HH", "HR", "HOURS", "HRS");
        Map(DatePartKind.Minute, "MINUTE", "M", "MI", "MIN", "MINUTES", "MINS");
        Map(DatePartKind.Second, "SECOND", "S", "SEC", "SECONDS", "SECS");
        Map(DatePartKind.Millisecond, "MILLISECOND", "MS", "MSEC", "MILLISECONDS");
        Map(DatePartKind.Microsecond, "MICROSECOND", "US", "USEC", "MICROSECONDS");
        Map(DatePartKind.Nanosecond, "NANOSECOND", "NS", "NSEC", "NANOSEC", "NSECOND", "NANOSECONDS", "NANOSECS", "NSECONDS");
        Map(DatePartKind.EpochSecond, "EPOCH_SECOND", "EPOCH", "EPOCH_SECONDS");
        Map(DatePartKind.EpochMillisecond, "EPOCH_MILLISECOND", "EPOCH_MILLISECONDS");
        Map(DatePartKind.EpochMicrosecond, "EPOCH_MICROSECOND", "EPOCH_MICROSECONDS");
        Map(DatePartKind.EpochNanosecond, "EPOCH_NANOSECOND", "EPOCH_NANOSECONDS");
        Map(DatePartKind.TimezoneHour, "TIMEZONE_HOUR", "TZH");
        Map(DatePartKind.TimezoneMinute, "TIMEZONE_MINUTE", "TZM");
        return table;
    }

    public static bool TryResolve(string name, out DatePartKind kind) => Aliases.TryGetValue(name.Trim(), out kind);

    /// <summary>True for parts that only address the time of day (valid for DATEADD on a TIME).</summary>
    public static bool IsTimePart(DatePartKind kind) =>
        kind is DatePartKind.Hour or DatePartKind.Minute or DatePartKind.Second or DatePartKind.Millisecond
            or DatePartKind.Microsecond or DatePartKind.Nanosecond;
}
