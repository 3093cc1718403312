using System.Text.Json.Nodes;
using Apache.Arrow;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>
/// Structured ARRAY/OBJECT/MAP results (https://docs.snowflake.com/en/sql-reference/data-types-structured): JSON results
/// carry rowtype `fields` (element, OBJECT keys, MAP key and value; nested for nested types) and compact JSON values
/// in the declared key order, which snowflake-sdk decodes by the fields; Arrow results send the same JSON text as Utf8
/// and report the semi-structured type without `fields` (protocol doc §4.2 / §5.3).
/// </summary>
public sealed class StructuredTypeEncodingTests : ServerTestBase
{
    private const string Query = """
        SELECT [1, 2]::ARRAY(INT) AS a, {'b': 'x', 'a': 1}::OBJECT(b VARCHAR(3), a NUMBER(10,2)) AS o,
          PARSE_JSON('{"k": [true]}')::MAP(VARCHAR, ARRAY(BOOLEAN)) AS m, NULL::ARRAY(INT) AS n
        """;

    [Test]
    public async Task JsonRowTypeHasFields()
    {
        var data = AssertSuccess(await Node.QueryAsync(Query));
        var rowtype = data["rowtype"]!.AsArray().Select(c => c!).ToList();
        Assert.That(rowtype.Select(c => c["type"]!.GetValue<string>()), Is.EqualTo(new[] { "array", "object", "map", "array" }));
        Assert.That(Fields(rowtype[0]), Is.EqualTo(":fixed(38,0)"));
        Assert.That(Fields(rowtype[1]), Is.EqualTo("b:text(3), a:fixed(10,2)"));
        Assert.That(Fields(rowtype[2]), Is.EqualTo(":text(16777216), :array[:boolean]"));
        Assert.That(rowtype[0]["fields"]![0]!["nullable"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task JsonValuesAreCompactInDeclaredKeyOrder()
    {
        var data = AssertSuccess(await Node.QueryAsync(Query));
        Assert.That(ResultDecoder.JsonRows(data).Single(), Is.EqualTo(new[] { "[1,2]", "{\"b\":\"x\",\"a\":1.0}", "{\"k\":[true]}", null }));
    }

    [Test]
    public async Task ArrowSendsJsonTextWithoutFields()
    {
        var data = AssertSuccess(await DotNet.QueryAsync(Query));
        Assert.That(data["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("arrow"));
        var rowtype = data["rowtype"]!.AsArray().Select(c => c!).ToList();
        Assert.That(rowtype.Select(c => c["type"]!.GetValue<string>()), Is.EqualTo(new[] { "array", "object", "object", "array" }));
        Assert.That(rowtype.Any(c => c.AsObject().ContainsKey("fields")), Is.False);
        var batch = ResultDecoder.InlineArrow(data).Single();
        Assert.That(((StringArray)batch.Column(0)).GetString(0), Is.EqualTo("[1,2]"));
        Assert.That(((StringArray)batch.Column(2)).GetString(0), Is.EqualTo("{\"k\":[true]}"));
        Assert.That(batch.Schema.GetFieldByIndex(2).Metadata["logicalType"], Is.EqualTo("OBJECT"));
    }

    private static string Fields(JsonNode column) =>
        string.Join(", ", column["fields"]!.AsArray().Select(f => $"{f!["name"]!.GetValue<string>()}:{Describe(f)}"));

    private static string Describe(JsonNode field)
    {
        var type = field["type"]!.GetValue<string>();
        return type switch
        {
            "fixed" => $"fixed({field["precision"]},{field["scale"]})",
            "text" => $"text({field["length"]})",
            "array" or "object" or "map" => $"{type}[{Fields(field)}]",
            _ => type,
        };
    }
}
