using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>Login, token checks, renewal, heartbeat and close, with exactly the drivers' requests.</summary>
public sealed class SessionProtocolTests : ServerTestBase
{
    [Test]
    public async Task DotNetLoginReturnsSessionInfoTokensAndParameters()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        var data = AssertSuccess(await client.LoginAsync("logindb", "PUBLIC"));

        Assert.That(data["token"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(data["masterToken"]!.GetValue<string>(), Is.Not.EqualTo(data["token"]!.GetValue<string>()));
        Assert.That(data["sessionId"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
        Assert.That(data["validityInSeconds"]!.GetValue<long>(), Is.GreaterThan(0));
        Assert.That(data["masterValidityInSeconds"]!.GetValue<long>(), Is.GreaterThan(0));
        Assert.That(data["sessionInfo"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Object));
        Assert.That(data["sessionInfo"]!["databaseName"]!.GetValue<string>(), Is.EqualTo("LOGINDB"));
        Assert.That(data["sessionInfo"]!["schemaName"]!.GetValue<string>(), Is.EqualTo("PUBLIC"));
        var parameters = Parameters(data);
        Assert.That(parameters.Keys, Is.SupersetOf(new[] { "TIMEZONE", "DATE_OUTPUT_FORMAT", "TIME_OUTPUT_FORMAT", "TIMESTAMP_OUTPUT_FORMAT",
            "BINARY_OUTPUT_FORMAT", "CLIENT_PREFETCH_THREADS", "CLIENT_SESSION_KEEP_ALIVE" }));
        // Never 0 (Node would stage every array bind): a threshold no array bind reaches keeps binds inline.
        Assert.That(parameters["CLIENT_STAGE_ARRAY_BINDING_THRESHOLD"]!.GetValue<long>(), Is.EqualTo(int.MaxValue));
        Assert.That(parameters["CLIENT_SESSION_KEEP_ALIVE"]!.GetValueKind(), Is.EqualTo(JsonValueKind.False), "booleans keep their JSON type for Node");
        Assert.That(parameters.Keys, Has.No.Member("USE_CACHED_RESULT"), "a server-side parameter Snowflake does not list for the drivers");
    }

    /// <summary>A session parameter with a value Snowflake refuses fails the login by name (not as an internal error).</summary>
    [Test]
    public async Task LoginWithAnUnknownTimeZoneFailsByName()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        var envelope = await client.LoginAsync(sessionParameters: new JsonObject { ["TIMEZONE"] = "Mars/Olympus" });
        Assert.That(envelope["success"]!.GetValue<bool>(), Is.False);
        Assert.That(envelope["code"]!.GetValue<string>(), Is.EqualTo("001007"));
        Assert.That(envelope["message"]!.GetValue<string>(), Does.Contain("invalid value [Mars/Olympus] for parameter 'TIMEZONE'"));
        AssertSuccess(await client.LoginAsync(sessionParameters: new JsonObject { ["TIMEZONE"] = "Europe/Paris" }));
    }

    /// <summary>An accessUrl with a trailing slash makes the drivers request "//session/...".</summary>
    [Test]
    public async Task DoubledSlashesFromATrailingSlashAccessUrlStillRoute()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        AssertSuccess(await client.LoginAsync());
        var body = new JsonObject { ["sqlText"] = "SELECT 1 AS one", ["queryContextDTO"] = new JsonObject { ["entries"] = new JsonArray() } };
        var envelope = await DriverClient.ReadEnvelopeAsync(await client.SendAsync(HttpMethod.Post,
            $"{Server.BaseAddress}/queries/v1/query-request?requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}", body));
        Assert.That(AssertSuccess(envelope)["rowset"]!.ToJsonString(), Is.EqualTo("[[\"1\"]]"));
    }

    [Test]
    public async Task NodeLoginWithoutAuthorizationHeaderAndPartialQueryString()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        var data = AssertSuccess(await client.LoginAsync(database: null, schema: null));
        Assert.That(data["sessionInfo"]!["databaseName"], Is.Null);
        Assert.That(client.SessionToken, Is.Not.Null);
        AssertSuccess(await client.QueryAsync("SELECT 1"));
    }

    [Test]
    public async Task LoginSessionParametersApplyToTheSession()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        var data = AssertSuccess(await client.LoginAsync(sessionParameters: new JsonObject { ["TIMEZONE"] = "Europe/Paris", ["DOTNET_QUERY_RESULT_FORMAT"] = "JSON" }));
        Assert.That(Parameters(data)["TIMEZONE"]!.GetValue<string>(), Is.EqualTo("Europe/Paris"));
        var result = AssertSuccess(await client.QueryAsync("SELECT 1 AS n"));
        Assert.That(result["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("json"));
        Assert.That(Parameters(result)["TIMEZONE"]!.GetValue<string>(), Is.EqualTo("Europe/Paris"));
    }

    [Test]
    public async Task GarbageTokenIsRejectedWith390104AndHttp401()
    {
        var response = await DotNet.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}",
            new JsonObject { ["sqlText"] = "SELECT 1" }, authorization: "Snowflake Token=\"not-a-token\"");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        AssertFailure(await DriverClient.ReadEnvelopeAsync(response, HttpStatusCode.Unauthorized), "390104");
    }

    [Test]
    public async Task MissingAuthorizationIsRejectedWithoutServerError()
    {
        var response = await DotNet.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}",
            new JsonObject { ["sqlText"] = "SELECT 1" }, authorization: "");
        Assert.That((int)response.StatusCode, Is.LessThan(500));
        AssertFailure(await DriverClient.ReadEnvelopeAsync(response, response.StatusCode), "390104");
    }

    [Test]
    public async Task HeartbeatSucceedsWithSessionToken()
    {
        var envelope = await DotNet.PostAsync($"/session/heartbeat?requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}");
        AssertSuccess(envelope);
    }

    [Test]
    public async Task TelemetryIsAccepted()
    {
        var envelope = await Node.PostAsync($"/telemetry/send?request_guid={Guid.NewGuid()}",
            new JsonObject { ["logs"] = new JsonArray(new JsonObject { ["timestamp"] = 1, ["message"] = new JsonObject { ["type"] = "client_connection_identifier_shape" } }) });
        AssertSuccess(envelope);
    }

    [Test]
    public async Task DeleteClosesTheSessionAndInvalidatesItsToken()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        AssertSuccess(await client.LoginAsync());
        var before = Server.SessionCount;
        AssertSuccess(await client.PostAsync($"/session?delete=true&requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}"));
        Assert.That(Server.SessionCount, Is.EqualTo(before - 1));
        var response = await client.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", new JsonObject { ["sqlText"] = "SELECT 1" });
        AssertFailure(await DriverClient.ReadEnvelopeAsync(response, HttpStatusCode.Unauthorized), "390104");
    }

    [Test]
    public async Task HealthAnswers200WhenReady()
    {
        var response = await DotNet.Http.GetAsync("/health");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    internal static Dictionary<string, JsonNode?> Parameters(JsonNode data) =>
        data["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["value"]);
}

/// <summary>A server whose session tokens expire at once: drivers get 390112 and renew with the master token.</summary>
public sealed class TokenRenewalTests : ServerTestBase
{
    protected override ServerOptions CreateOptions() => new()
    {
        Port = 0, ConfigureLogging = TestServer.Quiet, SessionTokenLifetime = TimeSpan.FromMilliseconds(300),
    };

    [Test]
    public async Task ExpiredTokenGets390112ThenRenewalWithMasterTokenWorks()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        AssertSuccess(await client.LoginAsync());
        await Task.Delay(500);

        var expired = await client.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", new JsonObject { ["sqlText"] = "SELECT 1" });
        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        AssertFailure(await DriverClient.ReadEnvelopeAsync(expired), "390112");

        var oldToken = client.SessionToken!;
        var renewal = await client.SendAsync(HttpMethod.Post, $"/session/token-request?requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}",
            new JsonObject { ["oldSessionToken"] = oldToken, ["requestType"] = "RENEW" }, authorization: $"Snowflake Token=\"{client.MasterToken}\"");
        var data = AssertSuccess(await DriverClient.ReadEnvelopeAsync(renewal));
        Assert.That(data["sessionToken"]!.GetValue<string>(), Is.Not.EqualTo(oldToken));
        Assert.That(data["masterToken"]!.GetValue<string>(), Is.EqualTo(client.MasterToken));
        Assert.That(data["sessionId"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
        Assert.That(data["validityInSecondsST"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));

        client.SessionToken = data["sessionToken"]!.GetValue<string>();
        var result = AssertSuccess(await client.QueryAsync("SELECT 42 AS answer"));
        var batches = ResultDecoder.InlineArrow(result);
        Assert.That(((Apache.Arrow.Int64Array)batches[0].Column(0)).GetValue(0), Is.EqualTo(42));
    }

    [Test]
    public async Task RenewalWithUnknownMasterTokenFails()
    {
        var renewal = await DotNet.SendAsync(HttpMethod.Post, $"/session/token-request?requestId={Guid.NewGuid()}",
            new JsonObject { ["oldSessionToken"] = "x", ["requestType"] = "RENEW" }, authorization: "Snowflake Token=\"nope\"");
        AssertFailure(await DriverClient.ReadEnvelopeAsync(renewal), "390113");
    }
}
