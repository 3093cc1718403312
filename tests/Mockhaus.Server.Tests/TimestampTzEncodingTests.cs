using System.Text.Json.Nodes;
using Apache.Arrow;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>
/// TIMESTAMP_TZ values carry their own offset to the drivers (protocol doc §4.3 and §5.3): JSON
/// "&lt;epoch seconds.fraction&gt; &lt;offset minutes + 1440&gt;", Arrow Struct{epoch, fraction, timezone = offset + 1440},
/// each value with the offset it was written with, not the session zone's.
/// </summary>
public sealed class TimestampTzEncodingTests : ServerTestBase
{
    private const string Values =
        "INSERT INTO {0} VALUES (1, '2024-01-01 10:00:00 +05:30'), (2, '2024-01-01 10:00:00.123 -08:00'), " +
        "(3, '2024-01-01 10:00:00 +00:00'), (4, NULL)";

    // 2024-01-01 04:30Z +05:30, 18:00:00.123Z -08:00, 10:00Z +00:00.
    private static readonly string?[] ExpectedJson =
        ["1704083400.000000000 1770", "1704132000.123000000 960", "1704103200.000000000 1440", null];

    private async Task<string> TableAsync(DriverClient client, string name)
    {
        AssertSuccess(await client.QueryAsync($"CREATE OR REPLACE TABLE {name} (id INT, ts TIMESTAMP_TZ)"));
        AssertSuccess(await client.QueryAsync(string.Format(Values, name)));
        return name;
    }

    [Test]
    public async Task JsonCarriesEachValuesOffset()
    {
        var table = await TableAsync(Node, "TZ_JSON");
        var data = AssertSuccess(await Node.QueryAsync($"SELECT ts FROM {table} ORDER BY id"));
        var column = data["rowtype"]![0]!;
        Assert.That(column["type"]!.GetValue<string>(), Is.EqualTo("timestamp_tz"));
        Assert.That(column["scale"]!.GetValue<int>(), Is.EqualTo(9));
        Assert.That(ResultDecoder.JsonRows(data).Select(r => r[0]), Is.EqualTo(ExpectedJson));
    }

    [Test]
    public async Task ArrowCarriesEachValuesOffset()
    {
        var table = await TableAsync(DotNet, "TZ_ARROW");
        var data = AssertSuccess(await DotNet.QueryAsync($"SELECT ts FROM {table} ORDER BY id"));
        Assert.That(data["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("arrow"));
        var batch = ResultDecoder.InlineArrow(data).Single();
        var field = batch.Schema.FieldsList[0];
        Assert.That(field.Metadata["logicalType"], Is.EqualTo("TIMESTAMP_TZ"));
        Assert.That(field.Metadata["byteLength"], Is.EqualTo("16"));
        var value = (StructArray)batch.Column(0);
        Assert.That(value.Fields, Has.Count.EqualTo(3), "epoch, fraction, timezone");
        var epochs = (Int64Array)value.Fields[0];
        var fractions = (Int32Array)value.Fields[1];
        var zones = (Int32Array)value.Fields[2];
        var decoded = Enumerable.Range(0, batch.Length)
            .Select(i => value.IsNull(i) ? null : $"{epochs.GetValue(i)} {fractions.GetValue(i)} {zones.GetValue(i)}");
        Assert.That(decoded, Is.EqualTo(new[] { "1704083400 0 1770", "1704132000 123000000 960", "1704103200 0 1440", null }));
    }

    [Test]
    public async Task DescribeOnlyReportsTheDeclaredType()
    {
        AssertSuccess(await Node.QueryAsync("CREATE OR REPLACE TABLE TZ_DESCRIBE (a TIMESTAMP_TZ(3), b TIMESTAMP_TZ)"));
        var describe = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}",
            new JsonObject { ["sqlText"] = "SELECT a, b, a::VARCHAR AS t FROM TZ_DESCRIBE WHERE a > ?", ["describeOnly"] = true });
        var rowtype = AssertSuccess(await DriverClient.ReadEnvelopeAsync(describe))["rowtype"]!.AsArray();
        Assert.That(rowtype.Select(c => $"{c!["type"]} {c["scale"]}"), Is.EqualTo(new[] { "timestamp_tz 3", "timestamp_tz 9", "text " }));
    }

    [Test]
    public async Task ABindOfTypeTimestampTzKeepsItsOffset()
    {
        var table = await TableAsync(Node, "TZ_BIND");
        // What the .NET connector sends for a DateTimeOffset: UTC nanoseconds and offset minutes + 1440.
        var bindings = new JsonObject
        {
            ["1"] = new JsonObject { ["type"] = "FIXED", ["value"] = "5" },
            ["2"] = new JsonObject { ["type"] = "TIMESTAMP_TZ", ["value"] = "1704157445000000000 1560" },
        };
        AssertSuccess(await Node.QueryAsync($"INSERT INTO {table} VALUES (?, ?)", bindings));
        var data = AssertSuccess(await Node.QueryAsync($"SELECT ts, ts::VARCHAR FROM {table} WHERE id = 5"));
        Assert.That(ResultDecoder.JsonRows(data).Single(), Is.EqualTo(new[] { "1704157445.000000000 1560", "2024-01-02 03:04:05.000 +0200" }));
    }
}
