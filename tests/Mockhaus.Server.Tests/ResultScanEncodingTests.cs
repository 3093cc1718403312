using System.Text.Json.Nodes;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>
/// TABLE(RESULT_SCAN(LAST_QUERY_ID())) answers exactly what the earlier statement answered, in both result formats:
/// same rowtype, same encoded rows. The earlier result went through DuckDB's Arrow export, the client encoder and
/// back into DuckDB, so this pins type fidelity of the whole round trip.
/// https://docs.snowflake.com/en/sql-reference/functions/result_scan
/// </summary>
public sealed class ResultScanEncodingTests : ServerTestBase
{
    private const string ManyTypes = """
        SELECT 42::BIGINT AS i, 123.45::NUMBER(10,2) AS dec2, 12345678901234567890123456789012345678::NUMBER(38,0) AS big38,
          1.5::FLOAT AS d, 'héllo' AS txt, 'abc'::VARCHAR(10) AS short_txt, TRUE AS b, '2024-01-02'::DATE AS dt,
          '13:14:15.123456'::TIME AS tm, '2024-01-02 03:04:05.123456'::TIMESTAMP_NTZ AS ntz,
          '2024-01-02 03:04:05.5+00:00'::TIMESTAMP_LTZ AS ltz, TO_BINARY('DEADBEEF', 'HEX') AS bin,
          PARSE_JSON('{"a": [1, "é"]}') AS v, NULL::INTEGER AS n_int, NULL::VARCHAR AS n_txt
        """;

    private const string ScanLast = "SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))";

    [Test]
    public async Task JsonRowsAndRowTypeRoundTrip()
    {
        var original = AssertSuccess(await Node.QueryAsync(ManyTypes));
        var scanned = AssertSuccess(await Node.QueryAsync(ScanLast));
        Assert.That(scanned["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("json"));
        Assert.That(scanned["rowtype"]!.ToJsonString(), Is.EqualTo(original["rowtype"]!.ToJsonString()));
        Assert.That(scanned["rowset"]!.ToJsonString(), Is.EqualTo(original["rowset"]!.ToJsonString()));
    }

    [Test]
    public async Task ArrowRowsAndRowTypeRoundTrip()
    {
        var original = AssertSuccess(await DotNet.QueryAsync(ManyTypes));
        var scanned = AssertSuccess(await DotNet.QueryAsync(ScanLast));
        Assert.That(scanned["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("arrow"));
        Assert.That(scanned["rowtype"]!.ToJsonString(), Is.EqualTo(original["rowtype"]!.ToJsonString()));
        Assert.That(scanned["rowsetBase64"]!.GetValue<string>(), Is.EqualTo(original["rowsetBase64"]!.GetValue<string>()));
    }

    [Test]
    public async Task ChunkedResultsAreKeptWhole()
    {
        const int rows = 200_000;
        var original = AssertSuccess(await DotNet.QueryAsync(
            $"SELECT SEQ8() AS n, 'row ' || SEQ8() AS label FROM TABLE(GENERATOR(ROWCOUNT => {rows}))"));
        Assert.That(original["chunks"]!.AsArray(), Is.Not.Empty, "the result is big enough to be chunked");
        // Another session's statements do not touch this session's history.
        var otherSession = AssertSuccess(await Node.QueryAsync("SELECT 1"));
        Assert.That(otherSession["rowset"]!.ToJsonString(), Is.EqualTo("[[\"1\"]]"));
        var scanned = AssertSuccess(await DotNet.QueryAsync(
            $"SELECT COUNT(*) AS c, COUNT(DISTINCT label) AS d, MAX(n) AS m FROM TABLE(RESULT_SCAN('{original["queryId"]!.GetValue<string>()}'))"));
        var batch = ResultDecoder.InlineArrow(scanned).Single();
        Assert.That(ValueText(batch, 0), Is.EqualTo(rows.ToString()));
        Assert.That(ValueText(batch, 1), Is.EqualTo(rows.ToString()));
        Assert.That(ValueText(batch, 2), Is.EqualTo((rows - 1).ToString()));
    }

    private static string ValueText(Apache.Arrow.RecordBatch batch, int column) => batch.Column(column) switch
    {
        Apache.Arrow.Int8Array a => a.GetValue(0)!.Value.ToString(),
        Apache.Arrow.Int16Array a => a.GetValue(0)!.Value.ToString(),
        Apache.Arrow.Int32Array a => a.GetValue(0)!.Value.ToString(),
        Apache.Arrow.Int64Array a => a.GetValue(0)!.Value.ToString(),
        var other => other.GetType().Name,
    };
}
