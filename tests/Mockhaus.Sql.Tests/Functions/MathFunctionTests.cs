using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Tests.Functions;

// https://docs.snowflake.com/en/sql-reference/functions-numeric
public class MathFunctionTests : FunctionTestBase
{
    [TestCase("ABS", new[] { "-5" }, "5")]
    [TestCase("ABS", new[] { "NULL::INTEGER" }, "NULL")]
    [TestCase("SIGN", new[] { "-3.5" }, "-1")]
    [TestCase("SIGN", new[] { "0" }, "0")]
    // ROUND rounds half away from zero: https://docs.snowflake.com/en/sql-reference/functions/round
    [TestCase("ROUND", new[] { "2.5" }, "3")]
    [TestCase("ROUND", new[] { "-2.5" }, "-3")]
    [TestCase("ROUND", new[] { "2.5::DOUBLE" }, "3.0")]
    [TestCase("ROUND", new[] { "135.135", "2" }, "135.14")]
    [TestCase("ROUND", new[] { "135.135", "-2" }, "100")]
    [TestCase("ROUND", new[] { "2.5", "0", "'HALF_TO_EVEN'" }, "2.0")] // value 2 (DuckDB round_even yields DOUBLE)
    [TestCase("ROUND", new[] { "-2.5", "0", "'HALF_AWAY_FROM_ZERO'" }, "-3")]
    [TestCase("ROUND", new[] { "NULL::DOUBLE", "1" }, "NULL")]
    [TestCase("CEIL", new[] { "1.1" }, "2")]
    [TestCase("CEIL", new[] { "-1.9" }, "-1")]
    [TestCase("CEIL", new[] { "135.135", "1" }, "135.2")] // https://docs.snowflake.com/en/sql-reference/functions/ceil
    [TestCase("CEIL", new[] { "-975.975", "-2" }, "-900.0")]
    [TestCase("FLOOR", new[] { "-1.1" }, "-2")]
    [TestCase("FLOOR", new[] { "135.135", "1" }, "135.1")]
    [TestCase("FLOOR", new[] { "-975.975", "-2" }, "-1000.0")]
    [TestCase("TRUNC", new[] { "-1.9" }, "-1")]
    [TestCase("TRUNC", new[] { "135.135", "2" }, "135.13")]
    [TestCase("TRUNCATE", new[] { "-975.975", "-1" }, "-970.0")]
    [TestCase("MOD", new[] { "10", "3" }, "1")]
    [TestCase("MOD", new[] { "-10", "3" }, "-1")] // sign follows the dividend
    [TestCase("MOD", new[] { "NULL::INTEGER", "3" }, "NULL")]
    [TestCase("POWER", new[] { "2", "10" }, "1024.0")]
    [TestCase("POW", new[] { "4", "0.5" }, "2.0")]
    [TestCase("SQUARE", new[] { "-3" }, "9")]
    [TestCase("SQRT", new[] { "16" }, "4.0")]
    [TestCase("SQRT", new[] { "NULL::DOUBLE" }, "NULL")]
    [TestCase("CBRT", new[] { "8" }, "2.0")]
    [TestCase("EXP", new[] { "0" }, "1.0")]
    [TestCase("LN", new[] { "1" }, "0.0")]
    [TestCase("LOG", new[] { "2", "1024" }, "10.0")] // LOG(base, x): https://docs.snowflake.com/en/sql-reference/functions/log
    [TestCase("LOG", new[] { "10", "1000" }, "2.9999999999999996")]
    [TestCase("SIN", new[] { "0" }, "0.0")]
    [TestCase("COS", new[] { "0" }, "1.0")]
    [TestCase("TAN", new[] { "0" }, "0.0")]
    [TestCase("ASIN", new[] { "1" }, "1.5707963267948966")]
    [TestCase("ACOS", new[] { "1" }, "0.0")]
    [TestCase("ATAN", new[] { "0" }, "0.0")]
    [TestCase("ATAN2", new[] { "1", "1" }, "0.7853981633974483")]
    [TestCase("COT", new[] { "1" }, "0.6420926159343306")]
    [TestCase("SINH", new[] { "0" }, "0.0")]
    [TestCase("COSH", new[] { "0" }, "1.0")]
    [TestCase("TANH", new[] { "0" }, "0.0")]
    [TestCase("ASINH", new[] { "0" }, "0.0")]
    [TestCase("ACOSH", new[] { "1" }, "0.0")]
    [TestCase("ATANH", new[] { "0" }, "0.0")]
    [TestCase("DEGREES", new[] { "PI()" }, "180.0")]
    [TestCase("RADIANS", new[] { "180" }, "3.141592653589793")]
    [TestCase("PI", new string[0], "3.141592653589793")]
    [TestCase("FACTORIAL", new[] { "5" }, "120")]
    [TestCase("FACTORIAL", new[] { "0" }, "1")]
    // https://docs.snowflake.com/en/sql-reference/functions/width_bucket
    [TestCase("WIDTH_BUCKET", new[] { "290000", "200000", "600000", "4" }, "1")]
    [TestCase("WIDTH_BUCKET", new[] { "100000", "200000", "600000", "4" }, "0")]
    [TestCase("WIDTH_BUCKET", new[] { "600000", "200000", "600000", "4" }, "5")]
    [TestCase("WIDTH_BUCKET", new[] { "NULL", "200000", "600000", "4" }, "NULL")]
    [TestCase("BITAND", new[] { "12", "10" }, "8")]
    [TestCase("BITOR", new[] { "12", "10" }, "14")]
    [TestCase("BITXOR", new[] { "12", "10" }, "6")]
    [TestCase("BITNOT", new[] { "0" }, "-1")]
    [TestCase("BITSHIFTLEFT", new[] { "1", "4" }, "16")]
    [TestCase("BITSHIFTRIGHT", new[] { "16", "2" }, "4")]
    [TestCase("BITAND", new[] { "NULL", "1" }, "NULL")]
    [TestCase("GETBIT", new[] { "11", "3" }, "1")]
    [TestCase("GETBIT", new[] { "11", "2" }, "0")]
    public void Evaluates(string function, string[] args, string expected) =>
        Assert.That(Eval(function, args), Is.EqualTo(expected));

    [Test]
    public void HaversineDistanceInKilometres() =>
        // Docs example: HAVERSINE(40.7127, -74.0059, 34.0500, -118.2500) = 3936.3850362
        Assert.That(double.Parse(Eval("HAVERSINE", "40.7127", "-74.0059", "34.0500", "-118.2500"), System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(3936.385).Within(0.01));

    [Test]
    public void RandomIsASigned64BitInteger() => Assert.That(TypeOf("RANDOM"), Is.EqualTo("BIGINT"));

    [TestCase("1", "10")]
    [TestCase("5", "5")]
    public void UniformIntegerStaysInRange(string lo, string hi)
    {
        var values = Column($"SELECT {Translate(Call("UNIFORM", lo, hi, "RANDOM()"))} FROM range(200)").Select(int.Parse).ToList();
        Assert.That(values, Has.All.InRange(int.Parse(lo), int.Parse(hi)));
    }

    [Test]
    public void UniformWithConstantGeneratorIsConstant()
    {
        var values = Column($"SELECT {Translate(Call("UNIFORM", "1", "100", "42"))} FROM range(10)").Distinct().ToList();
        Assert.That(values, Has.Count.EqualTo(1));
    }

    [Test]
    public void UniformFloatWhenBoundsAreNotIntegers() =>
        Assert.That(TypeOf("UNIFORM", "0.0", "1.0", "RANDOM()"), Is.EqualTo("DOUBLE"));

    [Test]
    public void UnknownRoundingModeIsUnsupported() =>
        Assert.That(Fails("ROUND", "1.5", "0", "'HALF_DOWN'").ErrorCode, Is.EqualTo("000002"));
}
