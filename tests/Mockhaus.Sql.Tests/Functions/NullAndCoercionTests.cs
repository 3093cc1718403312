using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Functions;

/// <summary>
/// Untyped NULL literals and implicit conversions, through full translation: Snowflake functions return NULL for
/// NULL inputs (unless documented otherwise) and convert numbers and dates to text for string functions.
/// </summary>
public class NullAndCoercionTests : TranslatorTestBase
{
    private string Text(string snowflakeExpression) => Text(Scalar($"SELECT CAST({snowflakeExpression} AS VARCHAR)"));

    [TestCase("UPPER(NULL)")]
    [TestCase("LOWER(NULL)")]
    [TestCase("INITCAP(NULL)")]
    [TestCase("LENGTH(NULL)")]
    [TestCase("SUBSTR(NULL, 1, 2)")]
    [TestCase("SUBSTR('abc', NULL)")]
    [TestCase("LEFT(NULL, 2)")]
    [TestCase("LPAD(NULL, 3, '0')")]
    [TestCase("TRIM(NULL)")]
    [TestCase("REPLACE('abc', NULL, 'x')")]
    [TestCase("SPLIT_PART('a.b', NULL, 1)")]
    [TestCase("STRTOK(NULL)")]
    [TestCase("CHARINDEX('a', NULL)")]
    [TestCase("CONTAINS(NULL, 'a')")]
    [TestCase("REVERSE(NULL)")]
    [TestCase("REPEAT(NULL, 2)")]
    [TestCase("REGEXP_LIKE(NULL, 'a')")]
    [TestCase("REGEXP_SUBSTR(NULL, 'a')")]
    [TestCase("REGEXP_REPLACE(NULL, 'a', 'b')")]
    [TestCase("MD5(NULL)")]
    [TestCase("SHA2(NULL)")]
    [TestCase("BASE64_ENCODE(NULL)")]
    [TestCase("HEX_ENCODE(NULL)")]
    [TestCase("ABS(NULL)")]
    [TestCase("ROUND(NULL)")]
    [TestCase("ROUND(1.5, NULL)")]
    [TestCase("CEIL(NULL)")]
    [TestCase("FLOOR(NULL, 1)")]
    [TestCase("POWER(NULL, 2)")]
    [TestCase("LOG(10, NULL)")]
    [TestCase("BITAND(NULL, 1)")]
    [TestCase("DATEADD(day, 1, NULL)")]
    [TestCase("DATEDIFF(day, NULL, NULL)")]
    [TestCase("DATE_TRUNC(month, NULL)")]
    [TestCase("LAST_DAY(NULL)")]
    [TestCase("ADD_MONTHS(NULL, 1)")]
    [TestCase("YEAR(NULL)")]
    [TestCase("DAYOFWEEK(NULL)")]
    [TestCase("WEEK(NULL)")]
    [TestCase("TO_DATE(NULL)")]
    [TestCase("TO_TIMESTAMP(NULL)")]
    [TestCase("TO_CHAR(NULL)")]
    [TestCase("TO_NUMBER(NULL)")]
    [TestCase("TO_BOOLEAN(NULL)")]
    [TestCase("TRY_TO_DATE(NULL)")]
    [TestCase("DATE_FROM_PARTS(2024, NULL, 1)")]
    [TestCase("IFF(NULL, NULL, NULL)")]
    [TestCase("NVL2(NULL, 1, NULL)")]
    [TestCase("DIV0(NULL, 1)")]
    [TestCase("EDITDISTANCE(NULL, 'a')")]
    [TestCase("CONVERT_TIMEZONE('UTC', 'Asia/Tokyo', NULL)")]
    public void NullInNullOut(string expression) => Assert.That(Text(expression), Is.EqualTo("NULL"));

    [TestCase("LPAD(42, 5, '0')", "00042")]
    [TestCase("LPAD(42, 5, 0)", "00042")]
    [TestCase("UPPER(123)", "123")]
    [TestCase("SUBSTR(20240517, 5, 2)", "05")]
    [TestCase("LEFT('2024-05-17'::DATE, 4)", "2024")]
    [TestCase("CONCAT('id-', 7)", "id-7")]
    [TestCase("SPLIT_PART(1.25, '.', 2)", "25")]
    [TestCase("REPLACE(1000, '0', '9')", "1999")]
    [TestCase("CONTAINS(12345, 34)", "true")]
    [TestCase("REGEXP_LIKE(12345, '[0-9]+')", "true")]
    [TestCase("REVERSE(123)", "321")]
    [TestCase("MD5(1)", "c4ca4238a0b923820dcc509a6f75849b")] // MD5 of the text '1'
    [TestCase("HEX_ENCODE(1)", "31")]
    [TestCase("CONCAT_WS('-', 2024, 5)", "2024-5")]
    [TestCase("YEAR('2024-05-17')", "2024")]
    [TestCase("DAYNAME('2024-05-17')", "Fri")]
    [TestCase("DATE_TRUNC(month, '2024-05-17 10:00:00')", "2024-05-01 00:00:00")]
    [TestCase("DATE_PART(hour, '2024-05-17 10:00:00')", "10")]
    [TestCase("LAST_DAY('2024-02-10')", "2024-02-29")]
    public void ImplicitConversionToText(string expression, string expected) =>
        Assert.That(Text(expression), Is.EqualTo(expected));

    [TestCase("HASH(NULL) IS NOT NULL", "true")] // HASH(NULL) is a value
    [TestCase("COALESCE(NULL, NULL)", "NULL")]
    [TestCase("DECODE(NULL, NULL, 'match', 'no')", "match")]
    [TestCase("EQUAL_NULL(NULL, 1)", "false")]
    [TestCase("CONCAT_WS(',', 'a', NULL)", "NULL")]
    [TestCase("DIV0NULL(5, NULL)", "0.0")] // 0 (DOUBLE here)
    public void DocumentedNonNullResults(string expression, string expected) =>
        Assert.That(Text(expression), Is.EqualTo(expected));

    [TestCase("HEX_DECODE_STRING('zz')")]
    [TestCase("BASE64_DECODE_STRING('%%%')")]
    public void InvalidEncodedInputFails(string expression) =>
        Assert.That(() => Run($"SELECT {expression}"), Throws.Exception);

    [TestCase("TRY_HEX_DECODE_STRING('zz')")]
    [TestCase("TRY_BASE64_DECODE_STRING('%%%')")]
    [TestCase("TRY_TO_BINARY('zz')")]
    public void TryDecodeGivesNull(string expression) => Assert.That(Text(expression), Is.EqualTo("NULL"));
}
