using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// TO_CHAR / TO_VARCHAR of numbers with a format model, run through the engine's scalar function
/// (https://docs.snowflake.com/en/sql-reference/sql-format-models; the layout rules are unit-tested in NumericFormatModelTests).
/// </summary>
public class NumberFormatTests : EngineTestBase
{
    [Test]
    public void Formats_column_values_of_every_numeric_type()
    {
        Rows("CREATE OR REPLACE TABLE amounts (n NUMBER(10,2), i INT, f FLOAT); " +
             "INSERT INTO amounts VALUES (1234.5, 7, 2.5), (-0.25, -12, -1e3), (NULL, NULL, NULL)");
        var rows = Rows("SELECT TO_CHAR(n, '9,999.99'), TO_VARCHAR(i, '000'), TO_CHAR(f, 'S9999.9'), TO_CHAR(n, '$9,999.99MI') " +
                        "FROM amounts ORDER BY i NULLS LAST");
        Assert.That(rows[0], Is.EqualTo(new object?[] { "    -0.25", "-012", "-1000.0", "    $0.25-" }));
        Assert.That(rows[1], Is.EqualTo(new object?[] { " 1,234.50", " 007", "   +2.5", "$1,234.50 " }));
        Assert.That(rows[2], Is.EqualTo(new object?[] { null, null, null, null }));
    }

    [Test]
    public void Thirty_eight_digit_values_keep_every_digit()
    {
        Assert.That(Scalar("SELECT TO_CHAR(12345678901234567890123456789012345678::NUMBER(38,0), 'FM99999999999999999999999999999999999999')"),
            Is.EqualTo("12345678901234567890123456789012345678"));
    }

    [Test]
    public void Text_that_is_not_a_number_fails_with_100038()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT TO_CHAR(x, '999') FROM (SELECT 'abc' AS x)"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("100038"));
        Assert.That(error.Message, Is.EqualTo("Numeric value 'abc' is not recognized"));
    }

    [Test]
    public void An_unsupported_element_fails_by_name_before_running()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT TO_CHAR(1.5, '9.9EEEE')"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("000002"));
    }
}
