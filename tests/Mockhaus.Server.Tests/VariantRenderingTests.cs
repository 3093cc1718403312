using System.Text.Json.Nodes;
using Apache.Arrow;
using Mockhaus.Server.Results;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>
/// VARIANT / OBJECT / ARRAY values as drivers receive them: two-space indented JSON (wire protocol reference §4.3),
/// keys sorted (https://docs.snowflake.com/en/sql-reference/functions/object_construct), exact numbers without
/// trailing zeros, doubles in FLOAT notation (https://docs.snowflake.com/en/sql-reference/functions/typeof prints
/// PARSE_JSON('1.912e2') as 1.912000000000000e+02).
/// </summary>
public sealed class VariantRenderingTests : ServerTestBase
{
    private const string Query = """
        SELECT OBJECT_CONSTRUCT('b', 1, 'a', ARRAY_CONSTRUCT(2, 'x')) AS o, PARSE_JSON('[]') AS e, PARSE_JSON('"s"') AS s,
          PARSE_JSON('{"z": 12.50, "y": 1.912e2, "x": {}}') AS n, NULL::VARIANT AS nul
        """;

    private static readonly string[] Expected =
    [
        "{\n  \"a\": [\n    2,\n    \"x\"\n  ],\n  \"b\": 1\n}",
        "[]",
        "\"s\"",
        "{\n  \"x\": {},\n  \"y\": 1.912000000000000e+02,\n  \"z\": 12.5\n}",
        null!,
    ];

    [Test]
    public async Task JsonResultsArePrettyPrintedWithSortedKeys()
    {
        var data = AssertSuccess(await Node.QueryAsync(Query));
        Assert.That(ResultDecoder.JsonRows(data).Single(), Is.EqualTo(Expected));
    }

    [Test]
    public async Task ArrowResultsMatchTheJsonText()
    {
        var data = AssertSuccess(await DotNet.QueryAsync(Query));
        Assert.That(data["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("arrow"));
        var batch = ResultDecoder.InlineArrow(data).Single();
        var values = Enumerable.Range(0, batch.ColumnCount).Select(i => ((StringArray)batch.Column(i)).GetString(0)).ToArray();
        Assert.That(values, Is.EqualTo(Expected));
    }

    [TestCase("1", "1")]
    [TestCase("-0.50", "-0.5")]
    [TestCase("2.0", "2")]
    [TestCase("1e5", "1.000000000000000e+05")]
    [TestCase("-2.5E-3", "-2.500000000000000e-03")]
    public void Numbers(string stored, string shown) => Assert.That(VariantText.Number(stored), Is.EqualTo(shown));

    [Test]
    public void StringsStayRawUtf8AndEscapesSurvive() =>
        Assert.That(VariantText.Render("{\"k\":\"é \\\"q\\\" \\n\"}"), Is.EqualTo("{\n  \"k\": \"é \\\"q\\\" \\n\"\n}"));
}
