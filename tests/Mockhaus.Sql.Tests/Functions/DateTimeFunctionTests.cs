namespace Mockhaus.Sql.Tests.Functions;

// https://docs.snowflake.com/en/sql-reference/functions-date-time
public class DateTimeFunctionTests : FunctionTestBase
{
    [TestCase("DATEADD", new[] { "year", "2", "DATE '2013-05-08'" }, "2015-05-08")]
    [TestCase("DATEADD", new[] { "month", "1", "DATE '2000-01-31'" }, "2000-02-29")] // docs example
    [TestCase("DATEADD", new[] { "mon", "-1", "DATE '2000-03-31'" }, "2000-02-29")]
    [TestCase("DATEADD", new[] { "day", "-1", "DATE '2020-03-01'" }, "2020-02-29")]
    [TestCase("DATEADD", new[] { "'day'", "1", "DATE '2020-12-31'" }, "2021-01-01")]
    [TestCase("DATEADD", new[] { "quarter", "1", "DATE '2020-11-30'" }, "2021-02-28")]
    [TestCase("DATEADD", new[] { "week", "2", "DATE '2020-01-01'" }, "2020-01-15")]
    [TestCase("DATEADD", new[] { "yy", "1", "TIMESTAMP '2020-02-29 10:00:00'" }, "2021-02-28 10:00:00")]
    [TestCase("DATEADD", new[] { "hour", "2", "TIMESTAMP '2013-05-08 11:22:33.444'" }, "2013-05-08 13:22:33.444")]
    [TestCase("DATEADD", new[] { "h", "2", "DATE '2020-01-01'" }, "2020-01-01 02:00:00")]
    [TestCase("DATEADD", new[] { "minute", "30", "TIME '10:45:00'" }, "11:15:00")]
    [TestCase("TIMEADD", new[] { "second", "-5", "TIME '00:00:02'" }, "23:59:57")]
    [TestCase("TIMESTAMPADD", new[] { "ms", "1500", "TIMESTAMP '2020-01-01 00:00:00'" }, "2020-01-01 00:00:01.5")]
    [TestCase("DATEADD", new[] { "us", "7", "TIMESTAMP '2020-01-01 00:00:00'" }, "2020-01-01 00:00:00.000007")]
    [TestCase("DATEADD", new[] { "day", "1", "NULL::DATE" }, "NULL")]
    [TestCase("DATEADD", new[] { "day", "NULL", "DATE '2020-01-01'" }, "NULL")]
    [TestCase("DATEADD", new[] { "day", "1", "'2020-01-01'" }, "2020-01-02 00:00:00")]
    [TestCase("DATEDIFF", new[] { "year", "TIMESTAMP '2010-04-09 14:39:20'", "TIMESTAMP '2013-05-08 23:39:20'" }, "3")] // docs example
    [TestCase("DATEDIFF", new[] { "month", "DATE '2020-01-31'", "DATE '2020-02-01'" }, "1")] // boundaries, not full months
    [TestCase("DATEDIFF", new[] { "day", "TIMESTAMP '2020-01-01 23:59:00'", "TIMESTAMP '2020-01-02 00:01:00'" }, "1")]
    [TestCase("DATEDIFF", new[] { "hour", "TIMESTAMP '2013-05-08 23:39:20'", "TIMESTAMP '2013-05-09 00:01:00'" }, "1")]
    [TestCase("DATEDIFF", new[] { "day", "DATE '2020-03-01'", "DATE '2020-02-01'" }, "-29")]
    // Date strings convert implicitly, for every part (week boundaries fall on Mondays under WEEK_START 0).
    [TestCase("DATEDIFF", new[] { "week", "'2024-03-01'", "'2024-03-11'" }, "2")]
    [TestCase("DATEDIFF", new[] { "month", "'2024-01-31'", "'2024-02-01 10:00:00'" }, "1")]
    [TestCase("DATEDIFF", new[] { "quarter", "DATE '2020-03-31'", "DATE '2020-04-01'" }, "1")]
    [TestCase("DATEDIFF", new[] { "week", "DATE '2024-01-07'", "DATE '2024-01-08'" }, "1")] // Sunday -> Monday
    [TestCase("DATEDIFF", new[] { "week", "DATE '2024-01-08'", "DATE '2024-01-14'" }, "0")]
    [TestCase("DATEDIFF", new[] { "minute", "TIME '10:00:59'", "TIME '10:01:00'" }, "1")]
    [TestCase("TIMESTAMPDIFF", new[] { "second", "TIMESTAMP '2020-01-01 00:00:00'", "TIMESTAMP '2020-01-01 00:01:00.9'" }, "60")]
    [TestCase("DATEDIFF", new[] { "day", "NULL::DATE", "DATE '2020-01-01'" }, "NULL")]
    [TestCase("DATEDIFF", new[] { "day", "'2020-01-01'", "'2020-02-01'" }, "31")]
    [TestCase("DATE_TRUNC", new[] { "month", "DATE '2024-05-17'" }, "2024-05-01")]
    [TestCase("DATE_TRUNC", new[] { "'YEAR'", "TIMESTAMP '2024-05-17 10:11:12'" }, "2024-01-01 00:00:00")]
    [TestCase("DATE_TRUNC", new[] { "quarter", "DATE '2024-05-17'" }, "2024-04-01")]
    [TestCase("DATE_TRUNC", new[] { "week", "DATE '2024-05-17'" }, "2024-05-13")]
    [TestCase("DATE_TRUNC", new[] { "week", "TIMESTAMP '2024-05-19 10:00:00'" }, "2024-05-13 00:00:00")]
    [TestCase("DATE_TRUNC", new[] { "hour", "TIMESTAMP '2024-05-17 10:45:12'" }, "2024-05-17 10:00:00")]
    [TestCase("DATE_TRUNC", new[] { "minute", "TIME '10:45:12'" }, "10:45:00")]
    [TestCase("DATE_TRUNC", new[] { "day", "NULL::TIMESTAMP" }, "NULL")]
    [TestCase("TRUNC", new[] { "DATE '2024-05-17'", "'MONTH'" }, "2024-05-01")]
    [TestCase("DATE_PART", new[] { "year", "DATE '2024-05-17'" }, "2024")]
    [TestCase("DATE_PART", new[] { "'quarter'", "DATE '2024-05-17'" }, "2")]
    [TestCase("EXTRACT", new[] { "dow", "DATE '2024-05-19'" }, "0")]
    [TestCase("DATE_PART", new[] { "epoch_second", "TIMESTAMP '1970-01-02 00:00:00.9'" }, "86400")]
    [TestCase("DATE_PART", new[] { "epoch_millisecond", "TIMESTAMP '1970-01-01 00:00:01.5'" }, "1500")]
    [TestCase("DATE_PART", new[] { "nanosecond", "TIMESTAMP '2024-05-17 10:00:05.123456'" }, "123456000")]
    [TestCase("DATE_PART", new[] { "ms", "TIMESTAMP '2024-05-17 10:00:05.123456'" }, "123")]
    [TestCase("DATE_PART", new[] { "doy", "DATE '2024-12-31'" }, "366")]
    [TestCase("YEAR", new[] { "DATE '2024-05-17'" }, "2024")]
    [TestCase("QUARTER", new[] { "DATE '2024-12-17'" }, "4")]
    [TestCase("MONTH", new[] { "DATE '2024-05-17'" }, "5")]
    [TestCase("DAY", new[] { "DATE '2024-05-17'" }, "17")]
    [TestCase("DAYOFMONTH", new[] { "DATE '2024-05-17'" }, "17")]
    [TestCase("DAYOFYEAR", new[] { "DATE '2024-02-01'" }, "32")]
    [TestCase("HOUR", new[] { "TIMESTAMP '2024-05-17 13:14:15'" }, "13")]
    [TestCase("MINUTE", new[] { "TIME '13:14:15'" }, "14")]
    [TestCase("SECOND", new[] { "TIMESTAMP '2024-05-17 13:14:15.9'" }, "15")]
    [TestCase("YEAR", new[] { "NULL::DATE" }, "NULL")]
    // WEEK_START 0 (default): DAYOFWEEK is 0 = Sunday .. 6 = Saturday.
    [TestCase("DAYOFWEEK", new[] { "DATE '2024-05-19'" }, "0")]
    [TestCase("DAYOFWEEK", new[] { "DATE '2024-05-20'" }, "1")]
    [TestCase("DAYOFWEEK", new[] { "DATE '2024-05-25'" }, "6")]
    [TestCase("DAYOFWEEKISO", new[] { "DATE '2024-05-19'" }, "7")]
    // WEEK_OF_YEAR_POLICY 0: ISO-like weeks; 2021-01-01 (Friday) is in week 53 of 2020.
    [TestCase("WEEK", new[] { "DATE '2021-01-01'" }, "53")]
    [TestCase("WEEKOFYEAR", new[] { "DATE '2024-01-01'" }, "1")]
    [TestCase("YEAROFWEEK", new[] { "DATE '2021-01-01'" }, "2020")]
    [TestCase("WEEKISO", new[] { "DATE '2021-01-03'" }, "53")]
    [TestCase("YEAROFWEEKISO", new[] { "DATE '2021-01-03'" }, "2020")]
    [TestCase("WEEK", new[] { "DATE '2024-12-30'" }, "1")]
    [TestCase("YEAROFWEEK", new[] { "DATE '2024-12-30'" }, "2025")]
    [TestCase("DAYNAME", new[] { "DATE '2024-05-19'" }, "Sun")]
    [TestCase("MONTHNAME", new[] { "TIMESTAMP '2024-05-19 10:00:00'" }, "May")]
    [TestCase("DAYNAME", new[] { "NULL::DATE" }, "NULL")]
    [TestCase("LAST_DAY", new[] { "DATE '2024-02-10'" }, "2024-02-29")]
    [TestCase("LAST_DAY", new[] { "DATE '2024-02-10'", "'year'" }, "2024-12-31")]
    [TestCase("LAST_DAY", new[] { "DATE '2024-02-10'", "quarter" }, "2024-03-31")]
    [TestCase("LAST_DAY", new[] { "DATE '2024-02-07'", "week" }, "2024-02-11")]
    [TestCase("LAST_DAY", new[] { "TIMESTAMP '2023-02-10 10:00:00'" }, "2023-02-28")]
    [TestCase("NEXT_DAY", new[] { "DATE '2024-05-17'", "'Friday'" }, "2024-05-24")] // strictly after
    [TestCase("NEXT_DAY", new[] { "DATE '2024-05-17'", "'mo'" }, "2024-05-20")]
    [TestCase("PREVIOUS_DAY", new[] { "DATE '2024-05-17'", "'Friday'" }, "2024-05-10")]
    [TestCase("PREVIOUS_DAY", new[] { "DATE '2024-05-17'", "'th'" }, "2024-05-16")]
    [TestCase("NEXT_DAY", new[] { "NULL::DATE", "'mo'" }, "NULL")]
    // ADD_MONTHS keeps month ends at month ends: https://docs.snowflake.com/en/sql-reference/functions/add_months
    [TestCase("ADD_MONTHS", new[] { "DATE '2016-02-29'", "1" }, "2016-03-31")]
    [TestCase("ADD_MONTHS", new[] { "DATE '2016-05-15'", "2" }, "2016-07-15")]
    [TestCase("ADD_MONTHS", new[] { "DATE '2016-01-31'", "1" }, "2016-02-29")]
    [TestCase("ADD_MONTHS", new[] { "DATE '2016-03-31'", "-1" }, "2016-02-29")]
    [TestCase("ADD_MONTHS", new[] { "TIMESTAMP '2016-04-30 10:00:00'", "1" }, "2016-05-31 10:00:00")]
    [TestCase("ADD_MONTHS", new[] { "NULL::DATE", "1" }, "NULL")]
    // https://docs.snowflake.com/en/sql-reference/functions/months_between
    [TestCase("MONTHS_BETWEEN", new[] { "DATE '2019-03-15'", "DATE '2019-02-15'" }, "1.000000")]
    [TestCase("MONTHS_BETWEEN", new[] { "DATE '2019-03-31'", "DATE '2019-02-28'" }, "1.000000")]
    [TestCase("MONTHS_BETWEEN", new[] { "TIMESTAMP '2019-03-01 02:00:00'", "TIMESTAMP '2019-02-15 01:00:00'" }, "0.548387")]
    [TestCase("MONTHS_BETWEEN", new[] { "DATE '2019-02-15'", "DATE '2019-03-01'" }, "-0.548387")]
    [TestCase("MONTHS_BETWEEN", new[] { "NULL::DATE", "DATE '2019-03-01'" }, "NULL")]
    // https://docs.snowflake.com/en/sql-reference/functions/date_from_parts
    [TestCase("DATE_FROM_PARTS", new[] { "2004", "2", "1" }, "2004-02-01")]
    [TestCase("DATE_FROM_PARTS", new[] { "2004", "1", "0" }, "2003-12-31")]
    [TestCase("DATE_FROM_PARTS", new[] { "2004", "0", "1" }, "2003-12-01")]
    [TestCase("DATE_FROM_PARTS", new[] { "2010", "1", "100" }, "2010-04-10")]
    [TestCase("DATE_FROM_PARTS", new[] { "2004", "-1", "-1" }, "2003-10-30")]
    [TestCase("DATE_FROM_PARTS", new[] { "NULL", "1", "1" }, "NULL")]
    [TestCase("TIME_FROM_PARTS", new[] { "12", "34", "56" }, "12:34:56")]
    [TestCase("TIME_FROM_PARTS", new[] { "0", "100", "0" }, "01:40:00")]
    [TestCase("TIME_FROM_PARTS", new[] { "12", "0", "12345" }, "15:25:45")]
    [TestCase("TIME_FROM_PARTS", new[] { "0", "-1", "0" }, "23:59:00")] // wraps around midnight
    [TestCase("TIME_FROM_PARTS", new[] { "12", "34", "56", "987654321" }, "12:34:56.987654")]
    [TestCase("TIMESTAMP_FROM_PARTS", new[] { "2013", "4", "5", "12", "0", "0" }, "2013-04-05 12:00:00")]
    [TestCase("TIMESTAMP_FROM_PARTS", new[] { "2013", "4", "5", "12", "0", "-3600" }, "2013-04-05 11:00:00")]
    [TestCase("TIMESTAMP_NTZ_FROM_PARTS", new[] { "2013", "4", "5", "12", "0", "0", "987654321" }, "2013-04-05 12:00:00.987654")]
    [TestCase("TIMESTAMP_FROM_PARTS", new[] { "DATE '2013-04-05'", "TIME '12:00:00'" }, "2013-04-05 12:00:00")]
    [TestCase("TIMESTAMP_LTZ_FROM_PARTS", new[] { "2013", "4", "5", "12", "0", "0" }, "2013-04-05 12:00:00+00")]
    [TestCase("TIMESTAMP_TZ_FROM_PARTS", new[] { "2013", "4", "5", "12", "0", "0", "0", "'America/Los_Angeles'" }, "{'utc': '2013-04-05 19:00:00+00', 'offset_minutes': -420}")]
    // https://docs.snowflake.com/en/sql-reference/functions/time_slice
    [TestCase("TIME_SLICE", new[] { "TIMESTAMP '2019-02-28 12:34:56'", "4", "'HOUR'" }, "2019-02-28 12:00:00")]
    [TestCase("TIME_SLICE", new[] { "DATE '2019-02-28'", "4", "'MONTH'", "'START'" }, "2019-01-01")]
    [TestCase("TIME_SLICE", new[] { "DATE '2019-02-28'", "4", "'MONTH'", "'END'" }, "2019-05-01")]
    [TestCase("TIME_SLICE", new[] { "TIMESTAMP '2019-02-28 12:34:56'", "15", "'MINUTE'" }, "2019-02-28 12:30:00")]
    // Week slices start on the week holding 1970-01-01: Monday 1969-12-29 under the default WEEK_START.
    [TestCase("TIME_SLICE", new[] { "DATE '1970-01-11'", "2", "'WEEK'" }, "1969-12-29")]
    [TestCase("TIME_SLICE", new[] { "DATE '1970-01-12'", "2", "'WEEK'" }, "1970-01-12")]
    [TestCase("TIME_SLICE", new[] { "NULL::DATE", "1", "'DAY'" }, "NULL")]
    // https://docs.snowflake.com/en/sql-reference/functions/convert_timezone
    [TestCase("CONVERT_TIMEZONE", new[] { "'America/Los_Angeles'", "'America/New_York'", "TIMESTAMP '2019-01-01 14:00:00'" }, "2019-01-01 17:00:00")]
    [TestCase("CONVERT_TIMEZONE", new[] { "'UTC'", "'Asia/Tokyo'", "TIMESTAMP '2019-07-01 00:00:00'" }, "2019-07-01 09:00:00")]
    // CONVERT_TIMEZONE(target, ts) is a TIMESTAMP_TZ: the same instant with the target zone's offset
    // (https://docs.snowflake.com/en/sql-reference/functions/convert_timezone).
    [TestCase("CONVERT_TIMEZONE", new[] { "'America/Los_Angeles'", "TIMESTAMPTZ '2024-01-01 00:00:00+00'" }, "{'utc': '2024-01-01 00:00:00+00', 'offset_minutes': -480}")]
    [TestCase("CONVERT_TIMEZONE", new[] { "'UTC'", "'Asia/Tokyo'", "NULL::TIMESTAMP" }, "NULL")]
    public void Evaluates(string function, string[] args, string expected) =>
        Assert.That(Eval(function, args), Is.EqualTo(expected));

    [TestCase("DATEADD", new[] { "month", "1", "DATE '2020-01-01'" }, "DATE")]
    [TestCase("DATEADD", new[] { "day", "1", "DATE '2020-01-01'" }, "DATE")]
    [TestCase("DATEADD", new[] { "hour", "1", "DATE '2020-01-01'" }, "TIMESTAMP")]
    [TestCase("DATEADD", new[] { "hour", "1", "TIMESTAMPTZ '2020-01-01 00:00:00+00'" }, "TIMESTAMP WITH TIME ZONE")]
    [TestCase("DATE_TRUNC", new[] { "month", "DATE '2020-01-05'" }, "DATE")]
    [TestCase("LAST_DAY", new[] { "DATE '2020-01-05'" }, "DATE")]
    [TestCase("ADD_MONTHS", new[] { "DATE '2020-01-05'", "1" }, "DATE")]
    [TestCase("CURRENT_DATE", new string[0], "DATE")]
    [TestCase("CURRENT_TIMESTAMP", new string[0], "TIMESTAMP WITH TIME ZONE")]
    [TestCase("GETDATE", new string[0], "TIMESTAMP WITH TIME ZONE")]
    [TestCase("SYSDATE", new string[0], "TIMESTAMP")]
    [TestCase("CURRENT_TIME", new string[0], "TIME")]
    public void KeepsSnowflakeResultTypes(string function, string[] args, string expectedType) =>
        Assert.That(TypeOf(function, args), Is.EqualTo(expectedType));

    [TestCase("7", "DATE '2024-05-19'", "1")] // WEEK_START = 7 (Sunday): Sunday is day 1
    [TestCase("7", "DATE '2024-05-25'", "7")]
    [TestCase("1", "DATE '2024-05-19'", "7")] // WEEK_START = 1 (Monday): Sunday is day 7
    [TestCase("3", "DATE '2024-05-22'", "1")] // Wednesday starts the week
    public void DayOfWeekHonoursWeekStart(string weekStart, string date, string expected)
    {
        Db.Execute($"SET VARIABLE MH_WEEK_START = {weekStart}");
        try
        {
            Assert.That(Eval("DAYOFWEEK", date), Is.EqualTo(expected));
        }
        finally
        {
            Db.Execute("RESET VARIABLE MH_WEEK_START");
        }
    }

    [Test]
    public void WeekTruncationHonoursWeekStart()
    {
        Db.Execute("SET VARIABLE MH_WEEK_START = 7");
        try
        {
            Assert.That(Eval("DATE_TRUNC", "week", "DATE '2024-05-22'"), Is.EqualTo("2024-05-19"));
            Assert.That(Eval("LAST_DAY", "DATE '2024-05-22'", "week"), Is.EqualTo("2024-05-25"));
        }
        finally
        {
            Db.Execute("RESET VARIABLE MH_WEEK_START");
        }
    }

    // WEEK_OF_YEAR_POLICY = 1: the week holding January 1 is week 1 (https://docs.snowflake.com/en/sql-reference/parameters#week-of-year-policy).
    [TestCase("DATE '2021-01-01'", "1", "2021")]
    [TestCase("DATE '2021-01-04'", "2", "2021")]
    [TestCase("DATE '2020-12-31'", "53", "2020")]
    public void WeekHonoursWeekOfYearPolicy(string date, string week, string yearOfWeek)
    {
        Db.Execute("SET VARIABLE MH_WEEK_OF_YEAR_POLICY = 1");
        try
        {
            Assert.That(Eval("WEEK", date), Is.EqualTo(week));
            Assert.That(Eval("YEAROFWEEK", date), Is.EqualTo(yearOfWeek));
        }
        finally
        {
            Db.Execute("RESET VARIABLE MH_WEEK_OF_YEAR_POLICY");
        }
    }

    [Test]
    public void UnknownDatePartIsACompilationError() =>
        Assert.That(Fails("DATEADD", "fortnight", "1", "DATE '2020-01-01'").Message, Does.Contain("fortnight"));

    [Test]
    public void DateAddWithDayOfWeekPartIsUnsupported() =>
        Assert.That(Fails("DATEADD", "dow", "1", "DATE '2020-01-01'").ErrorCode, Is.EqualTo("000002"));
}
