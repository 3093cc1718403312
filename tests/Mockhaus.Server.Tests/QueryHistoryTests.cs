using System.Text.Json.Nodes;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>GET /admin/queries (behind `mockhaus history`) lists finished requests, newest first.</summary>
public sealed class QueryHistoryTests : ServerTestBase
{
    [Test]
    public async Task RecentQueriesListSqlStatusAndErrorNewestFirst()
    {
        AssertSuccess(await Node.QueryAsync("SELECT 42 AS answer"));
        AssertFailure(await Node.QueryAsync("SELECT * FROM no_such_table"), "002003");
        using var http = new HttpClient();
        var body = JsonNode.Parse(await http.GetStringAsync(new Uri(Server.BaseAddress, "/admin/queries?limit=2")))!;
        var queries = body["queries"]!.AsArray();
        Assert.That(queries, Has.Count.EqualTo(2));
        Assert.That(queries[0]!["sqlText"]!.GetValue<string>(), Is.EqualTo("SELECT * FROM no_such_table"));
        Assert.That(queries[0]!["status"]!.GetValue<string>(), Is.EqualTo("FAILED_WITH_ERROR"));
        Assert.That(queries[0]!["errorCode"]!.GetValue<string>(), Is.EqualTo("002003"));
        Assert.That(queries[1]!["sqlText"]!.GetValue<string>(), Is.EqualTo("SELECT 42 AS answer"));
        Assert.That(queries[1]!["status"]!.GetValue<string>(), Is.EqualTo("SUCCESS"));
        Assert.That(queries[1]!["queryId"]!.GetValue<string>(), Does.Match("^[0-9a-f-]{36}$"));
    }

    [Test]
    public void HistoryIsBounded()
    {
        var history = new Queries.QueryHistory(capacity: 3);
        for (var i = 0; i < 10; i++)
            history.Record(new Queries.QueryHistoryEntry($"q{i}", 1, "U", "SELECT 1", "SUCCESS", DateTimeOffset.UtcNow, 1, null, null));
        Assert.That(history.Recent(10).Select(e => e.QueryId), Is.EqualTo(new[] { "q9", "q8", "q7" }));
    }
}
