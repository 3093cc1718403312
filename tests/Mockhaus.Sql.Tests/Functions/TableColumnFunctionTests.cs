using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Functions;

/// <summary>
/// Functions over real table columns created through the translator, so argument types are the mapped storage types
/// (NUMBER -> DECIMAL, TIMESTAMP_NTZ(9) -> TIMESTAMP_NS, TIMESTAMP_LTZ -> TIMESTAMPTZ, VARCHAR, BINARY -> BLOB).
/// </summary>
public class TableColumnFunctionTests : TranslatorTestBase
{
    [SetUp]
    public void CreateTable() => Setup(
        "CREATE TABLE t (id NUMBER, amount NUMBER(10,2), ratio FLOAT, name VARCHAR, d DATE, ts TIMESTAMP_NTZ(9), ltz TIMESTAMP_LTZ, b BINARY, ds VARCHAR)",
        "INSERT INTO t VALUES (7, 12.35, 0.5, 'snow flake', '2024-02-29', '2024-02-29 13:45:30.123456789', '2024-02-29 13:45:30', TO_BINARY('ABCD'), '2024-05-17 08:00:00')");

    private string Value(string expression) => Text(Scalar($"SELECT CAST({expression} AS VARCHAR) FROM t"));

    [TestCase("DATEADD(year, 1, d)", "2025-02-28")]
    [TestCase("DATEADD(hour, 1, ts)", "2024-02-29 14:45:30.123456")]
    [TestCase("DATEADD(day, id, d)", "2024-03-07")]
    [TestCase("DATEDIFF(day, d, ts)", "0")]
    [TestCase("DATEDIFF(month, d, DATEADD(day, 1, d))", "1")]
    [TestCase("DATE_TRUNC(hour, ts)", "2024-02-29 13:00:00")]
    [TestCase("DATE_TRUNC(month, ltz)", "2024-02-01 00:00:00+00")]
    [TestCase("LAST_DAY(ts)", "2024-02-29")]
    [TestCase("ADD_MONTHS(d, 12)", "2025-02-28")]
    [TestCase("DAYNAME(ts)", "Thu")]
    [TestCase("DAYOFWEEK(ltz)", "4")]
    [TestCase("WEEK(d)", "9")]
    [TestCase("HOUR(ts) * 100 + MINUTE(ts)", "1345")]
    [TestCase("DATE_PART(nanosecond, ts)", "123456789")]
    [TestCase("TO_CHAR(ts)", "2024-02-29 13:45:30.123")]
    [TestCase("TO_CHAR(ts, 'YYYY/MM/DD HH12 AM')", "2024/02/29 01 PM")]
    [TestCase("TO_CHAR(d)", "2024-02-29")]
    [TestCase("TO_VARCHAR(amount)", "12.35")]
    [TestCase("TO_DATE(ts)", "2024-02-29")]
    [TestCase("TO_TIMESTAMP_LTZ(ts)", "2024-02-29 13:45:30.123456+00")]
    [TestCase("YEAR(ds) * 100 + MONTH(ds)", "202405")] // dates stored as text convert implicitly
    [TestCase("DAYNAME(ds)", "Fri")]
    [TestCase("LAST_DAY(ds)", "2024-05-31")]
    [TestCase("DATE_TRUNC(day, ds)", "2024-05-17 00:00:00")]
    [TestCase("DATEADD(day, 1, ds)", "2024-05-18 08:00:00")]
    [TestCase("LPAD(id, 3, '0')", "007")]
    [TestCase("INITCAP(name)", "Snow Flake")]
    [TestCase("SPLIT_PART(name, ' ', 2)", "flake")]
    [TestCase("LENGTH(b)", "2")]
    [TestCase("HEX_ENCODE(b)", "ABCD")]
    [TestCase("BASE64_ENCODE(b)", "q80=")]
    [TestCase("MD5(name) = MD5('snow flake')", "true")]
    [TestCase("ROUND(amount, 1)", "12.4")]
    [TestCase("TRUNC(amount)", "12")]
    [TestCase("FLOOR(ratio * 3)", "1.0")]
    [TestCase("BITAND(id, 3)", "3")]
    [TestCase("IFF(amount > 10, 'big', 'small')", "big")]
    [TestCase("DECODE(id, 7, 'seven', 'other')", "seven")]
    [TestCase("TO_NUMBER(amount, 10, 1)", "12.4")]
    [TestCase("TO_BOOLEAN(id)", "true")]
    [TestCase("GREATEST(amount, 20.5)", "20.50")]
    [TestCase("LEAST(amount, ratio * 10)", "5.0")]
    [TestCase("CONCAT(name, '#', id)", "snow flake#7")]
    [TestCase("REGEXP_SUBSTR(name, '[a-z]+', 1, 2)", "flake")]
    public void ColumnArguments(string expression, string expected) => Assert.That(Value(expression), Is.EqualTo(expected));

    [Test]
    public void AggregatesOverColumns() =>
        Assert.That(Text(Scalar("SELECT LISTAGG(name, '|') || ':' || SUM(amount) || ':' || COUNT_IF(ratio < 1) FROM t")),
            Is.EqualTo("snow flake:12.35:1"));
}
