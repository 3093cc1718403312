using System.Text.Json.Nodes;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>Session state the drivers read back from query responses: result format switches, context names, parameters.</summary>
public sealed class SessionStateTests : ServerTestBase
{
    [Test]
    public async Task AlterSessionSwitchesTheDotNetResultFormat()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        AssertSuccess(await client.LoginAsync());
        Assert.That(AssertSuccess(await client.QueryAsync("SELECT 1"))["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("arrow"));

        var alter = AssertSuccess(await client.QueryAsync("ALTER SESSION SET DOTNET_QUERY_RESULT_FORMAT = JSON"));
        Assert.That(SessionProtocolTests.Parameters(alter)["DOTNET_QUERY_RESULT_FORMAT"]!.GetValue<string>(), Is.EqualTo("JSON"));
        Assert.That(AssertSuccess(await client.QueryAsync("SELECT 1"))["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("json"));
    }

    [Test]
    public async Task TheParametersListFollowsEveryChange()
    {
        // The rendered list is reused between responses; every SET and UNSET must show in the very next one.
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        AssertSuccess(await client.LoginAsync());
        string WeekStart(JsonNode data) => SessionProtocolTests.Parameters(data)["WEEK_START"]!.ToJsonString();
        Assert.That(WeekStart(AssertSuccess(await client.QueryAsync("SELECT 1"))), Is.EqualTo("0"));
        Assert.That(WeekStart(AssertSuccess(await client.QueryAsync("ALTER SESSION SET WEEK_START = 3"))), Is.EqualTo("3"));
        Assert.That(WeekStart(AssertSuccess(await client.QueryAsync("SELECT 1"))), Is.EqualTo("3"));
        Assert.That(WeekStart(AssertSuccess(await client.QueryAsync("ALTER SESSION UNSET WEEK_START"))), Is.EqualTo("0"));
        Assert.That(WeekStart(AssertSuccess(await client.QueryAsync("SELECT 1"))), Is.EqualTo("0"));
    }

    [Test]
    public async Task UseUpdatesFinalContextNames()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        AssertSuccess(await client.LoginAsync());
        AssertSuccess(await client.QueryAsync("CREATE DATABASE other_db"));
        var use = AssertSuccess(await client.QueryAsync("USE DATABASE other_db"));
        Assert.That(use["finalDatabaseName"]!.GetValue<string>(), Is.EqualTo("OTHER_DB"));
        var back = AssertSuccess(await client.QueryAsync("USE DATABASE testdb"));
        Assert.That(back["finalDatabaseName"]!.GetValue<string>(), Is.EqualTo("TESTDB"));
        Assert.That(back["finalSchemaName"]!.GetValue<string>(), Is.EqualTo("PUBLIC"));
    }

    [Test]
    public async Task StatementParametersOverrideTheFormatForPython()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        AssertSuccess(await client.LoginAsync());
        var data = AssertSuccess(await client.QueryAsync("SELECT 1", parameters: new JsonObject { ["DOTNET_QUERY_RESULT_FORMAT"] = "JSON" }));
        Assert.That(data["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("json"));
    }
}
