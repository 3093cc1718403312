using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mockhaus.Server.Tests.Support;

/// <summary>
/// Speaks to the server exactly as a driver does (protocol doc §1.2, §3.1, §3.5): the .NET connector's
/// headers, query strings and bodies, or the Node driver's.
/// </summary>
public sealed class DriverClient : IDisposable
{
    public enum Kind { DotNet, Node }

    private readonly HttpClient _http;

    public DriverClient(Uri baseAddress, Kind kind = Kind.DotNet)
    {
        DriverKind = kind;
        // Like the drivers: automatic gzip/deflate decompression of responses.
        _http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
    }

    public Kind DriverKind { get; }
    public string? SessionToken { get; set; }
    public string? MasterToken { get; set; }
    public string AppId => DriverKind == Kind.DotNet ? ".NET" : "JavaScript";
    public string AppVersion => DriverKind == Kind.DotNet ? "5.7.0.0" : "3.3.0";

    public HttpClient Http => _http;

    public static Guid NewGuid() => Guid.NewGuid();

    /// <summary>Login as the driver does, storing the tokens; returns the response envelope.</summary>
    public async Task<JsonNode> LoginAsync(string? database = "TESTDB", string? schema = "PUBLIC", JsonObject? sessionParameters = null)
    {
        var url = DriverKind == Kind.DotNet
            ? $"/session/v1/login-request?warehouse=&databaseName={database}&schemaName={schema}&roleName=&requestId={NewGuid()}&request_guid={NewGuid()}"
            : $"/session/v1/login-request?requestId={NewGuid()}" + (database is null ? "" : $"&databaseName={database}")
              + (schema is null ? "" : $"&schemaName={schema}") + $"&request_guid={NewGuid()}";
        var response = await SendAsync(HttpMethod.Post, url, LoginBody(sessionParameters), login: true);
        var envelope = await ReadEnvelopeAsync(response);
        if (envelope["success"]!.GetValue<bool>())
        {
            SessionToken = envelope["data"]!["token"]!.GetValue<string>();
            MasterToken = envelope["data"]!["masterToken"]!.GetValue<string>();
        }
        return envelope;
    }

    private JsonObject LoginBody(JsonObject? sessionParameters)
    {
        JsonObject data = DriverKind == Kind.DotNet
            ? new JsonObject
            {
                ["CLIENT_APP_ID"] = ".NET", ["CLIENT_APP_VERSION"] = "5.7.0.0", ["ACCOUNT_NAME"] = "test",
                ["LOGIN_NAME"] = "u", ["PASSWORD"] = "p", ["AUTHENTICATOR"] = "snowflake",
                ["CLIENT_ENVIRONMENT"] = new JsonObject { ["APPLICATION"] = "dotnet", ["NET_RUNTIME"] = ".NET", ["NET_VERSION"] = "10.0", ["OAUTH_TYPE"] = null },
                ["EXT_AUTHN_DUO_METHOD"] = "push",
                ["SESSION_PARAMETERS"] = sessionParameters ?? new JsonObject
                {
                    ["CLIENT_VALIDATE_DEFAULT_PARAMETERS"] = true, ["CLIENT_SESSION_KEEP_ALIVE"] = false, ["CLIENT_STORE_TEMPORARY_CREDENTIAL"] = false,
                },
            }
            : new JsonObject
            {
                ["ACCOUNT_NAME"] = "test", ["CLIENT_APP_ID"] = "JavaScript", ["CLIENT_APP_VERSION"] = "3.3.0",
                ["CLIENT_ENVIRONMENT"] = new JsonObject { ["OS"] = "linux", ["OCSP_MODE"] = "INSECURE", ["node"] = "20.20.2" },
                ["AUTHENTICATOR"] = "SNOWFLAKE", ["LOGIN_NAME"] = "u", ["PASSWORD"] = "p",
                ["SESSION_PARAMETERS"] = sessionParameters ?? new JsonObject { ["CLIENT_REQUEST_MFA_TOKEN"] = false, ["CLIENT_STORE_TEMPORARY_CREDENTIAL"] = false },
            };
        return new JsonObject { ["data"] = data };
    }

    /// <summary>POST /queries/v1/query-request with the driver's body; follows 333333 like the drivers (no sleep: the server long-polls).</summary>
    public async Task<JsonNode> QueryAsync(string sql, JsonObject? bindings = null, JsonObject? parameters = null, bool asyncExec = false, bool followInProgress = true)
    {
        var (envelope, _) = await QueryWithRequestIdAsync(sql, bindings, parameters, asyncExec, followInProgress, NewGuid());
        return envelope;
    }

    public async Task<(JsonNode Envelope, Guid RequestId)> QueryWithRequestIdAsync(string sql, JsonObject? bindings, JsonObject? parameters,
        bool asyncExec, bool followInProgress, Guid requestId)
    {
        var url = DriverKind == Kind.DotNet
            ? $"/queries/v1/query-request?requestId={requestId}&request_guid={NewGuid()}&clientStartTime={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}"
            : $"/queries/v1/query-request?requestId={requestId}&request_guid={NewGuid()}";
        JsonObject body = DriverKind == Kind.DotNet
            ? new JsonObject
            {
                ["sqlText"] = sql, ["describeOnly"] = false, ["bindings"] = bindings, ["bindStage"] = null,
                ["parameters"] = parameters, ["queryContextDTO"] = new JsonObject { ["entries"] = new JsonArray() }, ["asyncExec"] = asyncExec,
            }
            : new JsonObject { ["disableOfflineChunks"] = false, ["sqlText"] = sql };
        if (DriverKind == Kind.Node)
        {
            if (bindings is not null) body["bindings"] = bindings;
            if (parameters is not null) body["parameters"] = parameters;
            if (asyncExec) body["asyncExec"] = true;
        }
        var envelope = await ReadEnvelopeAsync(await SendAsync(HttpMethod.Post, url, body));
        while (followInProgress && envelope["code"]?.GetValue<string>() == "333333")
            envelope = await GetResultAsync(envelope["data"]!["getResultUrl"]!.GetValue<string>());
        return (envelope, requestId);
    }

    public async Task<JsonNode> GetResultAsync(string path) =>
        await ReadEnvelopeAsync(await SendAsync(HttpMethod.Get, DriverKind == Kind.Node ? path + $"?request_guid={NewGuid()}" : path, null));

    public async Task<JsonNode> PostAsync(string path, JsonObject? body = null) =>
        await ReadEnvelopeAsync(await SendAsync(HttpMethod.Post, path, body));

    public async Task<JsonNode> GetAsync(string path, string accept = "application/json") =>
        await ReadEnvelopeAsync(await SendAsync(HttpMethod.Get, path, null, accept: accept));

    /// <summary>Sends one request with the driver's headers (Authorization as the driver would set it).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonNode? body, bool login = false, string? authorization = null,
        string accept = "application/snowflake", HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.UserAgent.ParseAdd(DriverKind == Kind.DotNet ? ".NET/5.7.0.0" : "JavaScript/3.3.0");
        var auth = authorization ?? (login ? (DriverKind == Kind.DotNet ? "Basic" : null) : SessionToken is null ? null : $"Snowflake Token=\"{SessionToken}\"");
        if (auth is not null)
            request.Headers.TryAddWithoutValidation("Authorization", auth);
        if (login || url.StartsWith("/session/token-request", StringComparison.Ordinal))
        {
            request.Headers.Add("CLIENT_APP_ID", AppId);
            request.Headers.Add("CLIENT_APP_VERSION", AppVersion);
        }
        if (content is not null)
            request.Content = content;
        else if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        else if (DriverKind == Kind.Node || method == HttpMethod.Post)
            request.Content = new ByteArrayContent([]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        return await _http.SendAsync(request);
    }

    /// <summary>Asserts the envelope rules every API response must follow (JSON content type, code a string or null).</summary>
    public static async Task<JsonNode> ReadEnvelopeAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
        var envelope = JsonNode.Parse(text)!;
        Assert.That(envelope["success"], Is.Not.Null, text);
        if (envelope["code"] is { } code)
            Assert.That(code.GetValueKind(), Is.EqualTo(JsonValueKind.String), "code must be a JSON string");
        if (response.StatusCode != HttpStatusCode.OK)
            Assert.That(envelope["code"]?.GetValue<string>(), Is.EqualTo("390104"), "only 390104 may use a non-200 status");
        return envelope;
    }

    public void Dispose() => _http.Dispose();
}
