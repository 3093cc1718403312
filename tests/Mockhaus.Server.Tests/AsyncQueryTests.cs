using System.Diagnostics;
using System.Text.Json.Nodes;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>Long-running queries: 333333 + long-poll, asyncExec (333334), monitoring, abort by requestId and by queryId.</summary>
public sealed class AsyncQueryTests : ServerTestBase
{
    private const string SlowQuery = "SELECT MAX(RANDOM()) AS m FROM TABLE(GENERATOR(ROWCOUNT => 20000000000))";
    private const string MediumQuery = "SELECT COUNT(DISTINCT RANDOM()) AS n FROM TABLE(GENERATOR(ROWCOUNT => 3000000))";

    protected override ServerOptions CreateOptions() => new()
    {
        Port = 0, ConfigureLogging = TestServer.Quiet,
        QueryWaitTimeout = TimeSpan.FromMilliseconds(100), ResultPollTimeout = TimeSpan.FromMilliseconds(300),
    };

    [Test]
    public async Task SlowQueryAnswers333333ThenLongPollDeliversTheResult()
    {
        var first = await Node.QueryAsync(MediumQuery, followInProgress: false);
        Assert.That(first["success"]!.GetValue<bool>(), Is.True);
        Assert.That(first["code"]!.GetValue<string>(), Is.EqualTo("333333"), first.ToJsonString());
        var queryId = first["data"]!["queryId"]!.GetValue<string>();
        var url = first["data"]!["getResultUrl"]!.GetValue<string>();
        Assert.That(url, Is.EqualTo($"/queries/{queryId}/result"), "a plain path without query string");

        var envelope = first;
        var polls = 0;
        while (envelope["code"]?.GetValue<string>() == "333333" && polls++ < 200)
            envelope = await Node.GetResultAsync(url);
        var data = AssertSuccess(envelope);
        Assert.That(data["queryId"]!.GetValue<string>(), Is.EqualTo(queryId));
        Assert.That(ResultDecoder.JsonRows(data).Single()[0], Is.EqualTo("3000000"));
    }

    [Test]
    public async Task AsyncExecAnswers333334AndMonitoringReportsSuccess()
    {
        var accepted = await DotNet.QueryAsync("SELECT 5 AS five", asyncExec: true, followInProgress: false);
        Assert.That(accepted["code"]!.GetValue<string>(), Is.EqualTo("333334"));
        var queryId = accepted["data"]!["queryId"]!.GetValue<string>();

        string status = "";
        for (var i = 0; i < 100 && status != "SUCCESS"; i++)
        {
            var monitoring = AssertSuccess(await DotNet.GetAsync($"/monitoring/queries/{queryId}"));
            status = monitoring["queries"]![0]!["status"]!.GetValue<string>();
            Assert.That(status, Is.AnyOf("RUNNING", "SUCCESS"));
            if (status != "SUCCESS") await Task.Delay(20);
        }
        Assert.That(status, Is.EqualTo("SUCCESS"));
        var result = AssertSuccess(await DotNet.GetResultAsync($"/queries/{queryId}/result"));
        Assert.That(((Apache.Arrow.Int64Array)ResultDecoder.InlineArrow(result)[0].Column(0)).GetValue(0), Is.EqualTo(5));
    }

    [Test]
    public async Task MonitoringOfUnknownQueryIsAnEmptyList()
    {
        var data = AssertSuccess(await DotNet.GetAsync($"/monitoring/queries/{Guid.NewGuid()}"));
        Assert.That(data["queries"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task AbortByRequestIdCancelsTheRunningQuery()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        AssertSuccess(await client.LoginAsync());
        var requestId = Guid.NewGuid();
        var (first, _) = await client.QueryWithRequestIdAsync(SlowQuery, null, null, false, false, requestId);
        Assert.That(first["code"]!.GetValue<string>(), Is.EqualTo("333333"));

        var abort = await client.PostAsync($"/queries/v1/abort-request?requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}",
            new JsonObject { ["requestId"] = requestId.ToString() });
        AssertSuccess(abort);

        var clock = Stopwatch.StartNew();
        var envelope = first;
        while (envelope["code"]?.GetValue<string>() == "333333" && clock.Elapsed < TimeSpan.FromSeconds(30))
            envelope = await client.GetResultAsync(first["data"]!["getResultUrl"]!.GetValue<string>());
        var data = AssertFailure(envelope, "000604");
        Assert.That(data["sqlState"]!.GetValue<string>(), Is.EqualTo("57014"));
        var status = AssertSuccess(await client.GetAsync($"/monitoring/queries/{first["data"]!["queryId"]!.GetValue<string>()}"));
        Assert.That(status["queries"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("ABORTED"));
        AssertSuccess(await client.QueryAsync("SELECT 1"));
    }

    [Test]
    public async Task AbortByQueryIdCancelsTheRunningQuery()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        AssertSuccess(await client.LoginAsync());
        var first = await client.QueryAsync(SlowQuery, asyncExec: true, followInProgress: false);
        var queryId = first["data"]!["queryId"]!.GetValue<string>();
        AssertSuccess(await client.PostAsync($"/queries/{queryId}/abort-request?request_guid={Guid.NewGuid()}"));
        var clock = Stopwatch.StartNew();
        var envelope = await client.GetResultAsync($"/queries/{queryId}/result");
        while (envelope["code"]?.GetValue<string>() == "333333" && clock.Elapsed < TimeSpan.FromSeconds(30))
            envelope = await client.GetResultAsync($"/queries/{queryId}/result");
        AssertFailure(envelope, "000604");
    }

    [Test]
    public async Task AbortOfFinishedQueryReportsNotExecuting()
    {
        var done = AssertSuccess(await Node.QueryAsync("SELECT 1"));
        var envelope = await Node.PostAsync($"/queries/{done["queryId"]!.GetValue<string>()}/abort-request");
        Assert.That(envelope["success"]!.GetValue<bool>(), Is.False);
        Assert.That(envelope["data"]!["errorCode"]!.GetValue<string>(), Is.EqualTo("000605"));
    }
}
