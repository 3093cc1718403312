namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// Parsing, conversion, TYPEOF and the IS_/AS_ families.
// https://docs.snowflake.com/en/sql-reference/functions/parse_json, .../try_parse_json, .../check_json, .../typeof,
// .../to_json, .../to_variant, .../to_object, .../to_array, .../strip_null_value, .../is_null_value, .../as_varchar ...
public class ParseAndTypeTests : SemiStructuredTestBase
{
    [TestCase("PARSE_JSON('{\"a\": 1, \"b\": [1, 2]}')", "{\"a\":1,\"b\":[1,2]}")]
    [TestCase("PARSE_JSON('  [1,  \"x y\" , true, null ]  ')", "[1,\"x y\",true,null]")] // whitespace inside strings is kept
    [TestCase("PARSE_JSON('null')", "null")] // a JSON null is a non-NULL VARIANT
    [TestCase("PARSE_JSON(NULL)", "NULL")]
    [TestCase("PARSE_JSON('')", "NULL")]
    [TestCase("PARSE_JSON('\"hello\"')", "\"hello\"")]
    [TestCase("PARSE_JSON('123.12')", "123.12")]
    [TestCase("PARSE_JSON('1.912e2')", "1.912e2")]
    [TestCase("PARSE_JSON('[-1, 12, 289, 2188, false,]')", "[-1,12,289,2188,false]")] // Snowflake accepts a trailing comma
    [TestCase("PARSE_JSON('{\"k\": {\"n\": [1, {\"m\": null}]}}')", "{\"k\":{\"n\":[1,{\"m\":null}]}}")]
    [TestCase("PARSE_JSON('[\"a,]\", \"b }\"]')", "[\"a,]\",\"b }\"]")] // commas and brackets inside strings are data
    [TestCase("PARSE_JSON('{\"q\": \"say \\\\\"hi\\\\\" \"}')", "{\"q\":\"say \\\"hi\\\" \"}")] // escaped quotes
    [TestCase("TRY_PARSE_JSON('{\"a\": 1}')", "{\"a\":1}")]
    [TestCase("TRY_PARSE_JSON('{\"a\": }')", "NULL")]
    [TestCase("TRY_PARSE_JSON('not json')", "NULL")]
    [TestCase("TRY_PARSE_JSON('1 2')", "NULL")] // whitespace separates tokens: not one value
    [TestCase("TRY_PARSE_JSON('tru e')", "NULL")]
    [TestCase("TRY_PARSE_JSON('{\"a\": 1} x')", "NULL")]
    [TestCase("TRY_PARSE_JSON(NULL)", "NULL")]
    [TestCase("TRY_PARSE_JSON('null')", "null")]
    [TestCase("CHECK_JSON('{\"a\": 1}')", "NULL")] // NULL means valid
    [TestCase("CHECK_JSON(NULL)", "NULL")]
    [TestCase("CHECK_JSON('[1, 2')  IS NOT NULL", "true")] // an error message for invalid input
    [TestCase("CHECK_JSON('{\"a\": tru}') IS NOT NULL", "true")]
    public void Parsing(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [Test]
    public void ParseJsonRejectsInvalidText()
    {
        FailsAtRuntime("PARSE_JSON('{\"a\": ')");
        FailsAtRuntime("PARSE_JSON('[1 2]')");
    }

    // TYPEOF examples from https://docs.snowflake.com/en/sql-reference/functions/typeof
    [TestCase("PARSE_JSON('null')", "NULL_VALUE")]
    [TestCase("PARSE_JSON('true')", "BOOLEAN")]
    [TestCase("PARSE_JSON('-17')", "INTEGER")]
    [TestCase("PARSE_JSON('123.12')", "DECIMAL")]
    [TestCase("PARSE_JSON('1.912e2')", "DOUBLE")]
    [TestCase("PARSE_JSON('\"Om ara pa ca na dhih\"  ')", "VARCHAR")]
    [TestCase("PARSE_JSON('[-1, 12, 289, 2188, false,]')", "ARRAY")]
    [TestCase("PARSE_JSON('{ \"x\" : \"abc\", \"y\" : false, \"z\": 10} ')", "OBJECT")]
    [TestCase("PARSE_JSON('\"1\"')", "VARCHAR")] // a numeric string stays a string
    [TestCase("TO_VARIANT(1)", "INTEGER")]
    [TestCase("TO_VARIANT(1.5)", "DECIMAL")]
    [TestCase("TO_VARIANT('x')", "VARCHAR")]
    [TestCase("TO_VARIANT(TRUE)", "BOOLEAN")]
    [TestCase("ARRAY_CONSTRUCT(1, 'a')", "ARRAY")]
    [TestCase("OBJECT_CONSTRUCT('a', 1)", "OBJECT")]
    [TestCase("PARSE_JSON('[1, \"a\"]')[1]", "VARCHAR")]
    [TestCase("PARSE_JSON('{\"a\": null}'):a", "NULL_VALUE")]
    public void TypeOf(string variant, string expected) => Assert.That(Eval($"TYPEOF({variant})"), Is.EqualTo(expected));

    [Test]
    public void TypeOfSqlNullIsNull() => Assert.That(Eval("TYPEOF(PARSE_JSON(NULL))"), Is.EqualTo("NULL"));

    [TestCase("IS_NULL_VALUE(PARSE_JSON('null'))", "true")]
    [TestCase("IS_NULL_VALUE(PARSE_JSON('1'))", "false")]
    [TestCase("IS_NULL_VALUE(PARSE_JSON(NULL))", "NULL")] // SQL NULL is not a JSON null
    [TestCase("IS_NULL_VALUE(PARSE_JSON('{\"a\": null}'):a)", "true")]
    [TestCase("IS_NULL_VALUE(PARSE_JSON('{\"a\": null}'):b)", "NULL")] // a missing field is SQL NULL
    [TestCase("IS_ARRAY(PARSE_JSON('[1]'))", "true")]
    [TestCase("IS_ARRAY(PARSE_JSON('{\"a\": 1}'))", "false")]
    [TestCase("IS_ARRAY(PARSE_JSON(NULL))", "NULL")]
    [TestCase("IS_OBJECT(PARSE_JSON('{\"a\": 1}'))", "true")]
    [TestCase("IS_OBJECT(PARSE_JSON('[]'))", "false")]
    [TestCase("IS_INTEGER(PARSE_JSON('17'))", "true")]
    [TestCase("IS_INTEGER(PARSE_JSON('17.5'))", "false")]
    [TestCase("IS_INTEGER(PARSE_JSON('\"17\"'))", "false")]
    [TestCase("IS_DECIMAL(PARSE_JSON('17.5'))", "true")]
    [TestCase("IS_DECIMAL(PARSE_JSON('17'))", "true")] // integers are decimals too
    [TestCase("IS_DECIMAL(PARSE_JSON('1.5e3'))", "false")]
    [TestCase("IS_DOUBLE(PARSE_JSON('1.5e3'))", "true")]
    [TestCase("IS_DOUBLE(PARSE_JSON('17'))", "true")] // every number is a double
    [TestCase("IS_REAL(PARSE_JSON('17.5'))", "true")]
    [TestCase("IS_REAL(PARSE_JSON('true'))", "false")]
    [TestCase("IS_VARCHAR(PARSE_JSON('\"x\"'))", "true")]
    [TestCase("IS_VARCHAR(PARSE_JSON('1'))", "false")]
    [TestCase("IS_CHAR(PARSE_JSON('\"x\"'))", "true")]
    [TestCase("IS_BOOLEAN(PARSE_JSON('false'))", "true")]
    [TestCase("IS_BOOLEAN(PARSE_JSON('0'))", "false")]
    [TestCase("IS_VARCHAR(TO_VARIANT('abc'))", "true")]
    [TestCase("IS_INTEGER(PARSE_JSON('[1, \"a\"]')[0])", "true")]
    public void Predicates(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("AS_VARCHAR(PARSE_JSON('\"abc\"'))", "abc")] // no quotes
    [TestCase("AS_VARCHAR(PARSE_JSON('1'))", "NULL")] // not a string
    [TestCase("AS_VARCHAR(PARSE_JSON('null'))", "NULL")]
    [TestCase("AS_CHAR(PARSE_JSON('\"a\\\\\"b\"'))", "a\"b")]
    [TestCase("AS_INTEGER(PARSE_JSON('42'))", "42")]
    [TestCase("AS_INTEGER(PARSE_JSON('\"42\"'))", "NULL")]
    [TestCase("AS_NUMBER(PARSE_JSON('12.5'), 10, 2)", "12.50")]
    [TestCase("AS_DECIMAL(PARSE_JSON('7'))", "7")]
    [TestCase("AS_DECIMAL(PARSE_JSON('true'))", "NULL")]
    [TestCase("AS_DOUBLE(PARSE_JSON('1.5e1'))", "15")]
    [TestCase("AS_DOUBLE(PARSE_JSON('2.25'))", "2.25")]
    [TestCase("AS_REAL(PARSE_JSON('\"x\"'))", "NULL")]
    [TestCase("AS_BOOLEAN(PARSE_JSON('true'))", "true")]
    [TestCase("AS_BOOLEAN(PARSE_JSON('1'))", "NULL")]
    [TestCase("AS_ARRAY(PARSE_JSON('[1, \"a\"]'))", "[1,\"a\"]")]
    [TestCase("AS_ARRAY(PARSE_JSON('{\"a\": 1}'))", "NULL")]
    [TestCase("AS_OBJECT(PARSE_JSON('{\"a\": 1}'))", "{\"a\":1}")]
    [TestCase("AS_OBJECT(PARSE_JSON('[1]'))", "NULL")]
    [TestCase("AS_DATE(TO_VARIANT(DATE '2024-02-29'))", "2024-02-29")]
    [TestCase("AS_VARCHAR(PARSE_JSON(NULL))", "NULL")]
    public void Accessors(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("TO_JSON(PARSE_JSON('{\"a\": 1, \"b\": [true, null]}'))", "{\"a\":1,\"b\":[true,null]}")]
    [TestCase("TO_JSON(PARSE_JSON('null'))", "null")]
    [TestCase("TO_JSON(NULL)", "NULL")]
    [TestCase("TO_JSON(TO_VARIANT('x'))", "\"x\"")]
    [TestCase("TO_VARIANT(NULL)", "NULL")]
    [TestCase("TO_VARIANT('[1]')", "\"[1]\"")] // a string is not parsed
    [TestCase("TO_VARIANT(PARSE_JSON('[1]'))", "[1]")]
    [TestCase("TO_OBJECT(PARSE_JSON('{\"a\": 1}'))", "{\"a\":1}")]
    [TestCase("TO_OBJECT(NULL)", "NULL")]
    [TestCase("TO_ARRAY(1)", "[1]")] // a non-array becomes a one-element array
    [TestCase("TO_ARRAY('a')", "[\"a\"]")]
    [TestCase("TO_ARRAY(PARSE_JSON('[1, 2]'))", "[1,2]")]
    [TestCase("TO_ARRAY(NULL)", "NULL")]
    [TestCase("STRIP_NULL_VALUE(PARSE_JSON('null'))", "NULL")]
    [TestCase("STRIP_NULL_VALUE(PARSE_JSON('{\"a\": null}'):a)", "NULL")]
    [TestCase("STRIP_NULL_VALUE(PARSE_JSON('{\"a\": 5}'):a)", "5")]
    [TestCase("STRIP_NULL_VALUE(PARSE_JSON('[null]'))", "[null]")] // only a top-level JSON null is stripped
    public void Conversions(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [Test]
    public void ToObjectOfANonObjectFails() => FailsAtRuntime("TO_OBJECT(PARSE_JSON('[1]'))");

    [Test]
    public void VariantResultsAreJson()
    {
        Assert.That(DuckType("PARSE_JSON('[1]')"), Is.EqualTo("JSON"));
        Assert.That(DuckType("OBJECT_CONSTRUCT('a', 1)"), Is.EqualTo("JSON"));
        Assert.That(DuckType("ARRAY_APPEND(ARRAY_CONSTRUCT(1), 2)"), Is.EqualTo("JSON"));
        Assert.That(DuckType("TO_JSON(PARSE_JSON('[1]'))"), Is.EqualTo("VARCHAR"));
    }

    [Test]
    public void ParseJsonOfAColumn() =>
        Assert.That(Column("SELECT TYPEOF(PARSE_JSON(s)) FROM (VALUES ('1'), ('\"a\"'), (NULL), ('null'), ('[1]')) AS t(s)"),
            Is.EqualTo(new[] { "INTEGER", "VARCHAR", "NULL", "NULL_VALUE", "ARRAY" }));

    [Test]
    public void XmlFunctionsFailByName()
    {
        Assert.That(TranslationFails("SELECT PARSE_XML('<a/>')").ErrorCode, Is.EqualTo("000002"));
        Assert.That(TranslationFails("SELECT CHECK_XML('<a/>')").ErrorCode, Is.EqualTo("000002"));
        Assert.That(TranslationFails("SELECT XMLGET(PARSE_XML('<a/>'), 'a')").ErrorCode, Is.EqualTo("000002"));
    }
}
