using System.Numerics;
using System.Text.Json.Nodes;
using Apache.Arrow;
using Apache.Arrow.Types;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Types;
using Mockhaus.Server.Results;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>
/// DuckDB Arrow types the translator may produce (HUGEINT from SUM, TIMESTAMP_NS, JSON objects, LIST/STRUCT,
/// FLOAT, small integers), run through the pass-through translator so the SQL can name them directly.
/// </summary>
public sealed class DuckDbPhysicalTypeTests
{
    private const string Query = """
        SELECT 170141183460469231731687303715884105727::HUGEINT AS huge, 5::HUGEINT AS small_huge,
          TIMESTAMP_NS '2024-01-02 03:04:05.123456789' AS ns, TIME '01:02:03.5' AS tm,
          '{"a": [1, "é"]}'::JSON AS obj, [1, 2, 3] AS list, {'k': 'v', 'n': 1} AS struct_value,
          1.25::FLOAT AS f32, 7::TINYINT AS tiny, 200::UTINYINT AS utiny,
          NULL::HUGEINT AS n_huge
        """;

    private MockhausServer _server = null!;
    private DriverClient _node = null!;
    private DriverClient _dotnet = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await TestServer.StartAsync(new ServerOptions { Port = 0, ConfigureLogging = TestServer.Quiet }, new PassThroughTranslator());
        _node = new DriverClient(_server.BaseAddress, DriverClient.Kind.Node);
        _dotnet = new DriverClient(_server.BaseAddress, DriverClient.Kind.DotNet);
        await _node.LoginAsync();
        await _dotnet.LoginAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _node.Dispose();
        _dotnet.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task JsonEncodesDuckDbSpecificTypes()
    {
        var envelope = await _node.QueryAsync(Query);
        Assert.That(envelope["success"]!.GetValue<bool>(), Is.True, envelope.ToJsonString());
        var data = envelope["data"]!;
        var row = ResultDecoder.JsonRows(data).Single();
        Assert.That(row[0], Is.EqualTo("170141183460469231731687303715884105727"));
        Assert.That(row[1], Is.EqualTo("5"));
        Assert.That(row[2], Is.EqualTo("1704164645.123456789"));
        Assert.That(row[3], Is.EqualTo("3723.500000000"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(row[4]!), JsonNode.Parse("""{"a": [1, "é"]}""")), Is.True, row[4]);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(row[5]!), JsonNode.Parse("[1,2,3]")), Is.True, row[5]);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(row[6]!), JsonNode.Parse("""{"k":"v","n":1}""")), Is.True, row[6]);
        Assert.That(row[7], Is.EqualTo("1.25"));
        Assert.That(row[8], Is.EqualTo("7"));
        Assert.That(row[9], Is.EqualTo("200"));
        Assert.That(row[10], Is.Null);
        var types = data["rowtype"]!.AsArray().Select(c => c!["type"]!.GetValue<string>()).ToArray();
        Assert.That(types, Is.EqualTo(new[] { "fixed", "fixed", "timestamp_ntz", "time", "variant", "array", "object", "real", "fixed", "fixed", "fixed" }));
    }

    [Test]
    public async Task ArrowEncodesDuckDbSpecificTypesInDriverForms()
    {
        var envelope = await _dotnet.QueryAsync(Query);
        var batch = ResultDecoder.InlineArrow(envelope["data"]!).Single();
        Assert.That(Int128Reader.Unscaled((Decimal128Array)batch.Column(0), 0), Is.EqualTo(BigInteger.Parse("170141183460469231731687303715884105727")));
        Assert.That(((Int64Array)batch.Column(1)).GetValue(0), Is.EqualTo(5), "HUGEINT values that fit travel as Int64");
        var ns = (StructArray)batch.Column(2);
        Assert.That(((Int64Array)ns.Fields[0]).GetValue(0), Is.EqualTo(1704164645));
        Assert.That(((Int32Array)ns.Fields[1]).GetValue(0), Is.EqualTo(123456789));
        Assert.That(((Int64Array)batch.Column(3)).GetValue(0), Is.EqualTo(3723_500_000_000L));
        Assert.That(batch.Column(4), Is.TypeOf<StringArray>());
        Assert.That(batch.Column(5), Is.TypeOf<StringArray>());
        Assert.That(((DoubleArray)batch.Column(7)).GetValue(0), Is.EqualTo(1.25), "REAL is always Float64");
        Assert.That(((Int64Array)batch.Column(8)).GetValue(0), Is.EqualTo(7));
        Assert.That(((Int64Array)batch.Column(9)).GetValue(0), Is.EqualTo(200));
        Assert.That(batch.Column(10).IsNull(0), Is.True);
    }

    [Test]
    public void TimestampTzCarriesTheOffsetInBothFormats()
    {
        // No SQL produces TIMESTAMP_TZ yet; the encoder is fed a TZ-typed column directly.
        var type = new TimestampType(TimeUnit.Microsecond, "+05:30");
        var values = new TimestampArray.Builder(type).Append(DateTimeOffset.Parse("2024-01-02T05:04:05.5+00:00")).AppendNull().Build();
        var schema = new Schema([new Field("TZ", type, true)], null);
        var columns = new[] { new ResultColumn("TZ", SnowflakeType.TimestampTz(9)) };
        using var store = new ChunkStore(1 << 20, compress: false, spillDirectory: null);
        var encoder = new ResultEncoder(new ServerOptions(), store);

        using (var rows = new InMemoryResultStream(columns, schema, [new RecordBatch(schema, [values], 2)]))
        {
            var json = encoder.Encode(rows, ResultFormat.Json, chunked: true, new ConversionContext("UTC"), CancellationToken.None);
            var parsed = ResultDecoder.JsonChunkRows(ResultDecoder.Utf8(json.Inline.ToArray()));
            Assert.That(parsed[0][0], Is.EqualTo("1704171845.500000000 1770"), "offset +330 minutes + 1440");
            Assert.That(parsed[1][0], Is.Null);
        }

        var values2 = new TimestampArray.Builder(type).Append(DateTimeOffset.Parse("2024-01-02T05:04:05.5+00:00")).Build();
        using (var rows = new InMemoryResultStream(columns, schema, [new RecordBatch(schema, [values2], 1)]))
        {
            var arrow = encoder.Encode(rows, ResultFormat.Arrow, chunked: true, new ConversionContext("UTC"), CancellationToken.None);
            var tz = (StructArray)ResultDecoder.ArrowBatches(arrow.Inline.ToArray()).Single().Column(0);
            Assert.That(tz.Fields, Has.Count.EqualTo(3));
            Assert.That(((Int64Array)tz.Fields[0]).GetValue(0), Is.EqualTo(1704171845));
            Assert.That(((Int32Array)tz.Fields[1]).GetValue(0), Is.EqualTo(500_000_000));
            Assert.That(((Int32Array)tz.Fields[2]).GetValue(0), Is.EqualTo(1770));
        }
    }

    [Test]
    public void SessionTimeZoneGivesTheOffsetWhenTheColumnHasNone()
    {
        var context = new ConversionContext("America/Los_Angeles");
        Assert.That(context.OffsetMinutes(1704164645, "UTC"), Is.EqualTo(-480), "winter: UTC-8");
        Assert.That(context.OffsetMinutes(1720000000, null), Is.EqualTo(-420), "summer: UTC-7");
    }
}
