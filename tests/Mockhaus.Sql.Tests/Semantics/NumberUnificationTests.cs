using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// An integer (NUMBER(38,0)) and a NUMBER(10,2) meeting in one result (CASE, COALESCE, GREATEST, UNION ...) give a
/// NUMBER with the larger scale; no fraction is lost (https://docs.snowflake.com/en/sql-reference/data-types-numeric,
/// "precision and scale"). DuckDB unifies DECIMAL(38,0) with DECIMAL(10,2) as DECIMAL(38,0) and truncates 12.35 to
/// 12, which is why integers are HUGEINT (see TypeMapper.WholeNumber).
/// </summary>
public class NumberUnificationTests : TranslatorTestBase
{
    [SetUp]
    public void Tables() => Setup(
        "CREATE TABLE ORDERS (ID INT, QTY NUMBER, AMOUNT NUMBER(10,2), TOTAL NUMBER(38,0))",
        "INSERT INTO ORDERS VALUES (7, 3, 12.35, 100), (8, 5, NULL, 200)");

    [TestCase("SELECT GREATEST(AMOUNT, ID) FROM ORDERS WHERE ID = 7", "12.35")]
    [TestCase("SELECT LEAST(ID, AMOUNT) FROM ORDERS WHERE ID = 7", "7")]
    [TestCase("SELECT COALESCE(AMOUNT, ID) FROM ORDERS WHERE ID = 7", "12.35")]
    [TestCase("SELECT NVL(AMOUNT, QTY) FROM ORDERS WHERE ID = 8", "5")]
    [TestCase("SELECT IFF(ID > 0, AMOUNT, TOTAL) FROM ORDERS WHERE ID = 7", "12.35")]
    [TestCase("SELECT CASE WHEN ID = 7 THEN AMOUNT ELSE ID END FROM ORDERS WHERE ID = 7", "12.35")]
    [TestCase("SELECT CASE WHEN ID = 7 THEN 1 + 2 ELSE 1.5 END FROM ORDERS WHERE ID = 7", "3")]
    [TestCase("SELECT CASE WHEN ID = 8 THEN ID * 2 ELSE 0.25 END FROM ORDERS WHERE ID = 7", "0.25")]
    [TestCase("SELECT ID::INT + AMOUNT FROM ORDERS WHERE ID = 7", "19.35")]
    public void KeepsTheFraction(string sql, string expected) =>
        Assert.That(Convert.ToDecimal(Scalar(sql)), Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void UnionOfIntegerAndDecimalColumnsKeepsTheFraction() =>
        Assert.That(Column("SELECT AMOUNT FROM ORDERS WHERE ID = 7 UNION ALL SELECT ID FROM ORDERS WHERE ID = 8 ORDER BY 1"),
            Is.EqualTo(new[] { "8", "12.35" }));

    [Test]
    public void TheResultTypeHasTheLargerScale()
    {
        var outcome = Run("SELECT COALESCE(AMOUNT, ID) AS V FROM ORDERS");
        Assert.That(outcome.ColumnTypes.Single(), Does.Contain("Decimal").IgnoreCase);
        Assert.That(Db.Query($"SELECT typeof(q.v) FROM ({DuckDb("SELECT COALESCE(AMOUNT, ID) AS V FROM ORDERS")}) AS q(v) LIMIT 1").Scalar,
            Is.EqualTo("DECIMAL(38,2)"));
    }

    [TestCase("SELECT 12345678901234567890123456789012345678::INT::VARCHAR", "12345678901234567890123456789012345678")]
    [TestCase("SELECT (TOTAL * 1000000000000000000000000000000000)::VARCHAR FROM ORDERS WHERE ID = 7", "100000000000000000000000000000000000")]
    [TestCase("SELECT 1.5::INT", "2")]
    [TestCase("SELECT -2.5::INT", "-3")]
    [TestCase("SELECT '2.5'::NUMBER", "3")]
    [TestCase("SELECT SUM(ID) FROM ORDERS", "15")]
    public void IntegersStayExact(string sql, string expected) => Assert.That(ScalarText(sql), Is.EqualTo(expected));
}
