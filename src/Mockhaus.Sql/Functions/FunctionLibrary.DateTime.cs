using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// Date and time functions: https://docs.snowflake.com/en/sql-reference/functions-date-time
// DuckDB macros with typed overloads keep Snowflake's result types (DATEADD(month, 1, <DATE>) is a DATE,
// while DuckDB's DATE + INTERVAL is a TIMESTAMP).
public static partial class FunctionLibrary
{
    /// <summary>Session parameter WEEK_START (0 = legacy, behaves like Monday for weeks), read from an engine variable.</summary>
    private const string WeekStartVariable = "coalesce(CAST(getvariable('MH_WEEK_START') AS INTEGER), 0)";

    private const string WeekOfYearPolicyVariable = "coalesce(CAST(getvariable('MH_WEEK_OF_YEAR_POLICY') AS INTEGER), 0)";

    private static void RegisterDateTimeMacros()
    {
        // 1 = Monday ... 7 = Sunday; WEEK_START 0 means Monday for week arithmetic.
        Macro($"sf_week_start() AS CASE WHEN {WeekStartVariable} = 0 THEN 1 ELSE {WeekStartVariable} END");
        Macro("sf_days_into_week(x) AS (isodow(x) - sf_week_start() + 7) % 7");
        // https://docs.snowflake.com/en/sql-reference/functions/dayname -> DAYOFWEEK is 0 (Sunday)..6 under WEEK_START 0.
        Macro($"sf_dayofweek(x) AS CASE WHEN {WeekStartVariable} = 0 THEN dayofweek(x) ELSE sf_days_into_week(x) + 1 END");
        // Policy 0: a week belongs to the year holding its 4th day (ISO-like); policy 1: week 1 holds January 1.
        Macro($"sf_week(x) AS CASE WHEN {WeekOfYearPolicyVariable} = 0 " +
              "THEN (dayofyear(CAST(x AS DATE) - CAST(sf_days_into_week(x) AS INTEGER) + 3) - 1) // 7 + 1 " +
              "ELSE (dayofyear(x) + sf_days_into_week(make_date(year(x), 1, 1)) - 1) // 7 + 1 END");
        Macro($"sf_yearofweek(x) AS CASE WHEN {WeekOfYearPolicyVariable} = 0 " +
              "THEN year(CAST(x AS DATE) - CAST(sf_days_into_week(x) AS INTEGER) + 3) ELSE year(x) END");

        Macro("sf_temporal(x VARCHAR) AS CAST(x AS TIMESTAMP), (x DATE) AS x, (x TIMESTAMP) AS x, (x TIMESTAMP_NS) AS x, " +
              "(x TIMESTAMPTZ) AS x, (x TIME) AS x, " + $"(x {Tz}) AS sf_tz_wall(x)");
        // DATEADD on a TIMESTAMP_TZ moves its wall clock and keeps its offset.
        const string tzOffset = "struct_extract(x, 'offset_minutes')";
        Macro("sf_add_months(x DATE, n BIGINT) AS CAST(x + to_months(n) AS DATE), " +
              "(x TIMESTAMP, n BIGINT) AS x + to_months(n), (x TIMESTAMPTZ, n BIGINT) AS x + to_months(n), " +
              "(x VARCHAR, n BIGINT) AS CAST(x AS TIMESTAMP) + to_months(n), " +
              $"(x {Tz}, n BIGINT) AS sf_tz_from_wall(sf_tz_wall(x) + to_months(n), {tzOffset})");
        Macro("sf_add_days(x DATE, n BIGINT) AS x + CAST(n AS INTEGER), " +
              "(x TIMESTAMP, n BIGINT) AS x + to_days(n), (x TIMESTAMPTZ, n BIGINT) AS x + to_days(n), " +
              "(x VARCHAR, n BIGINT) AS CAST(x AS TIMESTAMP) + to_days(n), " +
              $"(x {Tz}, n BIGINT) AS sf_tz_from_wall(sf_tz_wall(x) + to_days(n), {tzOffset})");
        Macro("sf_add_micros(x DATE, n BIGINT) AS CAST(x AS TIMESTAMP) + to_microseconds(n), " +
              "(x TIME, n BIGINT) AS x + to_microseconds(n), " +
              "(x TIMESTAMP, n BIGINT) AS x + to_microseconds(n), (x TIMESTAMPTZ, n BIGINT) AS x + to_microseconds(n), " +
              "(x VARCHAR, n BIGINT) AS CAST(x AS TIMESTAMP) + to_microseconds(n), " +
              $"(x {Tz}, n BIGINT) AS sf_tz_from_wall(sf_tz_wall(x) + to_microseconds(n), {tzOffset})");

        // DATE ± an interval constant of whole days or more stays a DATE, as DATEADD(day | month | year, ...) does.
        Macro("sf_shift(x DATE, i INTERVAL) AS CAST(x + i AS DATE), (x TIMESTAMP, i INTERVAL) AS x + i, " +
              "(x TIMESTAMPTZ, i INTERVAL) AS x + i");
        Macro("sf_tz_shift(x, i) AS sf_tz_from_wall(sf_tz_wall(x) + i, struct_extract(x, 'offset_minutes'))");

        // DuckDB's date_diff counts part boundaries crossed, which is Snowflake's DATEDIFF rule.
        // TIMESTAMP_LTZ/TZ (TIMESTAMPTZ) counts boundaries in the session zone; mixed with TIMESTAMP_NTZ, the zoned value
        // is read as its session wall-clock time (as comparisons do), e.g. DATEDIFF(day, ntz_col, CURRENT_TIMESTAMP()).
        Macro("sf_datediff(p VARCHAR, a TIMESTAMP, b TIMESTAMP) AS date_diff(p, a, b), (p VARCHAR, a TIME, b TIME) AS date_diff(p, a, b), " +
              "(p VARCHAR, a TIMESTAMPTZ, b TIMESTAMPTZ) AS date_diff(p, a, b), " +
              "(p VARCHAR, a TIMESTAMP, b TIMESTAMPTZ) AS date_diff(p, a, CAST(b AS TIMESTAMP)), " +
              "(p VARCHAR, a TIMESTAMPTZ, b TIMESTAMP) AS date_diff(p, CAST(a AS TIMESTAMP), b), " +
              "(p VARCHAR, a VARCHAR, b VARCHAR) AS date_diff(p, CAST(a AS TIMESTAMP), CAST(b AS TIMESTAMP))");
        Macro("sf_datediff_week_local(a, b) AS " +
              "((CAST(b AS DATE) - CAST(sf_days_into_week(b) AS INTEGER)) - (CAST(a AS DATE) - CAST(sf_days_into_week(a) AS INTEGER))) // 7");
        Macro("sf_datediff_week(a TIMESTAMP, b TIMESTAMP) AS sf_datediff_week_local(a, b), " +
              "(a TIMESTAMPTZ, b TIMESTAMPTZ) AS sf_datediff_week_local(CAST(a AS TIMESTAMP), CAST(b AS TIMESTAMP)), " +
              "(a TIMESTAMP, b TIMESTAMPTZ) AS sf_datediff_week_local(a, CAST(b AS TIMESTAMP)), " +
              "(a TIMESTAMPTZ, b TIMESTAMP) AS sf_datediff_week_local(CAST(a AS TIMESTAMP), b)");

        Macro("sf_trunc(p VARCHAR, x DATE) AS CAST(date_trunc(p, x) AS DATE), " +
              "(p VARCHAR, x TIMESTAMP) AS date_trunc(p, x), (p VARCHAR, x TIMESTAMPTZ) AS date_trunc(p, x), " +
              "(p VARCHAR, x TIME) AS CAST(date_trunc(p, DATE '1970-01-01' + x) AS TIME), " +
              "(p VARCHAR, x VARCHAR) AS date_trunc(p, CAST(x AS TIMESTAMP)), " +
              $"(p VARCHAR, x {Tz}) AS sf_tz_from_wall(date_trunc(p, sf_tz_wall(x)), {tzOffset})");
        Macro("sf_trunc_week(x DATE) AS x - CAST(sf_days_into_week(x) AS INTEGER), " +
              "(x TIMESTAMP) AS CAST(CAST(x AS DATE) - CAST(sf_days_into_week(x) AS INTEGER) AS TIMESTAMP), " +
              "(x TIMESTAMPTZ) AS date_trunc('day', x) - to_days(CAST(sf_days_into_week(x) AS BIGINT)), " +
              "(x VARCHAR) AS CAST(CAST(x AS DATE) - CAST(sf_days_into_week(CAST(x AS DATE)) AS INTEGER) AS TIMESTAMP), " +
              $"(x {Tz}) AS sf_tz_from_wall(CAST(CAST(sf_tz_wall(x) AS DATE) - CAST(sf_days_into_week(sf_tz_wall(x)) AS INTEGER) AS TIMESTAMP), {tzOffset})");

        // ADD_MONTHS: the last day of a month maps to the last day of the target month.
        Macro("sf_add_months_eom(x DATE, n BIGINT) AS CASE WHEN x = last_day(x) THEN last_day(x + to_months(n)) ELSE CAST(x + to_months(n) AS DATE) END, " +
              "(x TIMESTAMP, n BIGINT) AS CASE WHEN CAST(x AS DATE) = last_day(x) THEN last_day(x + to_months(n)) + CAST(x AS TIME) ELSE x + to_months(n) END, " +
              "(x TIMESTAMPTZ, n BIGINT) AS CASE WHEN CAST(x AS DATE) = last_day(x) THEN CAST(last_day(x + to_months(n)) + CAST(x AS TIME) AS TIMESTAMPTZ) ELSE x + to_months(n) END");
        // MONTHS_BETWEEN ignores the time of day; day differences count in 31-day months
        // (https://docs.snowflake.com/en/sql-reference/functions/months_between).
        Macro("sf_months_between(a DATE, b DATE) AS CAST(round((year(a) - year(b)) * 12 + month(a) - month(b) + " +
              "CASE WHEN day(a) = day(b) OR (a = last_day(a) AND b = last_day(b)) THEN 0 ELSE (day(a) - day(b)) / 31.0 END, 6) AS DECIMAL(38,6))");
        Macro("sf_dow_number(s) AS CASE upper(left(trim(s), 2)) WHEN 'MO' THEN 1 WHEN 'TU' THEN 2 WHEN 'WE' THEN 3 WHEN 'TH' THEN 4 " +
              "WHEN 'FR' THEN 5 WHEN 'SA' THEN 6 WHEN 'SU' THEN 7 ELSE error('Invalid day of week: ' || s) END");
        Macro("sf_next_day(x, s) AS CAST(x AS DATE) + CAST((sf_dow_number(s) - isodow(x) + 6) % 7 + 1 AS INTEGER)");
        Macro("sf_previous_day(x, s) AS CAST(x AS DATE) - CAST((isodow(x) - sf_dow_number(s) + 6) % 7 + 1 AS INTEGER)");
        // Parts overflow like Snowflake: month 0 is December of the previous year, day 0 the previous month's last day.
        Macro("sf_date_from_parts(y, m, d) AS CAST(make_date(CAST(y AS BIGINT), 1, 1) + to_months(CAST(m AS BIGINT) - 1) + to_days(CAST(d AS BIGINT) - 1) AS DATE)");
        Macro("sf_time_micros(h, mi, s, ns) AS CAST(h AS BIGINT) * 3600000000 + CAST(mi AS BIGINT) * 60000000 + " +
              "CAST(CAST(s AS DOUBLE) * 1000000 AS BIGINT) + CAST(ns AS BIGINT) // 1000");
        Macro("sf_time_from_parts(h, mi, s, ns) AS TIME '00:00:00' + to_microseconds(sf_time_micros(h, mi, s, ns) % 86400000000)");
        Macro("sf_timestamp_from_parts(y, mo, d, h, mi, s, ns) AS CAST(sf_date_from_parts(y, mo, d) AS TIMESTAMP) + to_microseconds(sf_time_micros(h, mi, s, ns))");
        // TIME_SLICE: slices count from 1970-01-01 (o); week slices from the start of the week holding that day.
        Macro("sf_time_slice(x DATE, iv INTERVAL, e BOOLEAN, o TIMESTAMP) AS CAST(time_bucket(iv, CAST(x AS TIMESTAMP), o) + CASE WHEN e THEN iv ELSE INTERVAL 0 DAY END AS DATE), " +
              "(x TIMESTAMP, iv INTERVAL, e BOOLEAN, o TIMESTAMP) AS time_bucket(iv, x, o) + CASE WHEN e THEN iv ELSE INTERVAL 0 DAY END, " +
              "(x TIMESTAMPTZ, iv INTERVAL, e BOOLEAN, o TIMESTAMP) AS CAST(time_bucket(iv, CAST(x AS TIMESTAMP), o) + CASE WHEN e THEN iv ELSE INTERVAL 0 DAY END AS TIMESTAMPTZ)");
    }

    private static void RegisterDateTime()
    {
        RegisterTimestampTzMacros();
        RegisterDateTimeMacros();
        RegisterConversionMacros();
        RegisterTimestampTzConversionMacros();

        foreach (var name in new[] { "DATEADD", "TIMEADD", "TIMESTAMPADD" })
            Scalar(name, 3, 3, TranslateDateAdd);
        foreach (var name in new[] { "DATEDIFF", "TIMEDIFF", "TIMESTAMPDIFF" })
            Scalar(name, 3, 3, TranslateDateDiff);
        Scalar("DATE_TRUNC", 2, 2, c => TranslateDateTruncPart(RequirePart(c, 0), Temporal(c.Arguments[1].Sql)));
        Scalar("DATE_PART", 2, 2, c => TranslateExtract(RequirePart(c, 0), Temporal(c.Arguments[1].Sql)));
        Alias("EXTRACT", "DATE_PART");

        RegisterPartFunction("YEAR", DatePartKind.Year);
        RegisterPartFunction("QUARTER", DatePartKind.Quarter);
        RegisterPartFunction("MONTH", DatePartKind.Month);
        RegisterPartFunction("WEEK", DatePartKind.Week);
        RegisterPartFunction("WEEKOFYEAR", DatePartKind.Week);
        RegisterPartFunction("WEEKISO", DatePartKind.WeekIso);
        RegisterPartFunction("DAY", DatePartKind.Day);
        RegisterPartFunction("DAYOFMONTH", DatePartKind.Day);
        RegisterPartFunction("DAYOFWEEK", DatePartKind.DayOfWeek);
        RegisterPartFunction("DAYOFWEEKISO", DatePartKind.DayOfWeekIso);
        RegisterPartFunction("DAYOFYEAR", DatePartKind.DayOfYear);
        RegisterPartFunction("YEAROFWEEK", DatePartKind.YearOfWeek);
        RegisterPartFunction("YEAROFWEEKISO", DatePartKind.YearOfWeekIso);
        RegisterPartFunction("HOUR", DatePartKind.Hour);
        RegisterPartFunction("MINUTE", DatePartKind.Minute);
        RegisterPartFunction("SECOND", DatePartKind.Second);

        // Three-letter English names, as Snowflake returns them.
        Simple("DAYNAME", 1, 1, a => $"strftime(sf_temporal({Temporal(a[0])}), '%a')");
        Simple("MONTHNAME", 1, 1, a => $"strftime(sf_temporal({Temporal(a[0])}), '%b')");
        Scalar("LAST_DAY", 1, 2, TranslateLastDay);
        Simple("NEXT_DAY", 2, 2, a => $"sf_next_day({a[0]}, {a[1]})");
        Simple("PREVIOUS_DAY", 2, 2, a => $"sf_previous_day({a[0]}, {a[1]})");
        Simple("ADD_MONTHS", 2, 2, a => $"sf_add_months_eom({a[0]}, CAST({a[1]} AS BIGINT))");
        Simple("MONTHS_BETWEEN", 2, 2, a => $"sf_months_between(CAST({a[0]} AS DATE), CAST({a[1]} AS DATE))");
        Simple("DATE_FROM_PARTS", 3, 3, a => $"sf_date_from_parts({a[0]}, {a[1]}, {a[2]})");
        Alias("DATEFROMPARTS", "DATE_FROM_PARTS");
        Simple("TIME_FROM_PARTS", 3, 4, a => $"sf_time_from_parts({a[0]}, {a[1]}, {a[2]}, {(a.Length > 3 ? a[3] : "0")})");
        Alias("TIMEFROMPARTS", "TIME_FROM_PARTS");
        Scalar("TIMESTAMP_FROM_PARTS", 2, 7, c => TranslateTimestampFromParts(c, "TIMESTAMP"));
        Alias("TIMESTAMPFROMPARTS", "TIMESTAMP_FROM_PARTS");
        Scalar("TIMESTAMP_NTZ_FROM_PARTS", 2, 7, c => TranslateTimestampFromParts(c, "TIMESTAMP"));
        Alias("TIMESTAMPNTZFROMPARTS", "TIMESTAMP_NTZ_FROM_PARTS");
        Scalar("TIMESTAMP_LTZ_FROM_PARTS", 6, 7, c => TranslateTimestampFromParts(c, "TIMESTAMPTZ"));
        Alias("TIMESTAMPLTZFROMPARTS", "TIMESTAMP_LTZ_FROM_PARTS");
        Scalar("TIMESTAMP_TZ_FROM_PARTS", 2, 8, TranslateTimestampTzFromParts);
        Alias("TIMESTAMPTZFROMPARTS", "TIMESTAMP_TZ_FROM_PARTS");
        Scalar("TIME_SLICE", 3, 4, TranslateTimeSlice);
        Scalar("CONVERT_TIMEZONE", 2, 3, TranslateConvertTimezone);

        // Current date/time. CURRENT_TIMESTAMP is TIMESTAMP_LTZ (DuckDB TIMESTAMPTZ in the session time zone).
        Simple("CURRENT_DATE", 0, 0, _ => "current_date");
        Simple("CURRENT_TIMESTAMP", 0, 1, _ => "current_timestamp");
        NotReusable("CURRENT_DATE", "CURRENT_TIMESTAMP");
        Alias("GETDATE", "CURRENT_TIMESTAMP");
        Alias("LOCALTIMESTAMP", "CURRENT_TIMESTAMP");
        Alias("SYSTIMESTAMP", "CURRENT_TIMESTAMP");
        Simple("CURRENT_TIME", 0, 1, _ => "CAST(current_timestamp AS TIME)");
        NotReusable("CURRENT_TIME");
        Alias("LOCALTIME", "CURRENT_TIME");
        // SYSDATE is the current UTC time as TIMESTAMP_NTZ.
        Simple("SYSDATE", 0, 0, _ => "timezone('UTC', current_timestamp)");
        NotReusable("SYSDATE");
    }

    /// <summary>
    /// An untyped NULL literal cannot pick among DuckDB's date/time overloads ("could not choose a best candidate");
    /// Snowflake gives NULL, so the literal is typed as a timestamp. String literals are cast likewise.
    /// </summary>
    internal static string Temporal(string sql)
    {
        var text = sql.Trim();
        if (text.Equals("NULL", StringComparison.OrdinalIgnoreCase)) return "CAST(NULL AS TIMESTAMP)";
        // A string literal is converted implicitly in Snowflake (YEAR('2024-05-17')); DuckDB needs the cast.
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'') return $"CAST({text} AS TIMESTAMP)";
        return sql;
    }

    private static void RegisterPartFunction(string name, DatePartKind part) =>
        Scalar(name, 1, 1, c => TranslateExtract(part, Temporal(c.Arguments[0].Sql)));

    /// <summary>The date part named by argument <paramref name="index"/> (bare word or string literal).</summary>
    private static DatePartKind RequirePart(FunctionCall call, int index)
    {
        var text = Constant(call.Arguments[index]);
        if (text is null)
            throw SnowflakeErrors.Unsupported($"{call.Name} with a non-constant date part");
        if (!DatePart.TryResolve(text, out var kind))
            throw new SnowflakeSqlException("002036", "22023",
                $"SQL compilation error:\ninvalid value [{text}] for parameter 'date or time part'");
        return kind;
    }

    internal static string TranslateExtract(DatePartKind part, string value)
    {
        // A TIMESTAMP_TZ value's offset is its own; other values have the session zone's (or none).
        if (part is DatePartKind.TimezoneHour or DatePartKind.TimezoneMinute)
            return $"coalesce(sf_tz_offset_part({value}, {(part == DatePartKind.TimezoneHour ? "'hour'" : "'minute'")}), {ExtractFrom(part, $"sf_temporal({value})")})";
        // Text (e.g. a VARCHAR column) converts implicitly in Snowflake; sf_temporal passes other types unchanged.
        var x = $"sf_temporal({value})";
        return ExtractFrom(part, x);
    }

    private static string ExtractFrom(DatePartKind part, string x) => part switch
    {
        DatePartKind.Year => $"year({x})",
        DatePartKind.Quarter => $"quarter({x})",
        DatePartKind.Month => $"month({x})",
        DatePartKind.Week => $"sf_week({x})",
        DatePartKind.WeekIso => $"weekofyear({x})",
        DatePartKind.Day => $"day({x})",
        DatePartKind.DayOfWeek => $"sf_dayofweek({x})",
        DatePartKind.DayOfWeekIso => $"isodow({x})",
        DatePartKind.DayOfYear => $"dayofyear({x})",
        DatePartKind.YearOfWeek => $"sf_yearofweek({x})",
        DatePartKind.YearOfWeekIso => $"isoyear({x})",
        DatePartKind.Hour => $"hour({x})",
        DatePartKind.Minute => $"minute({x})",
        DatePartKind.Second => $"second({x})",
        // DuckDB's sub-second parts include the whole seconds; Snowflake's are the fraction only.
        DatePartKind.Millisecond => $"(millisecond({x}) % 1000)",
        DatePartKind.Microsecond => $"(microsecond({x}) % 1000000)",
        DatePartKind.Nanosecond => $"(nanosecond({x}) % 1000000000)",
        DatePartKind.EpochSecond => $"CAST(floor(epoch({x})) AS BIGINT)",
        DatePartKind.EpochMillisecond => $"epoch_ms({x})",
        DatePartKind.EpochMicrosecond => $"epoch_us({x})",
        DatePartKind.EpochNanosecond => $"epoch_ns({x})",
        DatePartKind.TimezoneHour => $"timezone_hour({x})",
        DatePartKind.TimezoneMinute => $"timezone_minute({x})",
        _ => throw SnowflakeErrors.Unsupported($"date part {part}"),
    };

    private static string TranslateDateAdd(FunctionCall call)
    {
        var part = RequirePart(call, 0);
        var n = $"CAST({call.Arguments[1].Sql} AS BIGINT)";
        var x = Temporal(call.Arguments[2].Sql);
        return part switch
        {
            DatePartKind.Year => $"sf_add_months({x}, {n} * 12)",
            DatePartKind.Quarter => $"sf_add_months({x}, {n} * 3)",
            DatePartKind.Month => $"sf_add_months({x}, {n})",
            DatePartKind.Week => $"sf_add_days({x}, {n} * 7)",
            DatePartKind.Day => $"sf_add_days({x}, {n})",
            DatePartKind.Hour => $"sf_add_micros({x}, {n} * 3600000000)",
            DatePartKind.Minute => $"sf_add_micros({x}, {n} * 60000000)",
            DatePartKind.Second => $"sf_add_micros({x}, {n} * 1000000)",
            DatePartKind.Millisecond => $"sf_add_micros({x}, {n} * 1000)",
            DatePartKind.Microsecond => $"sf_add_micros({x}, {n})",
            // DuckDB timestamps hold microseconds; whole microseconds of a nanosecond shift are kept.
            DatePartKind.Nanosecond => $"sf_add_micros({x}, {n} // 1000)",
            _ => throw SnowflakeErrors.Unsupported($"{call.Name} with date part {part}"),
        };
    }

    /// <summary>
    /// A date-like string literal (DATEDIFF(month, signup, '2024-12-31'), DATEDIFF(week, '2024-03-01', '2024-03-11'))
    /// becomes a TIMESTAMP, as Snowflake converts it; other strings keep the text overload (times, read by DuckDB).
    /// </summary>
    private static (string A, string B) DateDiffOperands(string a, string b) =>
        (IsDateLikeLiteral(a) ? Temporal(a) : a, IsDateLikeLiteral(b) ? Temporal(b) : b);

    private static bool IsDateLikeLiteral(string sql)
    {
        var text = sql.Trim();
        return text.Length >= 12 && text[0] == '\'' && text[^1] == '\'' && text[5] == '-' && text.Skip(1).Take(4).All(char.IsAsciiDigit);
    }

    private static string TranslateDateDiff(FunctionCall call)
    {
        var part = RequirePart(call, 0);
        var (a, b) = DateDiffOperands(call.Arguments[1].Sql, call.Arguments[2].Sql);
        // TIMESTAMP_TZ values count boundaries between their instants, as TIMESTAMP_LTZ values do.
        (a, b) = ($"sf_tz_instant({a})", $"sf_tz_instant({b})");
        return part switch
        {
            DatePartKind.Year => $"sf_datediff('year', {a}, {b})",
            DatePartKind.Quarter => $"sf_datediff('quarter', {a}, {b})",
            DatePartKind.Month => $"sf_datediff('month', {a}, {b})",
            DatePartKind.Week => $"sf_datediff_week({a}, {b})",
            DatePartKind.Day => $"sf_datediff('day', {a}, {b})",
            DatePartKind.Hour => $"sf_datediff('hour', {a}, {b})",
            DatePartKind.Minute => $"sf_datediff('minute', {a}, {b})",
            DatePartKind.Second => $"sf_datediff('second', {a}, {b})",
            DatePartKind.Millisecond => $"sf_datediff('millisecond', {a}, {b})",
            DatePartKind.Microsecond => $"sf_datediff('microsecond', {a}, {b})",
            DatePartKind.Nanosecond => $"(sf_datediff('microsecond', {a}, {b}) * 1000)",
            _ => throw SnowflakeErrors.Unsupported($"{call.Name} with date part {part}"),
        };
    }

    internal static string TranslateDateTruncPart(DatePartKind part, string x) => part switch
    {
        DatePartKind.Year => $"sf_trunc('year', {x})",
        DatePartKind.Quarter => $"sf_trunc('quarter', {x})",
        DatePartKind.Month => $"sf_trunc('month', {x})",
        DatePartKind.Week => $"sf_trunc_week({x})",
        DatePartKind.Day => $"sf_trunc('day', {x})",
        DatePartKind.Hour => $"sf_trunc('hour', {x})",
        DatePartKind.Minute => $"sf_trunc('minute', {x})",
        DatePartKind.Second => $"sf_trunc('second', {x})",
        DatePartKind.Millisecond => $"sf_trunc('millisecond', {x})",
        DatePartKind.Microsecond => $"sf_trunc('microsecond', {x})",
        DatePartKind.Nanosecond => x,
        _ => throw SnowflakeErrors.Unsupported($"DATE_TRUNC with date part {part}"),
    };

    private static string TranslateLastDay(FunctionCall call)
    {
        var x = $"sf_temporal({Temporal(call.Arguments[0].Sql)})";
        var part = call.Arguments.Count > 1 ? RequirePart(call, 1) : DatePartKind.Month;
        return part switch
        {
            DatePartKind.Month => $"last_day({x})",
            DatePartKind.Year => $"make_date(year({x}), 12, 31)",
            DatePartKind.Quarter => $"CAST(date_trunc('quarter', {x}) + INTERVAL 3 MONTH - INTERVAL 1 DAY AS DATE)",
            DatePartKind.Week => $"(CAST({x} AS DATE) - CAST(sf_days_into_week({x}) AS INTEGER) + 6)",
            _ => throw SnowflakeErrors.Unsupported($"LAST_DAY with date part {part}"),
        };
    }

    private static string TranslateTimestampFromParts(FunctionCall call, string type)
    {
        var a = Args(call);
        if (a.Length == 2)
            return $"CAST(CAST({a[0]} AS DATE) + CAST({a[1]} AS TIME) AS {type})";
        if (a.Length < 6)
            throw SnowflakeErrors.Unsupported($"{call.Name} with {a.Length} arguments");
        var ns = a.Length > 6 ? a[6] : "0";
        var wallClock = $"sf_timestamp_from_parts({a[0]}, {a[1]}, {a[2]}, {a[3]}, {a[4]}, {a[5]}, {ns})";
        // The eighth argument names the time zone the parts are read in (TIMESTAMP_TZ_FROM_PARTS).
        if (a.Length == 8)
            return $"timezone({a[7]}, {wallClock})";
        return $"CAST({wallClock} AS {type})";
    }

    /// <summary>
    /// TIMESTAMP_TZ_FROM_PARTS: the parts are a wall clock in the eighth argument's time zone (which gives the offset),
    /// else in the session time zone.
    /// </summary>
    private static string TranslateTimestampTzFromParts(FunctionCall call)
    {
        var a = Args(call);
        if (a.Length != 8)
            return $"sf_to_tz({TranslateTimestampFromParts(call, "TIMESTAMP")})";
        var wallClock = $"sf_timestamp_from_parts({a[0]}, {a[1]}, {a[2]}, {a[3]}, {a[4]}, {a[5]}, {a[6]})";
        return $"sf_tz_at_zone({a[7]}, timezone({a[7]}, {wallClock}))";
    }

    private static string TranslateTimeSlice(FunctionCall call)
    {
        var part = RequirePart(call, 2);
        var unit = part switch
        {
            DatePartKind.Year => "year", DatePartKind.Quarter => null, DatePartKind.Month => "month",
            DatePartKind.Week => "week", DatePartKind.Day => "day", DatePartKind.Hour => "hour",
            DatePartKind.Minute => "minute", DatePartKind.Second => "second",
            _ => throw SnowflakeErrors.Unsupported($"TIME_SLICE with date part {part}"),
        };
        var n = $"CAST({call.Arguments[1].Sql} AS BIGINT)";
        var interval = unit is null ? $"to_months({n} * 3)" : $"to_{unit}s({n})";
        var end = call.Arguments.Count > 3 && (Constant(call.Arguments[3]) ?? "").Equals("END", StringComparison.OrdinalIgnoreCase);
        var origin = part == DatePartKind.Week ? "CAST(sf_trunc_week(DATE '1970-01-01') AS TIMESTAMP)" : "TIMESTAMP '1970-01-01'";
        return $"sf_time_slice({Temporal(call.Arguments[0].Sql)}, {interval}, {(end ? "true" : "false")}, {origin})";
    }

    /// <summary>
    /// CONVERT_TIMEZONE(source, target, ntz) returns the target wall-clock time (TIMESTAMP_NTZ). The two-argument form
    /// (target, ts) returns a TIMESTAMP_TZ: the same instant with the target zone's offset at that instant.
    /// </summary>
    private static string TranslateConvertTimezone(FunctionCall call)
    {
        var a = Args(call);
        return a.Length == 3
            ? $"timezone({a[1]}, timezone({a[0]}, CAST({a[2]} AS TIMESTAMP)))"
            : $"sf_tz_at_zone({a[0]}, sf_to_tstz({a[1]}))";
    }
}
