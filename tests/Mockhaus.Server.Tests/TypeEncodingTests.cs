using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Apache.Arrow;
using Apache.Arrow.Types;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>Every Snowflake type in both result formats, decoded the way the drivers decode them.</summary>
public sealed class TypeEncodingTests : ServerTestBase
{
    private const string AllTypes = """
        SELECT 42::BIGINT AS i, -7::INTEGER AS i32, 123.45::NUMBER(10,2) AS dec2, -0.05::NUMBER(10,2) AS dec_small,
          12345678901234567890123456789012345678::NUMBER(38,0) AS big38,
          -1234567890123456789012345678.1234567890::NUMBER(38,10) AS big38s,
          -99999999999999999999999999999999999999::NUMBER(38,0) AS huge,
          1.5::FLOAT AS d, 'inf'::FLOAT AS pinf, '-inf'::FLOAT AS ninf, 'NaN'::FLOAT AS nan,
          'héllo € 日本' AS txt, 'q"b\\' || CHR(10) || CHR(12) AS esc,
          TRUE AS b, FALSE AS bf,
          '2024-01-02'::DATE AS dt, '1969-12-31'::DATE AS dneg,
          '13:14:15.123456'::TIME AS tm,
          '2024-01-02 03:04:05.123456'::TIMESTAMP_NTZ AS ntz,
          '2024-01-02 03:04:05.000001'::TIMESTAMP_NTZ AS ntz_us,
          '1969-12-31 23:59:59.75'::TIMESTAMP_NTZ AS ntz_neg,
          '2024-01-02 03:04:05.5+00:00'::TIMESTAMP_LTZ AS ltz,
          TO_BINARY('DEADBEEF', 'HEX') AS bin,
          '{"a": [1, "é"]}'::VARIANT AS v,
          NULL::INTEGER AS n_int, NULL::VARCHAR AS n_txt, NULL::FLOAT AS n_dbl, NULL::BOOLEAN AS n_bool,
          NULL::DATE AS n_date, NULL::TIME AS n_time, NULL::TIMESTAMP_NTZ AS n_ts, NULL::TIMESTAMP_LTZ AS n_ltz,
          NULL::BINARY AS n_bin, NULL::VARIANT AS n_var, NULL::NUMBER(38,2) AS n_dec
        """;

    private static readonly string[] ExpectedJson =
    [
        "42", "-7", "123.45", "-0.05",
        "12345678901234567890123456789012345678",
        "-1234567890123456789012345678.1234567890",
        "-99999999999999999999999999999999999999",
        "1.5", "inf", "-inf", "NaN",
        "héllo € 日本", "q\"b\\\n\f",
        "1", "0",
        "19724", "-1",
        "47655.123456000",
        "1704164645.123456000",
        "1704164645.000001000",
        "-0.250000000",
        "1704164645.500000000",
    ];

    [Test]
    public async Task JsonResultForNodeEncodesEveryType()
    {
        var response = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}",
            new JsonObject { ["disableOfflineChunks"] = false, ["sqlText"] = AllTypes });
        var raw = await response.Content.ReadAsStringAsync();
        Assert.That(raw, Does.Contain("héllo € 日本"), "non-ASCII text is sent as raw UTF-8");
        var data = AssertSuccess(JsonNode.Parse(raw)!);

        Assert.That(data["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("json"));
        Assert.That(data["version"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(data["statementTypeId"]!.GetValue<long>(), Is.EqualTo(4096));
        Assert.That(data["total"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(data["returned"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(data["finalDatabaseName"]!.GetValue<string>(), Is.EqualTo("TESTDB"));
        Assert.That(data["queryContext"]!["entries"]!.AsArray(), Is.Empty);
        Assert.That(Guid.TryParse(data["queryId"]!.GetValue<string>(), out _), Is.True);
        Assert.That(SessionProtocolTests.Parameters(data).Keys, Does.Contain("TIMEZONE").And.Contain("BINARY_OUTPUT_FORMAT"));

        var row = ResultDecoder.JsonRows(data).Single();
        for (var i = 0; i < ExpectedJson.Length; i++)
            Assert.That(row[i], Is.EqualTo(ExpectedJson[i]), $"column {i} {data["rowtype"]![i]!["name"]}");
        Assert.That(row[22], Is.EqualTo("DEADBEEF"));
        // A string cast to VARIANT is a JSON string value in Snowflake.
        Assert.That(JsonNode.Parse(row[23]!)!.GetValue<string>(), Is.EqualTo("""{"a": [1, "é"]}"""), row[23]);
        Assert.That(row.Skip(24), Is.All.Null);
    }

    [Test]
    public async Task RowTypeDescribesEveryColumn()
    {
        var data = AssertSuccess(await Node.QueryAsync(AllTypes));
        var rowtype = data["rowtype"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!, StringComparer.OrdinalIgnoreCase);
        var expectedTypes = new Dictionary<string, string>
        {
            ["i"] = "fixed", ["dec2"] = "fixed", ["big38"] = "fixed", ["huge"] = "fixed", ["d"] = "real", ["txt"] = "text",
            ["b"] = "boolean", ["dt"] = "date", ["tm"] = "time", ["ntz"] = "timestamp_ntz", ["ltz"] = "timestamp_ltz",
            ["bin"] = "binary", ["v"] = "variant",
        };
        foreach (var (name, type) in expectedTypes)
            Assert.That(rowtype[name]["type"]!.GetValue<string>(), Is.EqualTo(type), name);
        foreach (var column in rowtype.Values)
        {
            Assert.That(column["nullable"]!.GetValueKind(), Is.AnyOf(JsonValueKind.True, JsonValueKind.False));
            Assert.That(column.AsObject().ContainsKey("fields"), Is.False, "no fields for semi-structured types");
        }
        Assert.That(rowtype["dec2"]["precision"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(rowtype["dec2"]["scale"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(rowtype["big38s"]["scale"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(rowtype["i"]["scale"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(rowtype["tm"]["scale"]!.GetValue<int>(), Is.EqualTo(9));
        Assert.That(rowtype["ntz"]["scale"]!.GetValue<int>(), Is.EqualTo(9));
        Assert.That(rowtype["txt"]["length"]!.GetValue<long>(), Is.EqualTo(16777216));
        Assert.That(rowtype["bin"]["length"]!.GetValue<long>(), Is.EqualTo(8388608));
    }

    [Test]
    public async Task JsonResultForDotNetWhenSessionAsksForJson()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        AssertSuccess(await client.LoginAsync(sessionParameters: new JsonObject { ["DOTNET_QUERY_RESULT_FORMAT"] = "JSON" }));
        var data = AssertSuccess(await client.QueryAsync(AllTypes));
        Assert.That(data["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("json"));
        var row = ResultDecoder.JsonRows(data).Single();
        Assert.That(row[..ExpectedJson.Length], Is.EqualTo(ExpectedJson));
    }

    [Test]
    public async Task ArrowResultForDotNetEncodesEveryType()
    {
        var data = AssertSuccess(await DotNet.QueryAsync(AllTypes));
        Assert.That(data["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("arrow"));
        var batch = ResultDecoder.InlineArrow(data).Single();
        Assert.That(batch.Length, Is.EqualTo(1));
        var schema = batch.Schema;
        int Col(string name) => schema.GetFieldIndex(name, StringComparer.OrdinalIgnoreCase);

        Assert.That(((Int64Array)batch.Column(Col("i"))).GetValue(0), Is.EqualTo(42));
        Assert.That(((Int64Array)batch.Column(Col("i32"))).GetValue(0), Is.EqualTo(-7));
        Assert.That(((Int64Array)batch.Column(Col("dec2"))).GetValue(0), Is.EqualTo(12345), "unscaled, scale from rowtype");
        Assert.That(((Int64Array)batch.Column(Col("dec_small"))).GetValue(0), Is.EqualTo(-5));
        var big38 = (Decimal128Array)batch.Column(Col("big38"));
        Assert.That(Int128Reader.Unscaled(big38, 0), Is.EqualTo(BigInteger.Parse("12345678901234567890123456789012345678")));
        var big38s = (Decimal128Array)batch.Column(Col("big38s"));
        Assert.That(((Decimal128Type)big38s.Data.DataType).Scale, Is.EqualTo(10));
        Assert.That(Int128Reader.Unscaled(big38s, 0), Is.EqualTo(BigInteger.Parse("-12345678901234567890123456781234567890")));
        Assert.That(Int128Reader.Unscaled((Decimal128Array)batch.Column(Col("huge")), 0), Is.EqualTo(BigInteger.Parse("-99999999999999999999999999999999999999")));
        Assert.That(((DoubleArray)batch.Column(Col("d"))).GetValue(0), Is.EqualTo(1.5));
        Assert.That(((DoubleArray)batch.Column(Col("pinf"))).GetValue(0), Is.EqualTo(double.PositiveInfinity));
        Assert.That(((DoubleArray)batch.Column(Col("nan"))).GetValue(0), Is.NaN);
        Assert.That(((StringArray)batch.Column(Col("txt"))).GetString(0), Is.EqualTo("héllo € 日本"));
        Assert.That(((BooleanArray)batch.Column(Col("b"))).GetValue(0), Is.True);
        Assert.That(((BooleanArray)batch.Column(Col("bf"))).GetValue(0), Is.False);
        Assert.That(((Date32Array)batch.Column(Col("dt"))).Values[0], Is.EqualTo(19724));
        Assert.That(((Date32Array)batch.Column(Col("dneg"))).Values[0], Is.EqualTo(-1));
        Assert.That(((Int64Array)batch.Column(Col("tm"))).GetValue(0), Is.EqualTo(47655123456000L), "nanoseconds for scale 9");
        AssertTimestamp(batch.Column(Col("ntz")), 1704164645, 123456000);
        AssertTimestamp(batch.Column(Col("ntz_us")), 1704164645, 1000);
        AssertTimestamp(batch.Column(Col("ntz_neg")), -1, 750000000);
        AssertTimestamp(batch.Column(Col("ltz")), 1704164645, 500000000);
        Assert.That(((BinaryArray)batch.Column(Col("bin"))).GetBytes(0).ToArray(), Is.EqualTo(new byte[] { 0xDE, 0xAD, 0xBE, 0xEF }));
        Assert.That(JsonNode.Parse(((StringArray)batch.Column(Col("v"))).GetString(0))!.GetValue<string>(), Is.EqualTo("""{"a": [1, "é"]}"""));
        for (var c = Col("n_int"); c < batch.ColumnCount; c++)
            Assert.That(batch.Column(c).IsNull(0), Is.True, schema.FieldsList[c].Name);

        Assert.That(schema.GetFieldByName("NTZ").Metadata["logicalType"], Is.EqualTo("TIMESTAMP_NTZ"));
        Assert.That(schema.GetFieldByName("DEC2").Metadata["scale"], Is.EqualTo("2"));
        Assert.That(schema.GetFieldByName("TXT").Metadata["logicalType"], Is.EqualTo("TEXT"));
    }

    [Test]
    public async Task EmptyResultsHaveRowtypeAndNoRows()
    {
        var json = AssertSuccess(await Node.QueryAsync("SELECT 1 AS a, 'x' AS b WHERE false"));
        Assert.That(json["rowtype"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(json["rowset"]!.AsArray(), Is.Empty);
        Assert.That(json["total"]!.GetValue<long>(), Is.EqualTo(0));

        var arrow = AssertSuccess(await DotNet.QueryAsync("SELECT 1 AS a, 'x' AS b WHERE false"));
        Assert.That(arrow["rowtype"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(arrow["rowsetBase64"]!.GetValue<string>(), Is.Empty, "a schema-only stream breaks .NET");
    }

    private static void AssertTimestamp(IArrowArray array, long epoch, int fraction)
    {
        var value = (StructArray)array;
        Assert.That(value.Fields, Has.Count.EqualTo(2));
        Assert.That(((Int64Array)value.Fields[0]).GetValue(0), Is.EqualTo(epoch));
        Assert.That(((Int32Array)value.Fields[1]).GetValue(0), Is.EqualTo(fraction));
    }
}
