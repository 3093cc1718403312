using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Sql.Tests.Functions;

/// <summary>
/// Numeric format models of TO_CHAR / TO_VARCHAR (https://docs.snowflake.com/en/sql-reference/sql-format-models). The
/// engine runs them as a scalar function (Mockhaus.Engine.Tests NumberFormatTests execute them through SQL).
/// </summary>
public class NumericFormatModelTests
{
    // The docs' example: MI prints the minus sign after the number.
    [TestCase("-123.45", "999.99MI", "123.45-")]
    [TestCase("123.45", "999.99MI", "123.45 ")]
    // Without S or MI there is one leading position for the sign; a leading zero under 9 is a blank.
    [TestCase("123.45", "999.99", " 123.45")]
    [TestCase("-1.5", "999.99", "  -1.50")]
    [TestCase("1234.5", "9,999.99", " 1,234.50")]
    [TestCase("-1234.5", "9,999.99", "-1,234.50")]
    [TestCase("12.5", "9,999.99", "    12.50")]
    [TestCase("0.5", "9.99", " 0.50")]
    [TestCase("5", "000", " 005")]
    [TestCase("5", "9099", "  005")]
    [TestCase("12.5", "$99.00", " $12.50")]
    [TestCase("-12.5", "$99.00", "-$12.50")]
    [TestCase("3", "S9", "+3")]
    [TestCase("-3", "S9", "-3")]
    [TestCase("3", "9S", "3+")]
    // Rounded half away from zero at the model's scale.
    [TestCase("2.345", "9.99", " 2.35")]
    [TestCase("-2.345", "9.99", "-2.35")]
    [TestCase("9.995", "9.99", "#####")]
    [TestCase("1.5", "9", " 2")]
    // Too wide for the model: every position is '#'.
    [TestCase("12345", "999", "####")]
    // FM drops the padding blanks and trailing zeros under 9 after the point.
    [TestCase("1234.567", "FM9,999.99", "1,234.57")]
    [TestCase("1.5", "FM9.99", "1.5")]
    [TestCase("1.5", "FM9.00", "1.50")]
    [TestCase("-7", "FM999", "-7")]
    // Exact text of large and exponent-form values.
    [TestCase("12345678901234567890123456789012345678", "99999999999999999999999999999999999999", " 12345678901234567890123456789012345678")]
    [TestCase("1.5e+3", "9999", " 1500")]
    [TestCase("2.5e-2", "0.000", " 0.025")]
    [TestCase("255", "XXXX", "   FF")]
    [TestCase("255", "0xxx", " 00ff")]
    [TestCase("1.50", "TM9", "1.5")]
    [TestCase("-100", "TM", "-100")]
    [TestCase("42", "\"No. \"99", "No.  42")]
    public void Formats(string number, string format, string expected) =>
        Assert.That(NumericFormatModel.Parse(format).Format(number), Is.EqualTo(expected));

    [TestCase("999.99", true)]
    [TestCase("FM9,999.00", true)]
    [TestCase("$99.00", true)]
    [TestCase("TM9", true)]
    [TestCase("XXXX", true)]
    [TestCase("YYYY-MM-DD", false)]
    [TestCase("HH24:MI:SS", false)]
    [TestCase("DD", false)]
    public void TellsNumericFromDateModels(string format, bool numeric) =>
        Assert.That(NumericFormatModel.IsNumeric(format), Is.EqualTo(numeric));

    [TestCase("9.99EEEE")]
    [TestCase("TME")]
    [TestCase("99.9.9")]
    public void UnsupportedElementsFailByName(string format)
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => NumericFormatModel.Parse(format))!;
        Assert.That(error.ErrorCode, Is.EqualTo("000002"));
    }

    [Test]
    public void NonNumericTextIsRejected() =>
        Assert.Throws<FormatException>(() => NumericFormatModel.Parse("999").Format("abc"));
}
