namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// Semi-structured functions over VARIANT / ARRAY / OBJECT table columns holding mixed types, JSON nulls and SQL NULLs.
// https://docs.snowflake.com/en/user-guide/semistructured-considerations (SQL NULL vs JSON null),
// https://docs.snowflake.com/en/sql-reference/functions/typeof, .../array_size, .../object_keys, .../get_path
public class VariantColumnTests : SemiStructuredTestBase
{
    [OneTimeSetUp]
    public void CreateTable()
    {
        foreach (var sql in new[]
                 {
                     "CREATE TABLE docs (id INT, v VARIANT, a ARRAY, o OBJECT)",
                     "INSERT INTO docs SELECT 1, PARSE_JSON('{\"name\": \"ann\", \"score\": 1.5, \"tags\": [\"x\", 1, null, true]}'), ARRAY_CONSTRUCT(1, 'a', NULL), OBJECT_CONSTRUCT('k', 1)",
                     "INSERT INTO docs SELECT 2, PARSE_JSON('null'), ARRAY_CONSTRUCT(), OBJECT_CONSTRUCT()",
                     "INSERT INTO docs SELECT 3, NULL, NULL, NULL",
                     "INSERT INTO docs SELECT 4, PARSE_JSON('[{\"n\": 1}, {\"n\": 2.5e0}, \"s\"]'), ARRAY_CONSTRUCT(ARRAY_CONSTRUCT(1, 2), OBJECT_CONSTRUCT('z', NULL)), OBJECT_CONSTRUCT_KEEP_NULL('k', NULL)",
                 })
        {
            var statement = new SnowflakeTranslator().Translate(sql).Single();
            Db.Execute(statement.DuckDbSql!);
        }
    }

    private List<string> Values(string expression) => Column($"SELECT {expression} FROM docs ORDER BY id");

    [Test]
    public void TypeOfEachRow() =>
        Assert.That(Values("TYPEOF(v)"), Is.EqualTo(new[] { "OBJECT", "NULL_VALUE", "NULL", "ARRAY" }));

    [Test]
    public void NullKinds()
    {
        Assert.That(Values("IS_NULL_VALUE(v)"), Is.EqualTo(new[] { "false", "true", "NULL", "false" }));
        Assert.That(Values("v IS NULL"), Is.EqualTo(new[] { "false", "false", "true", "false" })); // a JSON null is not SQL NULL
        Assert.That(Values("STRIP_NULL_VALUE(v) IS NULL"), Is.EqualTo(new[] { "false", "true", "true", "false" }));
    }

    [Test]
    public void MixedTypeArrayElements()
    {
        Assert.That(Values("TYPEOF(GET_PATH(v, 'tags[0]'))"), Is.EqualTo(new[] { "VARCHAR", "NULL", "NULL", "NULL" }));
        Assert.That(Values("TYPEOF(v:tags[1])"), Is.EqualTo(new[] { "INTEGER", "NULL", "NULL", "NULL" }));
        Assert.That(Values("TYPEOF(v:tags[2])"), Is.EqualTo(new[] { "NULL_VALUE", "NULL", "NULL", "NULL" }));
        Assert.That(Values("TYPEOF(v:tags[3])"), Is.EqualTo(new[] { "BOOLEAN", "NULL", "NULL", "NULL" }));
        Assert.That(Values("ARRAY_SIZE(v:tags)"), Is.EqualTo(new[] { "4", "NULL", "NULL", "NULL" }));
        Assert.That(Values("ARRAY_TO_STRING(v:tags, '|')"), Is.EqualTo(new[] { "x|1||true", "NULL", "NULL", "NULL" }));
    }

    [Test]
    public void ArrayColumns()
    {
        Assert.That(Values("ARRAY_SIZE(a)"), Is.EqualTo(new[] { "3", "0", "NULL", "2" }));
        Assert.That(Values("a"), Is.EqualTo(new[] { "[1,\"a\",null]", "[]", "NULL", "[[1,2],{}]" })); // OBJECT_CONSTRUCT drops the NULL value
        Assert.That(Values("ARRAY_CONTAINS('a'::VARIANT, a)"), Is.EqualTo(new[] { "true", "false", "NULL", "false" }));
        Assert.That(Values("ARRAY_COMPACT(a)"), Is.EqualTo(new[] { "[1,\"a\"]", "[]", "NULL", "[[1,2],{}]" }));
        Assert.That(Values("ARRAY_SIZE(ARRAY_CAT(a, a))"), Is.EqualTo(new[] { "6", "0", "NULL", "4" }));
    }

    [Test]
    public void ObjectColumns()
    {
        Assert.That(Values("o"), Is.EqualTo(new[] { "{\"k\":1}", "{}", "NULL", "{\"k\":null}" }));
        Assert.That(Values("OBJECT_KEYS(o)"), Is.EqualTo(new[] { "[\"k\"]", "[]", "NULL", "[\"k\"]" }));
        Assert.That(Values("IS_NULL_VALUE(GET(o, 'k'))"), Is.EqualTo(new[] { "false", "NULL", "NULL", "true" }));
        Assert.That(Values("OBJECT_INSERT(o, 'm', id)"), Is.EqualTo(new[] { "{\"k\":1,\"m\":1}", "{\"m\":2}", "NULL", "{\"k\":null,\"m\":4}" }));
    }

    [Test]
    public void NestedAccess()
    {
        Assert.That(Values("AS_VARCHAR(v:name)"), Is.EqualTo(new[] { "ann", "NULL", "NULL", "NULL" }));
        Assert.That(Values("AS_DOUBLE(v:score)"), Is.EqualTo(new[] { "1.5", "NULL", "NULL", "NULL" }));
        Assert.That(Values("GET_PATH(v, '[1].n')"), Is.EqualTo(new[] { "NULL", "NULL", "NULL", "2.5" }));
        Assert.That(Values("TYPEOF(GET(v, 2))"), Is.EqualTo(new[] { "NULL", "NULL", "NULL", "VARCHAR" }));
        Assert.That(Values("IS_OBJECT(GET(v, 0))"), Is.EqualTo(new[] { "NULL", "NULL", "NULL", "true" }));
    }

    [Test]
    public void AggregatesOverColumns()
    {
        Assert.That(Column("SELECT OBJECT_AGG(CAST(id AS VARCHAR), v) FROM docs WHERE id < 3"), Is.EqualTo(new[]
        {
            "{\"1\":{\"name\":\"ann\",\"score\":1.5,\"tags\":[\"x\",1,null,true]},\"2\":null}",
        }));
        Assert.That(Column("SELECT ARRAY_SIZE(ARRAY_AGG(v)) FROM docs"), Is.EqualTo(new[] { "3" })); // SQL NULL rows are skipped
    }
}
