using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// Quotients and averages of exact numeric table columns get Snowflake's NUMBER scale max(s, min(s + 6, 12))
/// (https://docs.snowflake.com/en/sql-reference/operators-arithmetic, "Scale and precision in arithmetic operations"),
/// read from the column's declared type; DuckDB alone gives DOUBLE.
/// </summary>
public class DeclaredScaleTests : EngineTestBase
{
    [SetUp]
    public void CreateTable() => Rows(
        "CREATE OR REPLACE TABLE prices (id INT, price NUMBER(12,4), qty NUMBER(10,2), ratio FLOAT); " +
        "INSERT INTO prices VALUES (1, 1.5, 3, 0.5), (2, 10, 4.25, 2.0)");

    private SnowflakeType TypeOf(string sql)
    {
        using var result = Session.Execute(Session.Translate(sql).Single());
        return result.Rows.Columns[0].Type;
    }

    [TestCase("SELECT price / 4 FROM prices WHERE id = 1", 10, "0.3750000000")]
    [TestCase("SELECT qty / 3 FROM prices WHERE id = 2", 8, "1.41666667")]
    [TestCase("SELECT id / 3 FROM prices WHERE id = 2", 6, "0.666667")]
    [TestCase("SELECT p.price / p.qty FROM prices p WHERE id = 2", 10, "2.3529411765")]
    [TestCase("SELECT AVG(id) FROM prices", 6, "1.500000")]
    [TestCase("SELECT AVG(qty) FROM prices", 8, "3.62500000")]
    [TestCase("SELECT AVG(price) OVER () FROM prices WHERE id = 1", 10, "1.5000000000")]
    public void Quotient_scale_follows_the_dividend(string sql, int scale, string value)
    {
        Assert.That(TypeOf(sql), Is.EqualTo(new SnowflakeType(SnowflakeTypeKind.Fixed, 38, scale)));
        Assert.That(Convert.ToString(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(value));
    }

    [TestCase("SELECT ratio / 4 FROM prices WHERE id = 1")]
    [TestCase("SELECT AVG(ratio) FROM prices")]
    public void Float_operands_stay_float(string sql) =>
        Assert.That(TypeOf(sql).Kind, Is.EqualTo(SnowflakeTypeKind.Real));

    [Test]
    public void A_select_alias_of_the_same_name_is_not_taken_for_the_column()
    {
        // `qty` after `price AS qty` still names the table column in Snowflake (a column wins); the quotient's scale
        // is not taken from a guess.
        Assert.That(Rows("SELECT price AS total, total / 2 AS half FROM prices WHERE id = 2").Single()[1]!.ToString(), Does.StartWith("5"));
    }
}
