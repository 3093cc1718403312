using Mockhaus.Engine.Metadata;
using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Tests.Metadata;

// Structured ARRAY/OBJECT/MAP columns report their declared types, with element types resolved as Snowflake shows
// them (INT -> NUMBER(38,0), VARCHAR -> VARCHAR(16777216)), and query results carry the structure for the rowtype
// `fields`: https://docs.snowflake.com/en/sql-reference/data-types-structured
public class StructuredTypeMetadataTests : EngineTestBase
{
    private const string ArrayType = "ARRAY(NUMBER(38,0))";
    private const string ObjectType = "OBJECT(a NUMBER(38,0), b VARCHAR(16777216))";
    private const string MapType = "MAP(VARCHAR(16777216), NUMBER(38,0))";

    [SetUp]
    public void CreateTable() =>
        Rows("CREATE TABLE st (id INT, a ARRAY(INT), o OBJECT(a INT, b VARCHAR), m MAP(VARCHAR, INT)); " +
             "INSERT INTO st SELECT 1, [1, 2]::ARRAY(INT), {'a': 1, 'b': 'x'}::OBJECT(a INT, b VARCHAR), PARSE_JSON('{\"k\": 1}')::MAP(VARCHAR, INT)");

    [Test]
    public void DescribeTableShowsTheDeclaredTypes() =>
        Assert.That(Rows("DESCRIBE TABLE st").Select(r => $"{r[0]} {r[1]}"),
            Is.EqualTo(new[] { "ID NUMBER(38,0)", $"A {ArrayType}", $"O {ObjectType}", $"M {MapType}" }));

    [Test]
    public void InformationSchemaShowsTheDeclaredTypes() =>
        Assert.That(Rows("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'ST' ORDER BY ordinal_position")
                .Select(r => $"{r[0]} {r[1]}"),
            Is.EqualTo(new[] { "ID NUMBER", $"A {ArrayType}", $"O {ObjectType}", $"M {MapType}" }));

    [Test]
    public void ShowColumnsNamesTheKind()
    {
        var types = Rows("SHOW COLUMNS IN TABLE st").Select(r => (string)r[3]!).ToList();
        Assert.That(types[1..], Is.EqualTo(new[]
        {
            "{\"type\":\"ARRAY\",\"nullable\":true}", "{\"type\":\"OBJECT\",\"nullable\":true}", "{\"type\":\"MAP\",\"nullable\":true}",
        }));
    }

    [Test]
    public void CreateTableAsSelectKeepsStructuredTypes()
    {
        Rows("CREATE TABLE st2 AS SELECT id, a, o AS renamed, [1]::ARRAY(VARCHAR) AS casted, m::VARIANT AS v FROM st");
        Assert.That(Rows("DESCRIBE TABLE st2").Select(r => $"{r[0]} {r[1]}"),
            Is.EqualTo(new[] { "ID NUMBER(38,0)", $"A {ArrayType}", $"RENAMED {ObjectType}", "CASTED ARRAY(VARCHAR(16777216))", "V VARIANT" }));
        Assert.That(ResultTypes("SELECT a FROM st2").Single().Fields, Is.Not.Null);
    }

    [Test]
    public void GetDdlPrintsTheStructuredTypes()
    {
        var ddl = (string)Scalar("SELECT GET_DDL('TABLE', 'st')")!;
        Assert.That(ddl, Does.Contain($"A {ArrayType}").And.Contain($"O {ObjectType}").And.Contain($"M {MapType}"));
    }

    [Test]
    public void AddedColumnKeepsItsStructuredType()
    {
        Rows("ALTER TABLE st ADD COLUMN d ARRAY(DATE)");
        Assert.That(Rows("DESCRIBE TABLE st").Last()[1], Is.EqualTo("ARRAY(DATE)"));
    }

    [Test]
    public void QueryColumnsCarryTheStructure()
    {
        var types = ResultTypes("SELECT a, o, m, id FROM st");
        Assert.That(types.Select(t => t.RowTypeName), Is.EqualTo(new[] { "array", "object", "map", "fixed" }));
        Assert.That(Describe(types[0]), Is.EqualTo("array[ fixed(38,0)]"));
        Assert.That(Describe(types[1]), Is.EqualTo("object[a fixed(38,0), b text(16777216)]"));
        Assert.That(Describe(types[2]), Is.EqualTo("map[ text(16777216),  fixed(38,0)]"));
        Assert.That(types[3].Fields, Is.Null);
    }

    [Test]
    public void CastsCarryTheStructure()
    {
        var types = ResultTypes("SELECT [1]::ARRAY(VARCHAR(5)) AS s, PARSE_JSON('[[1]]')::ARRAY(ARRAY(FLOAT)) AS n, [1]::ARRAY AS plain");
        Assert.That(Describe(types[0]), Is.EqualTo("array[ text(5)]"));
        Assert.That(Describe(types[1]), Is.EqualTo("array[ array[ real]]"));
        Assert.That(types[2].Fields, Is.Null, "a semi-structured ARRAY has no fields");
    }

    [TestCase("ARRAY(INT)", ArrayType)]
    [TestCase("object(A int, \"b c\" string)", "OBJECT(A NUMBER(38,0), \"b c\" VARCHAR(16777216))")]
    [TestCase("MAP(VARCHAR(10), ARRAY(OBJECT(x DOUBLE PRECISION)))", "MAP(VARCHAR(10), ARRAY(OBJECT(x FLOAT)))")]
    [TestCase("ARRAY(TIMESTAMP_NTZ(3))", "ARRAY(TIMESTAMP_NTZ(3))")]
    public void DeclaredTextResolvesElementTypes(string text, string expected) =>
        Assert.That(DeclaredType.Parse(text).ToString(), Is.EqualTo(expected));

    [Test]
    public void PlainArrayIsNotStructured() => Assert.That(DeclaredType.Parse("ARRAY").Fields, Is.Null);

    private List<SnowflakeType> ResultTypes(string sql)
    {
        using var result = Session.Execute(Session.Translate(sql).Single());
        return result.Rows.Columns.Select(c => c.Type).ToList();
    }

    private static string Describe(SnowflakeType type)
    {
        var own = type.Kind switch
        {
            SnowflakeTypeKind.Fixed => $"fixed({type.Precision},{type.Scale})",
            SnowflakeTypeKind.Text => $"text({type.Length})",
            _ => type.RowTypeName,
        };
        return type.Fields is null ? own : $"{own}[{string.Join(", ", type.Fields.Select(f => $"{f.Name} {Describe(f.Type)}"))}]";
    }
}
