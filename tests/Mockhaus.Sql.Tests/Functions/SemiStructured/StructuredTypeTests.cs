namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// Structured ARRAY(t), OBJECT(k t, ...) and MAP(k, v): https://docs.snowflake.com/en/sql-reference/data-types-structured
// (casting a semi-structured ARRAY/OBJECT/VARIANT to a structured type converts every element to the declared type;
// a structured value casts back to VARIANT/ARRAY/OBJECT; values are shown as JSON; OBJECT keys keep their case).
// Structured values are DuckDB JSON (see Mockhaus.Sql.Generation.StructuredTypes), converted by the cast.
public class StructuredTypeTests : SemiStructuredTestBase
{
    [OneTimeSetUp]
    public void CreateTable()
    {
        Run("CREATE TABLE st (id INT, a ARRAY(INT), o OBJECT(a INT, b VARCHAR), m MAP(VARCHAR, INT), n ARRAY(OBJECT(x NUMBER(10,2))))");
        Run("INSERT INTO st SELECT 1, [1, 2, 3]::ARRAY(INT), {'a': 1, 'b': 'x'}::OBJECT(a INT, b VARCHAR), " +
            "PARSE_JSON('{\"k1\": 10, \"k2\": 20}')::MAP(VARCHAR, INT), PARSE_JSON('[{\"x\": 1.25}, {\"x\": 2.5}]')::ARRAY(OBJECT(x NUMBER(10,2)))");
        Run("INSERT INTO st SELECT 2, NULL, NULL, NULL, NULL");
    }

    private string Value(string expression) => Column($"SELECT {expression} FROM st WHERE id = 1").Single();

    [TestCase("[1, 2, 3]::ARRAY(INT)", "[1,2,3]")]
    [TestCase("[1.6, 2.4]::ARRAY(INT)", "[2,2]")] // elements convert (rounded) to the element type
    [TestCase("[2.5, -2.5]::ARRAY(INT)", "[3,-3]")] // half away from zero, as every cast to NUMBER(38,0)
    [TestCase("PARSE_JSON('[12345678901234567890123]')::ARRAY(NUMBER)", "[12345678901234567890123]")]
    [TestCase("PARSE_JSON('[1, \"x\"]')::ARRAY(VARCHAR)", "[\"1\",\"x\"]")]
    [TestCase("CAST([1, 2] AS ARRAY(VARCHAR))", "[\"1\",\"2\"]")]
    [TestCase("['1.5', '2.25']::ARRAY(NUMBER(10,2))", "[1.5,2.25]")] // DuckDB's JSON text of decimals (Snowflake may print trailing zeros)
    [TestCase("[true, false]::ARRAY(BOOLEAN)", "[true,false]")]
    [TestCase("PARSE_JSON('[[1, 2], [3]]')::ARRAY(ARRAY(INT))", "[[1,2],[3]]")]
    [TestCase("{'a': 1, 'b': 'x'}::OBJECT(a INT, b VARCHAR)", "{\"a\":1,\"b\":\"x\"}")]
    [TestCase("{'b': 2, 'a': '7'}::OBJECT(a INT, b VARCHAR)", "{\"a\":7,\"b\":\"2\"}")] // declared key order, converted values
    [TestCase("PARSE_JSON('{\"k1\": 10, \"k2\": \"20\"}')::MAP(VARCHAR, INT)", "{\"k1\":10,\"k2\":20}")]
    [TestCase("PARSE_JSON('{\"k\": {\"x\": 1}}')::MAP(VARCHAR, OBJECT(x VARCHAR))", "{\"k\":{\"x\":\"1\"}}")]
    [TestCase("NULL::ARRAY(INT)", "NULL")]
    [TestCase("PARSE_JSON('{\"x\": [\"1\", 2.5]}'):x::ARRAY(INT)", "[1,3]")] // a path into a VARIANT
    [TestCase("PARSE_JSON('null')::ARRAY(INT)", "NULL")]
    [TestCase("PARSE_JSON('{\"a\": [1, \"x\"]}')::OBJECT(a ARRAY(VARCHAR))", "{\"a\":[\"1\",\"x\"]}")]
    [TestCase("{'a': 1}::OBJECT(a INT)::OBJECT(a VARCHAR)", "{\"a\":\"1\"}")] // structured to structured
    public void CastConvertsElements(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("{'a': 1}::ARRAY(INT)")] // an OBJECT is not an ARRAY
    [TestCase("[1, 2]::OBJECT(a INT)")]
    [TestCase("[1, 2]::MAP(VARCHAR, INT)")]
    [TestCase("['abc']::ARRAY(INT)")] // an element that does not convert
    [TestCase("PARSE_JSON('1')::ARRAY(INT)")] // a scalar is not an ARRAY
    // The keys must match the type's exactly (DuckDB's rule, kept strict so nothing is dropped silently):
    [TestCase("{'a': 1}::OBJECT(a INT, b VARCHAR)")] // a key of the type missing from the value
    [TestCase("{'a': 1, 'c': 2}::OBJECT(a INT)")] // a key the type does not have
    [TestCase("{'A': 1}::OBJECT(a INT)")] // keys are case-sensitive
    public void CastOfWrongValueFails(string expression) => FailsAtRuntime(expression);

    // DuckDB's TRY_CAST nulls the element that does not convert, not the whole value (known difference: TRY() around
    // the strict cast would, but DuckDB refuses it over PARSE_JSON's error()).
    [TestCase("TRY_CAST(PARSE_JSON('[\"abc\", 1]') AS ARRAY(INT))", "[null,1]")]
    [TestCase("TRY_CAST(PARSE_JSON('{\"a\": 1, \"c\": 2}') AS OBJECT(a INT))", "NULL")] // key mismatch: the whole value
    [TestCase("TRY_CAST(PARSE_JSON('{\"b\": \"x\", \"a\": \"2\"}') AS OBJECT(a INT, b VARCHAR))", "{\"a\":2,\"b\":\"x\"}")]
    [TestCase("TRY_CAST(PARSE_JSON('{\"a\": 1}') AS ARRAY(INT))", "NULL")]
    [TestCase("TRY_CAST(PARSE_JSON('[\"7\"]') AS ARRAY(INT))", "[7]")]
    public void TryCastGivesNull(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [TestCase("a", "[1,2,3]")]
    [TestCase("o", "{\"a\":1,\"b\":\"x\"}")]
    [TestCase("m", "{\"k1\":10,\"k2\":20}")]
    [TestCase("n", "[{\"x\":1.25},{\"x\":2.5}]")]
    public void ColumnsKeepConvertedValues(string column, string expected) => Assert.That(Value(column), Is.EqualTo(expected));

    [TestCase("a[0]", "1")]
    [TestCase("a[2]::INT + 1", "4")]
    [TestCase("o:a", "1")]
    [TestCase("o['b']::VARCHAR", "x")]
    [TestCase("m['k2']", "20")]
    [TestCase("n[1]:x", "2.5")]
    [TestCase("ARRAY_SIZE(a)", "3")]
    [TestCase("ARRAY_CONTAINS(2::VARIANT, a)", "true")]
    [TestCase("OBJECT_KEYS(o)", "[\"a\",\"b\"]")]
    [TestCase("GET(m, 'k1')", "10")]
    [TestCase("a::VARIANT", "[1,2,3]")]
    [TestCase("a::ARRAY", "[1,2,3]")]
    [TestCase("o::OBJECT", "{\"a\":1,\"b\":\"x\"}")]
    [TestCase("a::ARRAY(VARCHAR)", "[\"1\",\"2\",\"3\"]")] // structured to structured converts again
    public void ElementAccessAndFunctionsWork(string expression, string expected) => Assert.That(Value(expression), Is.EqualTo(expected));

    [Test]
    public void FlattenReadsAStructuredArray() =>
        Assert.That(Column("SELECT f.value::INT FROM st, LATERAL FLATTEN(input => st.a) f ORDER BY f.index"), Is.EqualTo(new[] { "1", "2", "3" }));

    [Test]
    public void NullColumnsStayNull() =>
        Assert.That(RowsOf("SELECT a, o, m, n FROM st WHERE id = 2").Single(), Is.EqualTo("NULL | NULL | NULL | NULL"));

    [Test]
    public void StructuredColumnsAreJson() =>
        Assert.That(DuckTypes("SELECT a, o, m FROM st"), Is.EqualTo(new[] { "JSON", "JSON", "JSON" }));

    [Test]
    public void ColumnLevelNotNullStillApplies()
    {
        Run("CREATE TABLE st_nn (a ARRAY(INT) NOT NULL)");
        Run("INSERT INTO st_nn SELECT [1]::ARRAY(INT)");
        Assert.That(() => Run("INSERT INTO st_nn SELECT NULL"), Throws.Exception.Not.InstanceOf<AssertionException>());
        Assert.That(Column("SELECT a FROM st_nn"), Is.EqualTo(new[] { "[1]" }));
    }

    [TestCase("SELECT [1]::ARRAY(INT NOT NULL)", "NOT NULL elements in structured types")]
    [TestCase("SELECT {'a': 1}::OBJECT(a INT, a INT)", "duplicate key 'a'")]
    public void UnsupportedPartsFailByName(string sql, string feature) =>
        Assert.That(TranslationFails(sql).Message, Does.Contain(feature));

    [Test]
    public void MapNeedsKeyAndValueTypes() => Assert.That(TranslationFails("SELECT PARSE_JSON('{}')::MAP(VARCHAR)").Message, Is.Not.Empty);

    [TestCase("ARRAY(INT)", "ARRAY(INT)")]
    [TestCase("OBJECT(a INT, \"B c\" VARCHAR(10))", "OBJECT(a INT, \"B c\" VARCHAR(10))")]
    [TestCase("MAP(VARCHAR, ARRAY(NUMBER(10,2)))", "MAP(VARCHAR, ARRAY(NUMBER(10,2)))")]
    public void DeclaredTextRoundTrips(string type, string expected)
    {
        var statement = new SnowflakeTranslator().Translate($"SELECT NULL::{type}").Single();
        var cast = (Syntax.CastExpression)((Syntax.SelectQuery)((Syntax.QueryStatement)statement.Syntax!).Query).Items[0].Expression;
        Assert.That(cast.Type.SnowflakeText, Is.EqualTo(expected));
    }
}
