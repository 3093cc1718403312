using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Apache.Arrow;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>DML counts, DDL status rows, SQL errors, binds and multi-statement requests.</summary>
public sealed class StatementTests : ServerTestBase
{
    [Test]
    public async Task DmlResultsCarryCountsAndExactStatementTypeIdsAsJsonEvenForDotNet()
    {
        AssertSuccess(await DotNet.QueryAsync("CREATE TABLE dml_t (id INTEGER, name VARCHAR)"));

        var insert = AssertSuccess(await DotNet.QueryAsync("INSERT INTO dml_t VALUES (1, 'a'), (2, 'b'), (3, 'c')"));
        Assert.That(insert["statementTypeId"]!.GetValue<long>(), Is.EqualTo(0x3100));
        Assert.That(insert["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("json"));
        Assert.That(insert["rowtype"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("number of rows inserted"));
        Assert.That(ResultDecoder.JsonRows(insert), Is.EqualTo(new[] { new[] { "3" } }));
        Assert.That(insert.AsObject().ContainsKey("chunks"), Is.False);

        var update = AssertSuccess(await DotNet.QueryAsync("UPDATE dml_t SET name = 'z' WHERE id >= 2"));
        Assert.That(update["statementTypeId"]!.GetValue<long>(), Is.EqualTo(0x3200));
        Assert.That(ResultDecoder.JsonRows(update)[0][0], Is.EqualTo("2"));

        var delete = AssertSuccess(await Node.QueryAsync("DELETE FROM dml_t WHERE id = 1"));
        Assert.That(delete["statementTypeId"]!.GetValue<long>(), Is.EqualTo(0x3300));
        Assert.That(ResultDecoder.JsonRows(delete), Is.EqualTo(new[] { new[] { "1" } }));
    }

    [Test]
    public async Task DdlAnswersWithAStatusRow()
    {
        var data = AssertSuccess(await Node.QueryAsync("CREATE TABLE ddl_t (id INTEGER)"));
        Assert.That(data["statementTypeId"]!.GetValue<long>(), Is.InRange(0x6000, 0x6FFF));
        Assert.That(data["rowtype"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("status"));
        Assert.That(data["rowtype"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("text"));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "Table DDL_T successfully created." } }));
    }

    [Test]
    public async Task MissingTableIs002003WithErrorDataObject()
    {
        var envelope = await DotNet.QueryAsync("SELECT * FROM no_such_table");
        var data = AssertFailure(envelope, "002003");
        Assert.That(data["sqlState"]!.GetValue<string>(), Is.EqualTo("42S02"));
        Assert.That(data["errorCode"]!.GetValue<string>(), Is.EqualTo("002003"));
        Assert.That(Guid.TryParse(data["queryId"]!.GetValue<string>(), out _), Is.True);
        Assert.That(data["internalError"]!.GetValue<bool>(), Is.False);
        Assert.That(data["line"], Is.Not.Null);
        Assert.That(data["pos"], Is.Not.Null);
        Assert.That(envelope["message"]!.GetValue<string>(), Does.Contain("does not exist or not authorized"));
        AssertSuccess(await DotNet.QueryAsync("SELECT 1"));
    }

    [Test]
    public async Task SyntaxErrorIs001003AndTheSessionStaysUsable()
    {
        var data = AssertFailure(await Node.QueryAsync("SELEC 1"), "001003");
        Assert.That(data["sqlState"]!.GetValue<string>(), Is.EqualTo("42000"));
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT 2"))), Is.EqualTo(new[] { new[] { "2" } }));
    }

    [Test]
    public async Task FailedQueryStatusIsReportedByMonitoring()
    {
        var data = AssertFailure(await Node.QueryAsync("SELECT * FROM missing_for_monitoring"), "002003");
        var status = AssertSuccess(await Node.GetAsync($"/monitoring/queries/{data["queryId"]!.GetValue<string>()}"));
        Assert.That(status["queries"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("FAILED_WITH_ERROR"));
        Assert.That(status["queries"]![0]!["errorCode"]!.GetValue<string>(), Is.EqualTo("002003"));
    }

    [Test]
    public async Task PositionalBindsAreConvertedByType()
    {
        var bindings = new JsonObject
        {
            ["1"] = new JsonObject { ["type"] = "FIXED", ["value"] = "41" },
            ["2"] = new JsonObject { ["type"] = "TEXT", ["value"] = "héllo" },
            ["3"] = new JsonObject { ["type"] = "BOOLEAN", ["value"] = "True" },
            ["4"] = new JsonObject { ["type"] = "FIXED", ["value"] = "1.5" },
            ["5"] = new JsonObject { ["type"] = "DATE", ["value"] = "1704153600000" },
            ["6"] = new JsonObject { ["type"] = "TIMESTAMP_NTZ", ["value"] = "1704164645678000000" },
            ["7"] = new JsonObject { ["type"] = "TEXT", ["value"] = null },
        };
        var data = AssertSuccess(await Node.QueryAsync(
            "SELECT ? + 1 AS n, ? AS s, ? AS b, ? * 2 AS d, ? AS dt, ? AS ts, ? AS nothing", bindings));
        Assert.That(ResultDecoder.JsonRows(data).Single(),
            Is.EqualTo(new[] { "42", "héllo", "1", "3.0", "19724", "1704164645.678000000", null }));
    }

    [Test]
    public async Task ArrayBindsRunTheStatementPerRowAndSumTheCounts()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE batch_t (id INTEGER, name VARCHAR)"));
        var bindings = new JsonObject
        {
            ["1"] = new JsonObject { ["type"] = "FIXED", ["value"] = new JsonArray("1", "2", "3") },
            ["2"] = new JsonObject { ["type"] = "TEXT", ["value"] = new JsonArray("a", null, "c") },
        };
        var data = AssertSuccess(await Node.QueryAsync("INSERT INTO batch_t VALUES (?, ?)", bindings));
        Assert.That(data["statementTypeId"]!.GetValue<long>(), Is.EqualTo(0x3100));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "3" } }));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT id, name FROM batch_t ORDER BY id")));
        Assert.That(rows, Is.EqualTo(new[] { new[] { "1", "a" }, new[] { "2", null }, new[] { "3", "c" } }));
    }

    [Test]
    public async Task MoreStatementsThanAllowedIs000008()
    {
        var data = AssertFailure(await DotNet.QueryAsync("SELECT 1; SELECT 2"), "000008");
        Assert.That(data["sqlState"]!.GetValue<string>(), Is.EqualTo("0A000"));
    }

    [Test]
    public async Task MultiStatementRequestReturnsChildResultIds()
    {
        var data = AssertSuccess(await DotNet.QueryAsync("SELECT 1 AS a; SELECT 'two' AS b",
            bindings: new JsonObject(), parameters: new JsonObject { ["MULTI_STATEMENT_COUNT"] = "2" }));
        var ids = data["resultIds"]!.GetValue<string>().Split(',');
        Assert.That(ids, Has.Length.EqualTo(2));
        Assert.That(data["resultTypes"]!.GetValue<string>(), Is.EqualTo("4096,4096"));
        var second = AssertSuccess(await Node.QueryAsync("SELECT 1")); // other session: ids are per session
        Assert.That(second, Is.Not.Null);
        var child = AssertSuccess(await DotNet.GetResultAsync($"/queries/{ids[1]}/result"));
        Assert.That(child["queryId"]!.GetValue<string>(), Is.EqualTo(ids[1]));
        Assert.That(((StringArray)ResultDecoder.InlineArrow(child)[0].Column(0)).GetString(0), Is.EqualTo("two"));
    }

    [Test]
    public async Task GzipRequestBodyIsDetectedByMagicBytes()
    {
        var json = Encoding.UTF8.GetBytes(new JsonObject { ["sqlText"] = "SELECT 7 AS seven" }.ToJsonString());
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(json);
        // No Content-Encoding header: the body is recognised by its magic bytes alone.
        var content = new ByteArrayContent(compressed.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var response = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null, content: content);
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await DriverClient.ReadEnvelopeAsync(response))), Is.EqualTo(new[] { new[] { "7" } }));

        // Content-Encoding: gzip over a plain body (Node's header race) is parsed as plain JSON.
        var plain = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        plain.Headers.ContentEncoding.Add("gzip");
        var raced = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null, content: plain);
        AssertSuccess(await DriverClient.ReadEnvelopeAsync(raced));
    }

    [Test]
    public async Task ABodyWithoutContentLengthIsReadToItsEnd()
    {
        // Chunked transfer encoding: no Content-Length to size the body from.
        var json = Encoding.UTF8.GetBytes(new JsonObject { ["sqlText"] = "SELECT 'chunked' AS body" }.ToJsonString());
        var content = new StreamContent(new UnknownLengthStream(json)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var response = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null, content: content);
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await DriverClient.ReadEnvelopeAsync(response))), Is.EqualTo(new[] { new[] { "chunked" } }));
    }

    /// <summary>A readable stream that does not tell its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [TestCase("{not json")]
    [TestCase("")]
    [TestCase("[1,2]")]
    [TestCase("{\"sqlTextX\": \"SELECT 1\"}")]
    public async Task MalformedQueryRequestsGetAnEnvelopeNot500(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var response = await DotNet.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null, content: content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var envelope = await DriverClient.ReadEnvelopeAsync(response);
        Assert.That(envelope["success"]!.GetValue<bool>(), Is.False);
        Assert.That(envelope["code"]!.GetValue<string>(), Is.EqualTo("000400"));
        AssertSuccess(await DotNet.QueryAsync("SELECT 1"));
    }

    /// <summary>
    /// JSON may escape half of a UTF-16 surrogate pair; no .NET string holds it. Such a body is refused as invalid
    /// text wherever the escape stands (statement or bind), and an escaped pair (Python escapes all non-ASCII) is read.
    /// </summary>
    [TestCase("{\"sqlText\": \"SELECT '\\ud800' AS X\"}")]
    [TestCase("{\"sqlText\": \"SELECT ? AS X\", \"bindings\": {\"1\": {\"type\": \"TEXT\", \"value\": \"a\\udc00\"}}}")]
    [TestCase("{\"sqlText\": \"SELECT ? AS X\", \"bindings\": {\"1\": {\"type\": \"TEXT\", \"value\": [\"ok\", \"\\uD83D\"]}}}")]
    public async Task AnUnpairedSurrogateEscapeIsRefusedAsInvalidText(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var response = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null, content: content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var envelope = await DriverClient.ReadEnvelopeAsync(response);
        Assert.That(envelope["code"]!.GetValue<string>(), Is.EqualTo("000400"));
        Assert.That(envelope["message"]!.GetValue<string>(), Does.Contain("unpaired UTF-16 surrogate"));

        // An escaped pair, and an escaped backslash before "ud800" (text, not an escape).
        var pair = new ByteArrayContent("{\"sqlText\": \"SELECT '\\ud83d\\ude00' AS X\", \"parameters\": {\"QUERY_TAG\": \"\\\\ud800\"}}"u8.ToArray())
            { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var answered = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null, content: pair);
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await DriverClient.ReadEnvelopeAsync(answered))),
            Is.EqualTo(new[] { new[] { "\U0001F600" } }));
    }

    [Test]
    public async Task MalformedLoginGetsAnEnvelope()
    {
        var content = new ByteArrayContent("{\"data\": 5}"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var response = await DotNet.SendAsync(HttpMethod.Post, "/session/v1/login-request", null, login: true, content: content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        AssertFailure(await DriverClient.ReadEnvelopeAsync(response), "000400");
    }

    [Test]
    public async Task UnknownEndpointGetsAnEnvelope()
    {
        var envelope = await DotNet.PostAsync("/no/such/endpoint");
        AssertFailure(envelope, "000400");
    }

    [Test]
    public async Task DescribeOnlyReturnsColumnsWithoutRunningTheStatement()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE describe_t (id INTEGER, name VARCHAR)"));
        var describe = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}",
            new JsonObject { ["disableOfflineChunks"] = false, ["sqlText"] = "SELECT id, name FROM describe_t WHERE id = ?", ["describeOnly"] = true });
        var data = AssertSuccess(await DriverClient.ReadEnvelopeAsync(describe));
        Assert.That(data["rowtype"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "ID", "NAME" }));
        Assert.That(data["rowset"]!.AsArray(), Is.Empty);
        Assert.That(data["numberOfBinds"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(data["arrayBindSupported"]!.GetValue<bool>(), Is.False, "a query takes no array binds");

        // A lateral alias inside a typed function is resolved against the table's columns before the describe.
        var lateral = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}",
            new JsonObject { ["sqlText"] = "SELECT name || '!' AS s, LENGTH(s) AS l FROM describe_t", ["describeOnly"] = true });
        var lateralData = AssertSuccess(await DriverClient.ReadEnvelopeAsync(lateral));
        Assert.That(lateralData["rowtype"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "S", "L" }));

        var boundInsert = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}",
            new JsonObject { ["sqlText"] = "INSERT INTO describe_t VALUES (?, ?)", ["describeOnly"] = true });
        var insertData = AssertSuccess(await DriverClient.ReadEnvelopeAsync(boundInsert));
        Assert.That(insertData["numberOfBinds"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(insertData["arrayBindSupported"]!.GetValue<bool>(), Is.True, "DML with binds takes array binds");

        var insert = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}",
            new JsonObject { ["sqlText"] = "INSERT INTO describe_t VALUES (1, 'a')", ["describeOnly"] = true });
        AssertSuccess(await DriverClient.ReadEnvelopeAsync(insert));
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT COUNT(*) FROM describe_t"))), Is.EqualTo(new[] { new[] { "0" } }));
    }

    [Test]
    public async Task EmptySqlIs000900()
    {
        AssertFailure(await Node.QueryAsync("  ;  "), "000900");
    }
}
