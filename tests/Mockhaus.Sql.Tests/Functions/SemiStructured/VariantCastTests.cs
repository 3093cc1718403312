namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// Casting values extracted from a VARIANT:
// https://docs.snowflake.com/en/user-guide/querying-semistructured (a string element prints with double quotes; cast it
// with ::string to get the text alone), https://docs.snowflake.com/en/sql-reference/data-type-conversion (VARIANT to
// NUMBER / FLOAT / BOOLEAN / DATE / TIMESTAMP; OBJECT and ARRAY values do not convert to scalar types).
public class VariantCastTests : SemiStructuredTestBase
{
    private const string Document = "{\"s\": \"txt\", \"n\": 12.345, \"i\": \"42\", \"b\": true, \"bs\": \"false\", \"d\": \"2020-01-02\", " +
                                    "\"ts\": \"2020-01-02 03:04:05\", \"o\": {\"a\": 1}, \"arr\": [1, 2], \"nul\": null, \"x\": \"abc\"}";

    [OneTimeSetUp]
    public void CreateTable()
    {
        Run("CREATE TABLE j (id INT, v VARIANT, label STRING)");
        Run($"INSERT INTO j SELECT 1, PARSE_JSON('{Document}'), 'plain'");
    }

    private string Value(string expression) => Column($"SELECT {expression} FROM j").Single();

    [TestCase("v:s", "\"txt\"")] // a VARIANT string keeps its quotes
    [TestCase("v:s::string", "txt")]
    [TestCase("v:s::varchar", "txt")]
    [TestCase("CAST(v:s AS TEXT)", "txt")]
    [TestCase("GET(v, 's')::varchar", "txt")] // not a path: the typeof(x) = 'JSON' macro
    [TestCase("(v:o)::string", "{\"a\":1}")] // objects cast to text are their JSON
    [TestCase("v:n::string", "12.345")]
    [TestCase("v:b::string", "true")]
    [TestCase("v:nul::string", "NULL")] // a JSON null is SQL NULL once cast
    [TestCase("v:missing::string", "NULL")]
    [TestCase("label::string", "plain")] // non-VARIANT operands are unchanged
    [TestCase("id::varchar", "1")]
    public void ToText(string expression, string expected) => Assert.That(Value(expression), Is.EqualTo(expected));

    [TestCase("v:n::number(10,2)", "12.35")] // rounded to the target scale
    [TestCase("v:n::int", "12")]
    [TestCase("v:i::int", "42")] // a numeric string converts
    [TestCase("v:i::number + 1", "43")]
    [TestCase("v:n::float", "12.345")]
    [TestCase("v:nul::int", "NULL")]
    [TestCase("v:b::boolean", "true")]
    [TestCase("v:bs::boolean", "false")]
    [TestCase("v:d::date", "2020-01-02")]
    [TestCase("v:ts::timestamp", "2020-01-02 03:04:05")]
    [TestCase("v:o::variant", "{\"a\":1}")]
    [TestCase("v:o::object", "{\"a\":1}")]
    [TestCase("v:arr::array", "[1,2]")]
    [TestCase("v:nul::object", "NULL")]
    public void ToScalarAndCompoundTypes(string expression, string expected) => Assert.That(Value(expression), Is.EqualTo(expected));

    // Snowflake names the target FIXED for NUMBER and REAL for FLOAT, and reports a VARIANT string that is not a number
    // the same way (a plain string says "Numeric value 'abc' is not recognized" instead).
    [TestCase("v:o::number", "Failed to cast variant value {\"a\":1} to FIXED")]
    [TestCase("v:arr::int", "Failed to cast variant value [1,2] to FIXED")]
    [TestCase("v:arr::number(10,2)", "Failed to cast variant value [1,2] to FIXED")]
    [TestCase("v:arr::float", "Failed to cast variant value [1,2] to REAL")]
    [TestCase("v:o::boolean", "Failed to cast variant value {\"a\":1} to BOOLEAN")]
    [TestCase("v:x::int", "Failed to cast variant value \"abc\" to FIXED")]
    [TestCase("v:x::date", "Failed to cast variant value \"abc\" to DATE")]
    [TestCase("GET(v, 'o')::int", "Failed to cast variant value {\"a\":1} to FIXED")]
    [TestCase("v:arr::object", "Failed to cast variant value [1,2] to OBJECT")]
    [TestCase("v:o::array", "Failed to cast variant value {\"a\":1} to ARRAY")]
    public void ImpossibleConversionsFail(string expression, string message) =>
        Assert.That(() => Value(expression), Throws.Exception.With.Message.Contains(message));

    [Test]
    public void PlainStringsKeepTheirOwnError() =>
        Assert.That(() => Value("label::int"), Throws.Exception.With.Message.Contains("Could not convert string").And.Message.Contains("plain").And.Message.Not.Contains("Failed to cast variant"));

    [Test]
    public void CastOfACastIsNotCheckedAgain() => Assert.That(Value("v:n::int::string"), Is.EqualTo("12"));

    // Snowflake rounds half away from zero into NUMBER(38,0) (https://docs.snowflake.com/en/sql-reference/functions/round).
    [TestCase("PARSE_JSON('2.5')::INT", "3")]
    [TestCase("PARSE_JSON('-2.5')::INT", "-3")]
    [TestCase("PARSE_JSON('\"3.5\"')::NUMBER", "4")]
    [TestCase("PARSE_JSON('1.5e0')::INT", "2")]
    public void VariantNumbersRoundHalfAwayFromZero(string expression, string expected) =>
        Assert.That(Eval(expression), Is.EqualTo(expected));

    [Test]
    public void TryCastOfAStringIsUnchanged() => Assert.That(Eval("TRY_CAST('12' AS INT)"), Is.EqualTo("12"));

    // A lateral column alias of a VARIANT (https://docs.snowflake.com/en/sql-reference/sql/select, column aliases are
    // usable in later items): DuckDB refused the alias of an expression that can raise an error through error(), and
    // could not choose a typed macro overload for it.
    [Test]
    public void LateralAliasOfParsedJson() =>
        Assert.That(Run("SELECT PARSE_JSON('{\"name\": \"Ann\", \"tags\": [1, 2]}') AS v, v:name::string, ARRAY_SIZE(v:tags), TYPEOF(v)").Rows[0].Skip(1).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(new[] { "Ann", "2", "OBJECT" }));

    [Test]
    public void InvalidJsonStillFails() => FailsAtRuntime("PARSE_JSON('{x')");
}
