namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// OBJECT_* functions, GET / GET_PATH / GET_IGNORE_CASE / JSON_EXTRACT_PATH_TEXT and OBJECT_AGG.
// https://docs.snowflake.com/en/sql-reference/functions/object_construct, .../object_construct_keep_null,
// .../object_insert, .../object_delete, .../object_pick, .../object_keys, .../object_agg, .../get, .../get_path,
// .../get_ignore_case, .../json_extract_path_text
// Keys are written in alphabetical order so that the expected text is also Snowflake's (it lists keys sorted).
public class ObjectFunctionTests : SemiStructuredTestBase
{
    [TestCase("OBJECT_CONSTRUCT('a', 1, 'b', 'BBBB', 'c', NULL)", "{\"a\":1,\"b\":\"BBBB\"}")] // SQL NULL values are skipped
    [TestCase("OBJECT_CONSTRUCT_KEEP_NULL('a', 1, 'b', 'BBBB', 'c', NULL)", "{\"a\":1,\"b\":\"BBBB\",\"c\":null}")]
    [TestCase("OBJECT_CONSTRUCT('a', PARSE_JSON('null'))", "{\"a\":null}")] // a JSON null value is kept
    [TestCase("OBJECT_CONSTRUCT()", "{}")]
    [TestCase("OBJECT_CONSTRUCT('a', NULL)", "{}")]
    [TestCase("OBJECT_CONSTRUCT(NULL, 1, 'b', 2)", "{\"b\":2}")] // a NULL key skips the pair
    [TestCase("OBJECT_CONSTRUCT_KEEP_NULL(NULL, 1, 'b', 2)", "{\"b\":2}")]
    [TestCase("OBJECT_CONSTRUCT('a', ARRAY_CONSTRUCT(1, 'x', NULL), 'b', OBJECT_CONSTRUCT('c', TRUE))", "{\"a\":[1,\"x\",null],\"b\":{\"c\":true}}")]
    [TestCase("OBJECT_CONSTRUCT('a', 1.5, 'b', 'x\"y')", "{\"a\":1.5,\"b\":\"x\\\"y\"}")]
    [TestCase("OBJECT_CONSTRUCT('k', PARSE_JSON('[1, {\"z\": 2}]'))", "{\"k\":[1,{\"z\":2}]}")]
    [TestCase("OBJECT_CONSTRUCT('a b', 1)", "{\"a b\":1}")]
    public void Construct(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [Test]
    public void ConstructFailsOnAnOddArgumentCount() =>
        Assert.That(TranslationFails("SELECT OBJECT_CONSTRUCT('a', 1, 'b')").Message, Does.Contain("OBJECT_CONSTRUCT"));

    [Test]
    public void ConstructStarFailsByName() =>
        Assert.That(TranslationFails("SELECT OBJECT_CONSTRUCT(*) FROM (SELECT 1 AS a)").ErrorCode, Is.EqualTo("000002"));

    [TestCase("OBJECT_INSERT(OBJECT_CONSTRUCT('a', 1, 'b', 2), 'c', 3)", "{\"a\":1,\"b\":2,\"c\":3}")]
    [TestCase("OBJECT_INSERT(OBJECT_CONSTRUCT('a', 1, 'b', 2), 'b', 3, TRUE)", "{\"a\":1,\"b\":3}")] // update in place
    [TestCase("OBJECT_INSERT(OBJECT_CONSTRUCT('a', 1), 'b', 'x', TRUE)", "{\"a\":1,\"b\":\"x\"}")] // update of a new key adds it
    [TestCase("OBJECT_INSERT(OBJECT_CONSTRUCT('a', 1), 'b', NULL)", "{\"a\":1}")] // SQL NULL value: pair omitted
    [TestCase("OBJECT_INSERT(OBJECT_CONSTRUCT('a', 1), 'b', PARSE_JSON('null'))", "{\"a\":1,\"b\":null}")] // JSON null inserted
    [TestCase("OBJECT_INSERT(OBJECT_CONSTRUCT('a', 1), NULL, 2)", "{\"a\":1}")]
    [TestCase("OBJECT_INSERT(OBJECT_CONSTRUCT(), 'a', ARRAY_CONSTRUCT(1, 2))", "{\"a\":[1,2]}")]
    [TestCase("OBJECT_INSERT(NULL, 'a', 1)", "NULL")]
    [TestCase("OBJECT_INSERT(PARSE_JSON('{\"a\": null, \"b\": 1}'), 'c', 2)", "{\"a\":null,\"b\":1,\"c\":2}")] // JSON nulls survive
    [TestCase("OBJECT_DELETE(OBJECT_CONSTRUCT('a', 1, 'b', 2, 'c', 3), 'a', 'b')", "{\"c\":3}")]
    [TestCase("OBJECT_DELETE(OBJECT_CONSTRUCT('a', 1), 'z')", "{\"a\":1}")]
    [TestCase("OBJECT_DELETE(PARSE_JSON('{\"a\": {\"b\": 1}, \"c\": null}'), 'a')", "{\"c\":null}")]
    [TestCase("OBJECT_DELETE(NULL, 'a')", "NULL")]
    [TestCase("OBJECT_PICK(OBJECT_CONSTRUCT('a', 1, 'b', 2, 'c', 3), 'a', 'b')", "{\"a\":1,\"b\":2}")]
    [TestCase("OBJECT_PICK(OBJECT_CONSTRUCT('a', 1, 'b', 2, 'c', 3), ARRAY_CONSTRUCT('a', 'c'))", "{\"a\":1,\"c\":3}")]
    [TestCase("OBJECT_PICK(OBJECT_CONSTRUCT('a', 1, 'b', 2), 'b')", "{\"b\":2}")]
    [TestCase("OBJECT_PICK(OBJECT_CONSTRUCT('a', 1), 'z')", "{}")]
    [TestCase("OBJECT_KEYS(PARSE_JSON('{\"a\": 1, \"b\": {\"c\": 2}}'))", "[\"a\",\"b\"]")] // top-level keys only
    [TestCase("OBJECT_KEYS(OBJECT_CONSTRUCT())", "[]")]
    [TestCase("OBJECT_KEYS(NULL)", "NULL")]
    public void Modify(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [Test]
    public void InsertingAnExistingKeyWithoutUpdateFails() =>
        FailsAtRuntime("OBJECT_INSERT(OBJECT_CONSTRUCT('a', 1), 'a', 2)");

    [TestCase("GET(ARRAY_CONSTRUCT(2.71, 3.15), 0)", "2.71")]
    [TestCase("GET(ARRAY_CONSTRUCT(2.71, 3.15), 5)", "NULL")] // out of range
    [TestCase("GET(ARRAY_CONSTRUCT(2.71, 3.15), -1)", "NULL")] // negative index
    [TestCase("GET(OBJECT_CONSTRUCT('a', 1, 'b', 'x'), 'b')", "\"x\"")]
    [TestCase("GET(OBJECT_CONSTRUCT('a', 1), 'A')", "NULL")] // keys are case-sensitive
    [TestCase("GET(PARSE_JSON('{\"a\": null}'), 'a')", "null")] // JSON null, not SQL NULL
    [TestCase("GET(PARSE_JSON('[1, 2]'), 'a')", "NULL")] // a key on an array
    [TestCase("GET(PARSE_JSON('{\"a.b\": 7}'), 'a.b')", "7")] // the key is not a path
    [TestCase("GET(NULL, 'a')", "NULL")]
    [TestCase("GET(PARSE_JSON('{\"a\\\\\"b\": 1}'), 'a\"b')", "1")] // a key with a double quote
    [TestCase("GET(PARSE_JSON('[[1, [2, 3]]]'), 0)", "[1,[2,3]]")]
    [TestCase("GET(GET(PARSE_JSON('[[1, [2, 3]]]'), 0), 1)", "[2,3]")]
    [TestCase("GET(PARSE_JSON('[10, 20, 30]'), 1 + 1)", "30")] // a computed index
    [TestCase("GET(PARSE_JSON('{\"k\": 4}'), LOWER('K'))", "4")] // a computed key
    [TestCase("GET_IGNORE_CASE(OBJECT_CONSTRUCT('Key', 5), 'KEY')", "5")]
    [TestCase("GET_IGNORE_CASE(OBJECT_CONSTRUCT('Key', 5), 'other')", "NULL")]
    [TestCase("GET_PATH(PARSE_JSON('{\"a\": {\"b\": [10, 20]}}'), 'a.b[1]')", "20")]
    [TestCase("GET_PATH(PARSE_JSON('{\"a\": {\"b\": [10, 20]}}'), 'a.b')", "[10,20]")]
    [TestCase("GET_PATH(PARSE_JSON('{\"a\": {\"b c\": 1}}'), 'a.\"b c\"')", "1")]
    [TestCase("GET_PATH(PARSE_JSON('{\"a\": {\"b\": 2}}'), 'a[''b'']')", "2")]
    [TestCase("GET_PATH(PARSE_JSON('[{\"x\": 3}]'), '[0].x')", "3")]
    [TestCase("GET_PATH(PARSE_JSON('{\"a\": 1}'), 'z.y')", "NULL")]
    [TestCase("GET_PATH(PARSE_JSON('{\"a\": [null]}'), 'a[0]')", "null")]
    [TestCase("JSON_EXTRACT_PATH_TEXT('{\"level_1_key\": {\"level_2_key\": \"level_2_value\"}}', 'level_1_key.level_2_key')", "level_2_value")]
    [TestCase("JSON_EXTRACT_PATH_TEXT('{\"level_1_key\": {\"level_2_key\": [\"zero\", \"one\", \"two\"]}}', 'level_1_key.level_2_key[1]')", "one")]
    [TestCase("JSON_EXTRACT_PATH_TEXT('{\"a\": [1, 2]}', 'a')", "[1,2]")]
    [TestCase("JSON_EXTRACT_PATH_TEXT('{\"a\": 5}', 'b')", "NULL")]
    [TestCase("JSON_EXTRACT_PATH_TEXT(NULL, 'a')", "NULL")]
    public void Extract(string expression, string expected) => Assert.That(Eval(expression), Is.EqualTo(expected));

    [Test]
    public void GetPathOfAColumnPath()
    {
        Assert.That(Column("SELECT GET_PATH(PARSE_JSON(j), p) FROM (VALUES ('{\"a\": [5, 6]}', 'a[1]'), ('[7]', '[0]')) AS t(j, p)"),
            Is.EqualTo(new[] { "6", "7" }));
    }

    [Test]
    public void MalformedPathFails() =>
        Assert.That(TranslationFails("SELECT GET_PATH(PARSE_JSON('{}'), 'a[')").ErrorCode, Is.EqualTo("100183"));

    private const string Rows = " FROM (VALUES ('g', 'a', 1), ('g', 'b', NULL), ('g', NULL, 3), ('h', 'c', 4)) AS t(grp, k, v)";

    [Test]
    public void ObjectAggSkipsNullKeysAndValues() =>
        Assert.That(Column("SELECT OBJECT_AGG(k, v)" + Rows + " WHERE grp = 'g'"), Is.EqualTo(new[] { "{\"a\":1}" }));

    [Test]
    public void ObjectAggPerGroup() =>
        Assert.That(Column("SELECT OBJECT_AGG(k, v) FROM (SELECT * " + Rows + ") GROUP BY grp ORDER BY grp"),
            Is.EqualTo(new[] { "{\"a\":1}", "{\"c\":4}" }));

    [Test]
    public void ObjectAggOfVariants() =>
        Assert.That(Eval("OBJECT_AGG(k, PARSE_JSON(v)) FROM (VALUES ('a', '[1]'), ('b', 'null'), ('c', '\"s\"')) AS t(k, v)"),
            Is.EqualTo("{\"a\":[1],\"b\":null,\"c\":\"s\"}"));

    [Test]
    public void ObjectAggOverAWindow() =>
        Assert.That(Column("SELECT OBJECT_AGG(k, v) OVER (PARTITION BY grp) FROM (SELECT * " + Rows + ") WHERE grp = 'h'"),
            Is.EqualTo(new[] { "{\"c\":4}" }));

    [TestCase("a.b[0]", "$.\"a\".\"b\"[0]")]
    [TestCase("[2].x", "$[2].\"x\"")]
    [TestCase("a[\"b c\"]", "$.\"a\".\"b c\"")]
    [TestCase("\"x.y\".z", "$.\"x.y\".\"z\"")]
    [TestCase("a['q\"']", "$.\"a\".\"q\\\"\"")]
    [TestCase("a..b", null)]
    [TestCase("a[x]", null)]
    [TestCase(".a", null)]
    public void PathConversion(string path, string? expected) =>
        Assert.That(Mockhaus.Sql.Functions.SemiStructuredPath.ToJsonPath(path), Is.EqualTo(expected));
}
