namespace Mockhaus.Sql.Tests.Functions;

// https://docs.snowflake.com/en/sql-reference/functions-conversion
public class ConversionFunctionTests : FunctionTestBase
{
    [TestCase("TO_DATE", new[] { "'2024-05-17'" }, "2024-05-17")]
    [TestCase("TO_DATE", new[] { "'17-May-2024'" }, "2024-05-17")] // AUTO accepts DD-MON-YYYY
    [TestCase("TO_DATE", new[] { "'05/17/2024'" }, "2024-05-17")] // and MM/DD/YYYY
    [TestCase("TO_DATE", new[] { "'2024-05-17 23:59:59'" }, "2024-05-17")]
    [TestCase("TO_DATE", new[] { "'2024.05.17'", "'YYYY.MM.DD'" }, "2024-05-17")]
    [TestCase("TO_DATE", new[] { "'17/05/24'", "'DD/MM/YY'" }, "2024-05-17")]
    [TestCase("TO_DATE", new[] { "'2024-05-17'", "'AUTO'" }, "2024-05-17")]
    [TestCase("TO_DATE", new[] { "'31536000'" }, "1971-01-01")] // digits are seconds since the epoch
    [TestCase("TO_DATE", new[] { "TIMESTAMP '2024-05-17 10:00:00'" }, "2024-05-17")]
    [TestCase("TO_DATE", new[] { "NULL::VARCHAR" }, "NULL")]
    [TestCase("DATE", new[] { "'2024-05-17'" }, "2024-05-17")]
    [TestCase("TRY_TO_DATE", new[] { "'garbage'" }, "NULL")]
    [TestCase("TRY_TO_DATE", new[] { "'2024-05-17'" }, "2024-05-17")]
    [TestCase("TRY_TO_DATE", new[] { "'2024/13/45'", "'YYYY/MM/DD'" }, "NULL")]
    [TestCase("TO_TIMESTAMP", new[] { "'2024-05-17 10:11:12.123'" }, "2024-05-17 10:11:12.123")]
    [TestCase("TO_TIMESTAMP", new[] { "'2024-05-17T10:11:12'" }, "2024-05-17 10:11:12")]
    [TestCase("TO_TIMESTAMP", new[] { "1000000000" }, "2001-09-09 01:46:40")]
    [TestCase("TO_TIMESTAMP", new[] { "'1000000000'" }, "2001-09-09 01:46:40")]
    [TestCase("TO_TIMESTAMP", new[] { "'1000000000123'" }, "2001-09-09 01:46:40.123")] // milliseconds by magnitude
    [TestCase("TO_TIMESTAMP", new[] { "1000000000123", "3" }, "2001-09-09 01:46:40.123")] // scale 3 = milliseconds
    [TestCase("TO_TIMESTAMP_NTZ", new[] { "'17/05/2024 10:11'", "'DD/MM/YYYY HH24:MI'" }, "2024-05-17 10:11:00")]
    [TestCase("TO_TIMESTAMP", new[] { "'05/17/2024 01:02 PM'", "'MM/DD/YYYY HH12:MI AM'" }, "2024-05-17 13:02:00")]
    [TestCase("TO_TIMESTAMP", new[] { "'17-May-2024 10:00:00'", "'DD-MON-YYYY HH24:MI:SS'" }, "2024-05-17 10:00:00")]
    [TestCase("TO_TIMESTAMP", new[] { "'2024-05-17 10:00:00.250'", "'YYYY-MM-DD HH24:MI:SS.FF3'" }, "2024-05-17 10:00:00.25")]
    [TestCase("TO_TIMESTAMP", new[] { "DATE '2024-05-17'" }, "2024-05-17 00:00:00")]
    [TestCase("TO_TIMESTAMP", new[] { "NULL::VARCHAR" }, "NULL")]
    [TestCase("TRY_TO_TIMESTAMP", new[] { "'not a time'" }, "NULL")]
    [TestCase("TRY_TO_TIMESTAMP_NTZ", new[] { "'2024-05-17 10:00:00'" }, "2024-05-17 10:00:00")]
    [TestCase("TO_TIMESTAMP_LTZ", new[] { "'2024-05-17 10:00:00'" }, "2024-05-17 10:00:00+00")]
    // A TIMESTAMP_TZ value is its instant with the offset it was written with (DuckDB prints the struct).
    [TestCase("TO_TIMESTAMP_TZ", new[] { "'2024-05-17 10:00:00+02:00'" }, "{'utc': '2024-05-17 08:00:00+00', 'offset_minutes': 120}")]
    [TestCase("TO_TIMESTAMP_LTZ", new[] { "0" }, "1970-01-01 00:00:00+00")]
    [TestCase("TRY_TO_TIMESTAMP_TZ", new[] { "'nope'" }, "NULL")]
    [TestCase("TO_TIME", new[] { "'10:11:12'" }, "10:11:12")]
    [TestCase("TO_TIME", new[] { "'10.11'", "'HH24.MI'" }, "10:11:00")]
    [TestCase("TO_TIME", new[] { "TIMESTAMP '2024-05-17 10:11:12'" }, "10:11:12")]
    [TestCase("TIME", new[] { "'23:59:59.5'" }, "23:59:59.5")]
    [TestCase("TRY_TO_TIME", new[] { "'x'" }, "NULL")]
    [TestCase("TO_TIME", new[] { "NULL::VARCHAR" }, "NULL")]
    [TestCase("TO_CHAR", new[] { "DATE '2024-05-07'", "'YYYY/MM/DD'" }, "2024/05/07")]
    [TestCase("TO_CHAR", new[] { "DATE '2024-05-07'", "'DD-MON-YYYY'" }, "07-May-2024")]
    [TestCase("TO_CHAR", new[] { "DATE '2024-05-07'", "'DY, MMMM DD'" }, "Tue, May 07")]
    [TestCase("TO_CHAR", new[] { "DATE '2024-05-07'", "'mm/dd/yy'" }, "05/07/24")]
    [TestCase("TO_CHAR", new[] { "TIMESTAMP '2024-05-07 13:04:05.123'", "'HH12:MI:SS AM'" }, "01:04:05 PM")]
    [TestCase("TO_CHAR", new[] { "TIMESTAMP '2024-05-07 13:04:05.123'", "'HH24:MI:SS.FF3'" }, "13:04:05.123")]
    [TestCase("TO_CHAR", new[] { "TIMESTAMP '2024-05-07 13:04:05'", "'YYYY\"T\"HH24'" }, "2024T13")]
    [TestCase("TO_CHAR", new[] { "TIME '13:04:05'", "'HH24-MI'" }, "13-04")]
    [TestCase("TO_CHAR", new[] { "DATE '2024-05-07'" }, "2024-05-07")]
    [TestCase("TO_CHAR", new[] { "TIMESTAMP '2024-05-07 13:04:05'" }, "2024-05-07 13:04:05.000")]
    [TestCase("TO_VARCHAR", new[] { "TIME '13:04:05'" }, "13:04:05")]
    [TestCase("TO_VARCHAR", new[] { "123" }, "123")]
    [TestCase("TO_VARCHAR", new[] { "1.5::DOUBLE" }, "1.5")]
    [TestCase("TO_VARCHAR", new[] { "true" }, "true")]
    [TestCase("TO_VARCHAR", new[] { "'abc'" }, "abc")]
    [TestCase("TO_CHAR", new[] { "NULL::DATE", "'YYYY'" }, "NULL")]
    [TestCase("TO_CHAR", new[] { "TIMESTAMPTZ '2024-05-07 13:04:05+00'" }, "2024-05-07 13:04:05.000 +0000")]
    [TestCase("TO_CHAR", new[] { "TIMESTAMPTZ '2024-05-07 13:04:05+00'", "'YYYY-MM-DD HH24:MI TZH:TZM'" }, "2024-05-07 13:04 +00:00")]
    [TestCase("TO_CHAR", new[] { "TIMESTAMPTZ '2024-05-07 13:04:05+00'", "'TZHTZM'" }, "+0000")]
    // TO_NUMBER rounds to the target scale (default 0): https://docs.snowflake.com/en/sql-reference/functions/to_decimal
    [TestCase("TO_NUMBER", new[] { "'12.3456'", "10", "1" }, "12.3")]
    [TestCase("TO_NUMBER", new[] { "'12.5'" }, "13")]
    [TestCase("TO_DECIMAL", new[] { "'$1,234.50'", "'$9,999.99'", "10", "2" }, "1234.50")]
    [TestCase("TO_NUMBER", new[] { "'1,000,000'", "'9,999,999'" }, "1000000")]
    [TestCase("TRY_TO_NUMBER", new[] { "'12.34'", "'FM99.99'", "5", "2" }, "12.34")]
    // Sign elements and hexadecimal digits (https://docs.snowflake.com/en/sql-reference/sql-format-models).
    [TestCase("TO_NUMBER", new[] { "'12.5-'", "'99.9MI'", "10", "1" }, "-12.5")]
    [TestCase("TO_NUMBER", new[] { "'12.5 '", "'99.9MI'", "10", "1" }, "12.5")]
    [TestCase("TO_NUMBER", new[] { "'-12.5'", "'S99.9'", "10", "1" }, "-12.5")]
    [TestCase("TO_NUMBER", new[] { "'+3'", "'S9'" }, "3")]
    [TestCase("TO_NUMBER", new[] { "'FF'", "'XX'" }, "255")]
    [TestCase("TRY_TO_NUMBER", new[] { "'ZZ'", "'XX'" }, "NULL")]
    [TestCase("TO_DECIMAL", new[] { "'$1,234.5'", "'$9,999.9'", "10", "1" }, "1234.5")]
    [TestCase("TO_NUMERIC", new[] { "NULL::VARCHAR" }, "NULL")]
    [TestCase("TO_NUMBER", new[] { "' 42 '" }, "42")]
    [TestCase("TO_NUMBER", new[] { "3.99::DOUBLE" }, "4")]
    [TestCase("TRY_TO_NUMBER", new[] { "'abc'" }, "NULL")]
    [TestCase("TRY_TO_DECIMAL", new[] { "'123.456'", "5", "2" }, "123.46")]
    [TestCase("TRY_TO_NUMERIC", new[] { "'12345.6'", "4", "0" }, "NULL")] // does not fit NUMBER(4,0)
    [TestCase("TO_DOUBLE", new[] { "'1.5'" }, "1.5")]
    [TestCase("TO_DOUBLE", new[] { "'-1e3'" }, "-1000.0")]
    [TestCase("TRY_TO_DOUBLE", new[] { "'x'" }, "NULL")]
    [TestCase("TO_DOUBLE", new[] { "NULL::VARCHAR" }, "NULL")]
    // https://docs.snowflake.com/en/sql-reference/functions/to_boolean
    [TestCase("TO_BOOLEAN", new[] { "'yes'" }, "true")]
    [TestCase("TO_BOOLEAN", new[] { "'OFF'" }, "false")]
    [TestCase("TO_BOOLEAN", new[] { "'T'" }, "true")]
    [TestCase("TO_BOOLEAN", new[] { "'0'" }, "false")]
    [TestCase("TO_BOOLEAN", new[] { "0" }, "false")]
    [TestCase("TO_BOOLEAN", new[] { "2.5" }, "true")]
    [TestCase("TO_BOOLEAN", new[] { "NULL::VARCHAR" }, "NULL")]
    [TestCase("TRY_TO_BOOLEAN", new[] { "'maybe'" }, "NULL")]
    [TestCase("TRY_TO_BOOLEAN", new[] { "'n'" }, "false")]
    public void Evaluates(string function, string[] args, string expected) =>
        Assert.That(Eval(function, args), Is.EqualTo(expected));

    [TestCase("TO_DATE", "'garbage'")]
    [TestCase("TO_TIMESTAMP", "'garbage'")]
    [TestCase("TO_TIME", "'garbage'")]
    [TestCase("TO_NUMBER", "'abc'")]
    [TestCase("TO_BOOLEAN", "'maybe'")]
    [TestCase("TO_DATE", "'2024/13/45'", "'YYYY/MM/DD'")]
    public void StrictConversionsFailOnBadInput(string function, params string[] args) => FailsAtRuntime(function, args);

    [TestCase("TO_BINARY", new[] { "'536E6F77'" }, "536E6F77")]
    [TestCase("TO_BINARY", new[] { "'U25vdw=='", "'BASE64'" }, "536E6F77")]
    [TestCase("TO_BINARY", new[] { "'Snow'", "'UTF-8'" }, "536E6F77")]
    [TestCase("TRY_TO_BINARY", new[] { "'536E6F77'", "'HEX'" }, "536E6F77")]
    public void ToBinary(string function, string[] args, string expectedHex) =>
        Assert.That(Column($"SELECT hex({Translate(Call(function, args))})")[0], Is.EqualTo(expectedHex));

    // Numeric format models run in the engine's scalar function (executed in Mockhaus.Engine.Tests NumberFormatTests).
    [Test]
    public void NumericFormatForToCharCallsTheEngineFunction() =>
        Assert.That(Translate(Call("TO_CHAR", "12.5", "'999.99'")), Does.StartWith("mh_format_number(CAST("));

    [Test]
    public void UnsupportedNumericFormatElementForToCharFailsByName() =>
        Assert.That(Fails("TO_CHAR", "12.5", "'9.9EEEE'").ErrorCode, Is.EqualTo("000002"));

    [TestCase("'1.5E3'", "'9.9EEEE'")]
    [TestCase("'1 2'", "'9V9'")]
    public void UnmodelledNumberFormatsAreUnsupported(string value, string format) =>
        Assert.That(Fails("TO_NUMBER", value, format).ErrorCode, Is.EqualTo("000002"));

    [Test]
    public void InvalidPrecisionIsRejected() =>
        Assert.That(Fails("TO_NUMBER", "'1'", "50", "0").Message, Does.Contain("precision"));

    [Test]
    public void OffsetsFollowTheSessionTimeZone()
    {
        Db.Execute("SET TimeZone = 'Asia/Kolkata'");
        try
        {
            Assert.That(Eval("TO_CHAR", "TIMESTAMPTZ '2024-05-07 00:00:00+00'", "'HH24:MI TZH:TZM'"), Is.EqualTo("05:30 +05:30"));
            Assert.That(Eval("TO_CHAR", "TIMESTAMPTZ '2024-05-07 00:00:00+00'", "'TZH'"), Is.EqualTo("+05"));
        }
        finally
        {
            Db.Execute("SET TimeZone = 'UTC'");
        }
    }

    [Test]
    public void ToTimestampLtzIsTimestampWithTimeZone() =>
        Assert.That(TypeOf("TO_TIMESTAMP_LTZ", "'2024-05-17 10:00:00'"), Is.EqualTo("TIMESTAMP WITH TIME ZONE"));
}
