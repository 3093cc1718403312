using System.Diagnostics;
using System.Text.Json.Nodes;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>
/// SYSTEM$CANCEL_QUERY across sessions, STATEMENT_TIMEOUT_IN_SECONDS per statement, requestId dedup of retried
/// query-requests and MULTI_STATEMENT_COUNT mismatches, as the drivers meet them.
/// </summary>
public sealed class DriverFeatureTests : ServerTestBase
{
    private const string SlowQuery = "SELECT MAX(RANDOM()) AS m FROM TABLE(GENERATOR(ROWCOUNT => 20000000000))";

    protected override ServerOptions CreateOptions() => new()
    {
        Port = 0, ConfigureLogging = TestServer.Quiet,
        QueryWaitTimeout = TimeSpan.FromMilliseconds(100), ResultPollTimeout = TimeSpan.FromMilliseconds(300),
    };

    private static async Task<JsonNode> FollowAsync(DriverClient client, JsonNode first, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var envelope = first;
        while (envelope["code"]?.GetValue<string>() == "333333" && clock.Elapsed < limit)
            envelope = await client.GetResultAsync(first["data"]!["getResultUrl"]!.GetValue<string>());
        return envelope;
    }

    [Test]
    public async Task CancelQueryFromAnotherSessionAbortsTheStatement()
    {
        // docs: https://docs.snowflake.com/en/sql-reference/functions/system_cancel_query
        using var runner = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        AssertSuccess(await runner.LoginAsync());
        var first = await runner.QueryAsync(SlowQuery, followInProgress: false);
        Assert.That(first["code"]!.GetValue<string>(), Is.EqualTo("333333"), first.ToJsonString());
        var queryId = first["data"]!["queryId"]!.GetValue<string>();

        var cancel = AssertSuccess(await DotNet.QueryAsync($"SELECT SYSTEM$CANCEL_QUERY('{queryId}')",
            parameters: new JsonObject { ["DOTNET_QUERY_RESULT_FORMAT"] = "JSON" }));
        Assert.That(cancel["rowtype"]![0]!["name"]!.GetValue<string>(), Is.EqualTo($"SYSTEM$CANCEL_QUERY('{queryId.ToUpperInvariant()}')"));
        Assert.That(ResultDecoder.JsonRows(cancel).Single()[0], Is.EqualTo($"query [{queryId}] terminated."));

        var data = AssertFailure(await FollowAsync(runner, first, TimeSpan.FromSeconds(30)), "000604");
        Assert.That(data["sqlState"]!.GetValue<string>(), Is.EqualTo("57014"));
        var status = AssertSuccess(await runner.GetAsync($"/monitoring/queries/{queryId}"));
        Assert.That(status["queries"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("ABORTED"));
        AssertSuccess(await runner.QueryAsync("SELECT 1"));
    }

    [Test]
    public async Task CancelQueryOfAFinishedQueryIs000605()
    {
        var done = AssertSuccess(await Node.QueryAsync("SELECT 1"));
        var envelope = await Node.QueryAsync($"SELECT SYSTEM$CANCEL_QUERY('{done["queryId"]!.GetValue<string>()}')");
        AssertFailure(envelope, "000605");
        Assert.That(envelope["message"]!.GetValue<string>(), Is.EqualTo("Identified SQL statement is not currently executing."));
    }

    [TestCase(DriverClient.Kind.Node)]
    [TestCase(DriverClient.Kind.DotNet)]
    public async Task StatementTimeoutInRequestParametersAppliesToThatStatementOnly(DriverClient.Kind kind)
    {
        // docs: https://docs.snowflake.com/en/sql-reference/parameters#statement-timeout-in-seconds
        using var client = new DriverClient(Server.BaseAddress, kind);
        AssertSuccess(await client.LoginAsync());
        // Node keeps the JSON type of a parameter (a number), .NET sends strings.
        JsonNode one = kind == DriverClient.Kind.Node ? JsonValue.Create(1) : JsonValue.Create("1");
        var first = await client.QueryAsync(SlowQuery, parameters: new JsonObject { ["STATEMENT_TIMEOUT_IN_SECONDS"] = one }, followInProgress: false);
        var envelope = await FollowAsync(client, first, TimeSpan.FromSeconds(30));
        AssertFailure(envelope, "000630");
        Assert.That(envelope["message"]!.GetValue<string>(),
            Is.EqualTo("Statement reached its statement or warehouse timeout of 1 second(s) and was canceled."));

        var parameters = AssertSuccess(await client.QueryAsync("SHOW PARAMETERS LIKE 'STATEMENT_TIMEOUT_IN_SECONDS'",
            parameters: new JsonObject { ["DOTNET_QUERY_RESULT_FORMAT"] = "JSON" }));
        Assert.That(ResultDecoder.JsonRows(parameters).Single()[1], Is.EqualTo("172800"), "the session value is unchanged");
    }

    [Test]
    public async Task RetriedQueryRequestWithTheSameRequestIdDoesNotRunTheInsertTwice()
    {
        AssertSuccess(await DotNet.QueryAsync("CREATE TABLE retried_insert (id INTEGER)"));
        var requestId = Guid.NewGuid();
        var body = new JsonObject { ["sqlText"] = "INSERT INTO retried_insert VALUES (1)", ["asyncExec"] = false };
        var first = await DriverClient.ReadEnvelopeAsync(await DotNet.SendAsync(HttpMethod.Post,
            $"/queries/v1/query-request?requestId={requestId}&request_guid={Guid.NewGuid()}", body));
        // The .NET connector retries with the same requestId and retryCount; Node adds retryCount as well.
        var retry = await DriverClient.ReadEnvelopeAsync(await DotNet.SendAsync(HttpMethod.Post,
            $"/queries/v1/query-request?requestId={requestId}&request_guid={Guid.NewGuid()}&retryCount=1&retryReason=503&clientStartTime=1",
            body.DeepClone()));

        Assert.That(AssertSuccess(retry)["queryId"]!.GetValue<string>(), Is.EqualTo(AssertSuccess(first)["queryId"]!.GetValue<string>()));
        Assert.That(ResultDecoder.JsonRows(retry["data"]!), Is.EqualTo(new[] { new[] { "1" } }));
        var count = AssertSuccess(await Node.QueryAsync("SELECT COUNT(*) FROM retried_insert"));
        Assert.That(ResultDecoder.JsonRows(count), Is.EqualTo(new[] { new[] { "1" } }));
    }

    [Test]
    public async Task TwoCopiesOfARequestArrivingTogetherRunTheStatementOnce()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE twin_insert (id INTEGER)"));
        var requestId = Guid.NewGuid();
        var body = new JsonObject { ["sqlText"] = "INSERT INTO twin_insert VALUES (1)" };
        var copies = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ => await DriverClient.ReadEnvelopeAsync(
            await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={requestId}&request_guid={Guid.NewGuid()}", body.DeepClone()))));
        Assert.That(copies.Select(c => AssertSuccess(c)["queryId"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT COUNT(*) FROM twin_insert"))),
            Is.EqualTo(new[] { new[] { "1" } }));
    }

    [Test]
    public async Task ANewRequestIdRunsTheStatementAgain()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE fresh_insert (id INTEGER)"));
        AssertSuccess(await Node.QueryAsync("INSERT INTO fresh_insert VALUES (1)"));
        AssertSuccess(await Node.QueryAsync("INSERT INTO fresh_insert VALUES (1)"));
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT COUNT(*) FROM fresh_insert"))),
            Is.EqualTo(new[] { new[] { "2" } }));
    }

    // Message text: https://docs.snowflake.com/en/developer-guide/sql-api/submitting-multiple-statements
    // ("Actual statement count <actual_count> did not match the desired statement count <desired_count>.").
    [TestCase("SELECT 1; SELECT 2", null, "Actual statement count 2 did not match the desired statement count 1.")]
    [TestCase("SELECT 1; SELECT 2; SELECT 3", 2, "Actual statement count 3 did not match the desired statement count 2.")]
    [TestCase("SELECT 1", 2, "Actual statement count 1 did not match the desired statement count 2.")]
    public async Task StatementCountMismatchIs000008WithSnowflakesText(string sql, int? desired, string message)
    {
        foreach (var client in new[] { Node, DotNet })
        {
            // Node sends the count as a JSON number, .NET as a string (protocol doc §7).
            JsonObject? parameters = desired is null ? null
                : new JsonObject { ["MULTI_STATEMENT_COUNT"] = client == Node ? JsonValue.Create(desired.Value) : JsonValue.Create(desired.Value.ToString()) };
            var envelope = await client.QueryAsync(sql, parameters: parameters);
            var data = AssertFailure(envelope, "000008");
            Assert.That(data["sqlState"]!.GetValue<string>(), Is.EqualTo("0A000"));
            Assert.That(envelope["message"]!.GetValue<string>(), Is.EqualTo(message));
        }
    }

    [Test]
    public async Task SessionMultiStatementCountAppliesWhenTheRequestSendsNone()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        AssertSuccess(await client.LoginAsync());
        AssertSuccess(await client.QueryAsync("ALTER SESSION SET MULTI_STATEMENT_COUNT = 0"));
        var data = AssertSuccess(await client.QueryAsync("SELECT 1; SELECT 2; SELECT 3"));
        Assert.That(data["resultIds"]!.GetValue<string>().Split(','), Has.Length.EqualTo(3));
        AssertSuccess(await client.QueryAsync("ALTER SESSION SET MULTI_STATEMENT_COUNT = 2"));
        var envelope = await client.QueryAsync("SELECT 1; SELECT 2; SELECT 3");
        AssertFailure(envelope, "000008");
        Assert.That(envelope["message"]!.GetValue<string>(), Is.EqualTo("Actual statement count 3 did not match the desired statement count 2."));
        // The request's own count wins over the session's.
        AssertSuccess(await client.QueryAsync("SELECT 1; SELECT 2; SELECT 3", parameters: new JsonObject { ["MULTI_STATEMENT_COUNT"] = 3 }));
    }
}
