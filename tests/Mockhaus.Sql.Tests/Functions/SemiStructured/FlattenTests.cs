namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// FLATTEN as a table function. Expected rows are the documented examples of
// https://docs.snowflake.com/en/sql-reference/functions/flatten (SEQ, KEY, PATH, INDEX, VALUE, THIS; VALUE and THIS as
// compact JSON here, the docs print them indented), plus the lateral join example of
// https://docs.snowflake.com/en/user-guide/lateral-join-using and the FLATTEN queries of
// https://docs.snowflake.com/en/user-guide/querying-semistructured.
public class FlattenTests : SemiStructuredTestBase
{
    private const string Doc = "PARSE_JSON('{\"a\":1, \"b\":[77,88]}')";
    private const string Nested = "PARSE_JSON('{\"a\":1, \"b\":[77,88], \"c\": {\"d\":\"X\"}}')";

    [OneTimeSetUp]
    public void CreateTables()
    {
        Run("CREATE TABLE persons AS SELECT column1 AS id, PARSE_JSON(column2) AS c FROM VALUES " +
            "(12712555, '{\"name\": {\"first\": \"John\", \"last\": \"Smith\"}, \"contact\": [{\"business\": [{\"type\": \"phone\", \"content\": \"555-1234\"}, {\"type\": \"email\", \"content\": \"j.smith@company.com\"}]}]}'), " +
            "(98127771, '{\"name\": {\"first\": \"Jane\", \"last\": \"Doe\"}, \"contact\": [{\"business\": [{\"type\": \"phone\", \"content\": \"555-1236\"}, {\"type\": \"email\", \"content\": \"j.doe@company.com\"}]}]}')");
        // Rows 1 and 2 hold the same document: SEQ must still tell them apart.
        Run("CREATE TABLE docs (id INT, v VARIANT)");
        Run("INSERT INTO docs SELECT 1, PARSE_JSON('{\"tags\": [\"x\", \"y\"]}') UNION ALL SELECT 2, PARSE_JSON('{\"tags\": [\"x\", \"y\"]}') " +
            "UNION ALL SELECT 3, PARSE_JSON('{\"tags\": []}') UNION ALL SELECT 4, PARSE_JSON('{\"tags\": 5}') UNION ALL SELECT 5, NULL");
    }

    [Test]
    public void ArrayElements() =>
        Assert.That(RowsOf("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[1, 77]'))) f"), Is.EqualTo(new[]
        {
            "1 | NULL | [0] | 0 | 1 | [1,77]",
            "1 | NULL | [1] | 1 | 77 | [1,77]",
        }));

    [Test]
    public void ObjectFieldsWithOuter() =>
        Assert.That(RowsOf($"SELECT * FROM TABLE(FLATTEN(INPUT => {Doc}, OUTER => TRUE)) f"), Is.EqualTo(new[]
        {
            "1 | a | a | NULL | 1 | {\"a\":1,\"b\":[77,88]}",
            "1 | b | b | NULL | [77,88] | {\"a\":1,\"b\":[77,88]}",
        }));

    [Test]
    public void PathSelectsTheElementToFlatten() =>
        Assert.That(RowsOf($"SELECT * FROM TABLE(FLATTEN(INPUT => {Doc}, PATH => 'b')) f"), Is.EqualTo(new[]
        {
            "1 | NULL | b[0] | 0 | 77 | [77,88]",
            "1 | NULL | b[1] | 1 | 88 | [77,88]",
        }));

    [Test]
    public void EmptyInputGivesNoRowsUnlessOuter()
    {
        Assert.That(RowsOf("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'))) f"), Is.Empty);
        Assert.That(RowsOf("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'), OUTER => TRUE)) f"),
            Is.EqualTo(new[] { "1 | NULL |  | NULL | NULL | []" }));
    }

    [Test]
    public void Recursive() =>
        Assert.That(RowsOf($"SELECT * FROM TABLE(FLATTEN(INPUT => {Nested}, RECURSIVE => TRUE)) f"), Is.EqualTo(new[]
        {
            "1 | a | a | NULL | 1 | {\"a\":1,\"b\":[77,88],\"c\":{\"d\":\"X\"}}",
            "1 | b | b | NULL | [77,88] | {\"a\":1,\"b\":[77,88],\"c\":{\"d\":\"X\"}}",
            "1 | NULL | b[0] | 0 | 77 | [77,88]",
            "1 | NULL | b[1] | 1 | 88 | [77,88]",
            "1 | c | c | NULL | {\"d\":\"X\"} | {\"a\":1,\"b\":[77,88],\"c\":{\"d\":\"X\"}}",
            "1 | d | c.d | NULL | \"X\" | {\"d\":\"X\"}",
        }));

    [Test]
    public void RecursiveListsFieldsByKey() =>
        Assert.That(Column("SELECT path FROM TABLE(FLATTEN(INPUT => PARSE_JSON('{\"z\": {\"y\": 1, \"x\": [3, 4]}, \"a\": 0}'), RECURSIVE => TRUE))"),
            Is.EqualTo(new[] { "a", "z", "z.x", "z.x[0]", "z.x[1]", "z.y" }));

    [Test]
    public void RecursiveObjectsOnly() =>
        Assert.That(Column($"SELECT path FROM TABLE(FLATTEN(INPUT => {Nested}, RECURSIVE => TRUE, MODE => 'OBJECT')) f"),
            Is.EqualTo(new[] { "a", "b", "c", "c.d" }));

    [TestCase("'ARRAY'", 0)]
    [TestCase("'object'", 2)]
    [TestCase("'BOTH'", 2)]
    public void ModeLimitsWhatExpands(string mode, int rows) =>
        Assert.That(RowsOf($"SELECT * FROM TABLE(FLATTEN(INPUT => {Doc}, MODE => {mode})) f"), Has.Count.EqualTo(rows));

    [Test]
    public void QuotedKeysInPath()
    {
        Assert.That(Column("SELECT path FROM TABLE(FLATTEN(INPUT => PARSE_JSON('{\"my key\": 1, \"k_2\": 2}')))"),
            Is.EqualTo(new[] { "k_2", "['my key']" }));
        Assert.That(Column("SELECT path FROM TABLE(FLATTEN(INPUT => PARSE_JSON('{\"a\": {\"x.y\": 1}}'), PATH => 'a'))"),
            Is.EqualTo(new[] { "a['x.y']" }));
    }

    [Test]
    public void ObjectFieldsComeInKeyOrderArraysInIndexOrder()
    {
        // Snowflake keeps an OBJECT's keys sorted, so FLATTEN lists the fields by key.
        Assert.That(Column("SELECT key FROM TABLE(FLATTEN(PARSE_JSON('{\"b\": 1, \"a\": 2, \"c\": 3}')))"), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(Column("SELECT index FROM TABLE(FLATTEN(ARRAY_GENERATE_RANGE(0, 12)))"), Is.EqualTo(Enumerable.Range(0, 12).Select(i => i.ToString())));
    }

    [Test]
    public void FlattenOfAFlatten() =>
        Assert.That(RowsOf("SELECT a.index, b.index, b.value FROM TABLE(FLATTEN(input => PARSE_JSON('[[1,2],[3]]'))) a, LATERAL FLATTEN(a.value) b ORDER BY 1, 2"),
            Is.EqualTo(new[] { "0 | 0 | 1", "0 | 1 | 2", "1 | 0 | 3" }));

    [Test]
    public void ScalarInputGivesNoRowsUnlessOuter()
    {
        Assert.That(RowsOf("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('5')))"), Is.Empty);
        Assert.That(RowsOf("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('5'), OUTER => TRUE))"),
            Is.EqualTo(new[] { "1 | NULL |  | NULL | NULL | 5" }));
        Assert.That(RowsOf("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('{\"a\": 1}'), PATH => 'missing', OUTER => TRUE))"),
            Is.EqualTo(new[] { "1 | NULL | missing | NULL | NULL | NULL" }));
    }

    [Test]
    public void PositionalInputAndUnaliasedColumns() =>
        Assert.That(RowsOf("SELECT value, index FROM TABLE(FLATTEN(PARSE_JSON('[\"p\", \"q\"]')))"),
            Is.EqualTo(new[] { "\"p\" | 0", "\"q\" | 1" }));

    // https://docs.snowflake.com/en/user-guide/lateral-join-using
    [Test]
    public void ChainedLateralFlattens() =>
        Assert.That(RowsOf("SELECT id AS \"ID\", f1.value:type AS \"Type\", f1.value:content AS \"Details\", f.path, f1.path " +
                         "FROM persons p, LATERAL FLATTEN(input => p.c, path => 'contact') f, LATERAL FLATTEN(input => f.value:business) f1 " +
                         "ORDER BY 1, f1.index"), Is.EqualTo(new[]
        {
            "12712555 | \"phone\" | \"555-1234\" | contact[0] | [0]",
            "12712555 | \"email\" | \"j.smith@company.com\" | contact[0] | [1]",
            "98127771 | \"phone\" | \"555-1236\" | contact[0] | [0]",
            "98127771 | \"email\" | \"j.doe@company.com\" | contact[0] | [1]",
        }));

    [Test]
    public void CorrelatedInAJoin()
    {
        Assert.That(RowsOf("SELECT p.id, f.value:content::string FROM persons p JOIN LATERAL FLATTEN(p.c:contact[0].business) f " +
                         "ON f.value:type::string = 'email' ORDER BY 1"), Is.EqualTo(new[]
        {
            "12712555 | j.smith@company.com",
            "98127771 | j.doe@company.com",
        }));
        Assert.That(RowsOf("SELECT d.id, f.value::string FROM docs d LEFT JOIN LATERAL FLATTEN(d.v:tags) f ON TRUE ORDER BY 1, f.index"),
            Is.EqualTo(new[] { "1 | x", "1 | y", "2 | x", "2 | y", "3 | NULL", "4 | NULL", "5 | NULL" }));
    }

    [Test]
    public void OuterKeepsRowsWithNothingToExpand() =>
        Assert.That(RowsOf("SELECT d.id, f.index, f.value::string, f.this FROM docs d, LATERAL FLATTEN(input => d.v:tags, outer => true) f ORDER BY 1, 2"),
            Is.EqualTo(new[]
            {
                "1 | 0 | x | [\"x\",\"y\"]", "1 | 1 | y | [\"x\",\"y\"]", "2 | 0 | x | [\"x\",\"y\"]", "2 | 1 | y | [\"x\",\"y\"]",
                "3 | NULL | NULL | []", "4 | NULL | NULL | 5", "5 | NULL | NULL | NULL",
            }));

    [Test]
    public void SeqIsOnePerInputRow()
    {
        // Equal documents in rows 1 and 2 still get their own SEQ; the elements of one row share theirs.
        var seqs = RowsOf("SELECT d.id, f.seq FROM docs d, LATERAL FLATTEN(d.v:tags) f ORDER BY 1, f.index")
            .Select(r => r.Split(" | ")).ToList();
        Assert.That(seqs.Select(r => r[0]), Is.EqualTo(new[] { "1", "1", "2", "2" }));
        Assert.That(seqs[0][1], Is.EqualTo(seqs[1][1]));
        Assert.That(seqs[2][1], Is.EqualTo(seqs[3][1]));
        Assert.That(seqs[0][1], Is.Not.EqualTo(seqs[2][1]));
        Assert.That(Column("SELECT COUNT(DISTINCT f.seq) FROM docs d, LATERAL FLATTEN(d.v:tags) f"), Is.EqualTo(new[] { "2" }));
    }

    [Test]
    public void ReAggregatingPerSeq() =>
        Assert.That(RowsOf("SELECT d.id, ARRAY_AGG(f.value) WITHIN GROUP (ORDER BY f.index DESC) FROM docs d, LATERAL FLATTEN(d.v:tags) f GROUP BY d.id, f.seq ORDER BY 1"),
            Is.EqualTo(new[] { "1 | [\"y\",\"x\"]", "2 | [\"y\",\"x\"]" }));

    [Test]
    public void ColumnNamesAndTypes()
    {
        var outcome = Run("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[1]')))");
        Assert.That(outcome.ColumnNames, Is.EqualTo(new[] { "SEQ", "KEY", "PATH", "INDEX", "VALUE", "THIS" }));
        // NUMBER, VARCHAR, VARCHAR, NUMBER, VARIANT, VARIANT in Snowflake's terms.
        Assert.That(DuckTypes("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('{\"a\": [1]}'), PATH => 'a'))"),
            Is.EqualTo(new[] { "BIGINT", "VARCHAR", "VARCHAR", "BIGINT", "JSON", "JSON" }));
    }

    [Test]
    public void ValueAccessAndCasts() =>
        Assert.That(RowsOf("SELECT f.value:name::string, f.value:n::int + 1, TYPEOF(f.value) FROM TABLE(FLATTEN(PARSE_JSON('[{\"name\": \"ann\", \"n\": 4}]'))) f"),
            Is.EqualTo(new[] { "ann | 5 | OBJECT" }));

    [TestCase("SELECT * FROM TABLE(FLATTEN(PATH => 'a'))", "000938")]
    [TestCase("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'), BOGUS => 1))", "001044")]
    [TestCase("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'), MODE => 'ROWS'))", "001044")]
    [TestCase("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'), OUTER => 'yes'))", "001044")]
    [TestCase("SELECT * FROM t, LATERAL FLATTEN(t.v, t.p)", "001044")]
    [TestCase("SELECT * FROM TABLE(FLATTEN(INPUT => PARSE_JSON('[]'), PATH => 'a['))", "100183")]
    public void InvalidArgumentsFailWithSnowflakeErrors(string sql, string code) =>
        Assert.That(TranslationFails(sql).ErrorCode, Is.EqualTo(code));
}
