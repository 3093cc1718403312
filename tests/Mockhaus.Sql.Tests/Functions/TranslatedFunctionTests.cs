using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Functions;

/// <summary>
/// Scalar functions written as Snowflake SQL and run through SnowflakeTranslator, so literal typing (integers as
/// NUMBER), bare-word date parts and string literals arrive exactly as the generator hands them over.
/// </summary>
public class TranslatedFunctionTests : TranslatorTestBase
{
    private string Text(string snowflakeExpression) =>
        Text(Scalar($"SELECT CAST({snowflakeExpression} AS VARCHAR)"));

    [TestCase("IFF(1 < 2, 'a', 'b')", "a")]
    [TestCase("NVL(NULL, 'x')", "x")]
    [TestCase("DECODE(NULL, 1, 'one', NULL, 'null', 'other')", "null")]
    [TestCase("DIV0(1, 0)", "0.0")] // DIV0 divides in DOUBLE here (Snowflake: NUMBER 0)
    [TestCase("GREATEST(1, NULL, 3)", "NULL")]
    [TestCase("CONCAT('a', 'b', 'c')", "abc")]
    [TestCase("SUBSTR('Snowflake', -5, 3)", "fla")]
    [TestCase("SPLIT_PART('a-b-c', '-', -1)", "c")]
    [TestCase("LPAD('7', 3, '0')", "007")]
    [TestCase("INITCAP('the QUICK brown fox')", "The Quick Brown Fox")]
    [TestCase("CHARINDEX('b', 'abcb', 3)", "4")]
    [TestCase("REGEXP_SUBSTR('abc123def456', '[0-9]+', 1, 2)", "456")]
    [TestCase("REGEXP_REPLACE('2024-05-17', '-', '/')", "2024/05/17")]
    [TestCase("REGEXP_COUNT('a,b,c', ',')", "2")]
    [TestCase("LENGTH(12345)", "5")]
    [TestCase("ROUND(2.5)", "3")]
    [TestCase("ROUND(-3.14159, 3)", "-3.142")]
    [TestCase("ROUND(2.5, 0, 'HALF_TO_EVEN') = 2", "true")]
    [TestCase("TRUNC(123.456, 1)", "123.4")]
    [TestCase("MOD(17, 5)", "2")]
    [TestCase("LOG(10, 100)", "2.0")]
    [TestCase("SQRT(2) * SQRT(2) > 1.999", "true")]
    [TestCase("BITAND(6, 3)", "2")]
    [TestCase("BITSHIFTLEFT(1, 10)", "1024")]
    [TestCase("FACTORIAL(10)", "3628800")]
    [TestCase("WIDTH_BUCKET(5.35, 0.024, 10.06, 5)", "3")] // docs example
    [TestCase("DATEADD(day, 30, '2024-01-15'::DATE)", "2024-02-14")]
    [TestCase("DATEADD(months, 1, '2024-01-31'::DATE)", "2024-02-29")]
    [TestCase("DATEADD('hour', 36, '2024-01-15 00:00:00'::TIMESTAMP_NTZ)", "2024-01-16 12:00:00")]
    [TestCase("TIMEADD(minute, 90, '10:00:00'::TIME)", "11:30:00")]
    [TestCase("DATEDIFF(day, '2024-01-01'::DATE, '2024-03-01'::DATE)", "60")]
    [TestCase("DATEDIFF(yy, '2023-12-31'::DATE, '2024-01-01'::DATE)", "1")]
    [TestCase("DATEDIFF(minute, '2024-01-01 10:00:59'::TIMESTAMP, '2024-01-01 10:01:00'::TIMESTAMP)", "1")]
    [TestCase("DATE_TRUNC('MONTH', '2024-05-17'::DATE)", "2024-05-01")]
    [TestCase("DATE_TRUNC(week, '2024-05-19'::DATE)", "2024-05-13")]
    [TestCase("LAST_DAY('2024-02-05'::DATE)", "2024-02-29")]
    [TestCase("ADD_MONTHS('2024-02-29'::DATE, 12)", "2025-02-28")]
    [TestCase("NEXT_DAY('2024-05-17'::DATE, 'SUNDAY')", "2024-05-19")]
    [TestCase("DAYOFWEEK('2024-05-17'::DATE)", "5")]
    [TestCase("WEEKISO('2024-12-30'::DATE)", "1")]
    [TestCase("YEAR('2024-05-17'::DATE) * 100 + MONTH('2024-05-17'::DATE)", "202405")]
    [TestCase("DATE_PART(epoch_second, '2024-01-01 00:00:00'::TIMESTAMP)", "1704067200")]
    [TestCase("EXTRACT(quarter FROM '2024-08-01'::DATE)", "3")]
    [TestCase("DATE_FROM_PARTS(2024, 13, 1)", "2025-01-01")]
    [TestCase("TIMESTAMP_FROM_PARTS(2024, 5, 17, 25, 0, 0)", "2024-05-18 01:00:00")]
    [TestCase("TO_DATE('2024-05-17')", "2024-05-17")]
    [TestCase("TO_DATE('05/17/2024', 'MM/DD/YYYY')", "2024-05-17")]
    [TestCase("TO_TIMESTAMP('2024-05-17 08:30:00')", "2024-05-17 08:30:00")]
    [TestCase("TO_TIMESTAMP(1715934600)", "2024-05-17 08:30:00")]
    [TestCase("TO_CHAR('2024-05-17'::DATE, 'DD/MM/YYYY')", "17/05/2024")]
    [TestCase("TO_VARCHAR('2024-05-17 08:30:00'::TIMESTAMP, 'YYYY-MM-DD HH24:MI')", "2024-05-17 08:30")]
    [TestCase("TO_NUMBER('123.45', 10, 2)", "123.45")]
    [TestCase("TRY_TO_NUMBER('12x')", "NULL")]
    [TestCase("TO_BOOLEAN('on')", "true")]
    [TestCase("TRY_TO_DATE('2024-02-30')", "NULL")]
    [TestCase("TO_DOUBLE('3.5') * 2", "7.0")]
    [TestCase("HEX_ENCODE('AB')", "4142")]
    [TestCase("BASE64_DECODE_STRING(BASE64_ENCODE('round trip'))", "round trip")]
    [TestCase("MD5('')", "d41d8cd98f00b204e9800998ecf8427e")]
    [TestCase("EDITDISTANCE('snow', 'show')", "1")]
    [TestCase("ZEROIFNULL(NULL) + 1", "1")]
    [TestCase("EQUAL_NULL(NULL, NULL)", "true")]
    [TestCase("CONVERT_TIMEZONE('UTC', 'America/New_York', '2024-07-01 12:00:00'::TIMESTAMP_NTZ)", "2024-07-01 08:00:00")]
    public void EvaluatesThroughTranslation(string expression, string expected) =>
        Assert.That(Text(expression), Is.EqualTo(expected));

    [Test]
    public void SeqFunctionsNumberGeneratedRows() =>
        Assert.That(Column("SELECT SEQ4() FROM TABLE(GENERATOR(ROWCOUNT => 4))"), Is.EqualTo(new[] { "0", "1", "2", "3" }));

    [Test]
    public void RandstrIsDeterministicForAGenerator()
    {
        var value = Text("RANDSTR(8, 1234)");
        Assert.That(value, Does.Match("^[0-9A-Za-z]{8}$"));
        Assert.That(Text("RANDSTR(8, 1234)"), Is.EqualTo(value));
    }

    [Test]
    public void UniformIntegersThroughTranslation()
    {
        var values = Column("SELECT UNIFORM(1, 6, RANDOM()) FROM TABLE(GENERATOR(ROWCOUNT => 100))").Select(int.Parse).ToList();
        Assert.That(values, Has.All.InRange(1, 6));
        Assert.That(values.Distinct().Count(), Is.GreaterThan(1));
    }

    [Test]
    public void SplitToTableProducesIndexAndValue() =>
        Assert.That(
            Run("SELECT t.id, f.index, f.value FROM (SELECT 1 AS id, 'a,b' AS s UNION ALL SELECT 2, 'c') t, LATERAL SPLIT_TO_TABLE(t.s, ',') f ORDER BY t.id, f.index")
                .Rows.Select(r => string.Join(":", r.Select(Text))),
            Is.EqualTo(new[] { "1:1:a", "1:2:b", "2:1:c" }));

    [Test]
    public void StrtokSplitToTableSkipsEmptyTokens() =>
        Assert.That(Column("SELECT value FROM TABLE(STRTOK_SPLIT_TO_TABLE('a.b..c', '.')) ORDER BY index"),
            Is.EqualTo(new[] { "a", "b", "c" }));

    [Test]
    public void HashOfStarHashesTheWholeRow()
    {
        var star = Column("SELECT HASH(*) FROM (SELECT 1 AS a, 'x' AS b)");
        var explicitColumns = Column("SELECT HASH(a, b) FROM (SELECT 1 AS a, 'x' AS b)");
        Assert.That(star, Is.EqualTo(explicitColumns));
    }

    [Test]
    public void NormalIsCenteredOnTheMean()
    {
        var values = Column("SELECT NORMAL(10, 1, RANDOM()) FROM TABLE(GENERATOR(ROWCOUNT => 2000))")
            .Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(values.Average(), Is.EqualTo(10).Within(0.2));
        Assert.That(values.Count(v => Math.Abs(v - 10) < 1), Is.InRange(1100, 1650)); // ~68% within one stddev
    }

    [Test]
    public void WrongArgumentCountIsRejected() =>
        Assert.That(TranslationFails("SELECT IFF(TRUE, 1)").Message, Does.Contain("IFF"));
}
