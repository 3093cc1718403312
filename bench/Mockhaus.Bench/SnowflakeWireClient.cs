using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mockhaus.Bench;

/// <summary>
/// Speaks the Snowflake HTTP protocol the way the .NET connector (Snowflake.Data 5.7) does: same paths, query
/// strings, headers and bodies (wire-protocol notes §1.2, §3.1, §3.5, §4.8).
/// </summary>
public sealed class SnowflakeWireClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _base;
    private string? _token;

    public SnowflakeWireClient(Uri baseAddress)
    {
        _base = baseAddress;
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            MaxConnectionsPerServer = 16,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(10) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(".NET/5.7.0.0 (Unix 6.0) .NET/10.0");
    }

    public HttpClient Http => _http;

    /// <summary>The session token after login (for requests this client has no helper for).</summary>
    public string? SessionToken => _token;

    public string ClientAppId { get; private set; } = ".NET";

    public async Task LoginAsync(string clientAppId = ".NET", string clientAppVersion = "5.7.0.0")
    {
        ClientAppId = clientAppId;
        var url = new Uri(_base,
            $"/session/v1/login-request?warehouse=&databaseName=BENCHDB&schemaName=PUBLIC&roleName=&requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}");
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["CLIENT_APP_ID"] = clientAppId,
                ["CLIENT_APP_VERSION"] = clientAppVersion,
                ["ACCOUNT_NAME"] = "test",
                ["LOGIN_NAME"] = "u",
                ["PASSWORD"] = "p",
                ["AUTHENTICATOR"] = "snowflake",
                ["CLIENT_ENVIRONMENT"] = new JsonObject { ["APPLICATION"] = "Mockhaus.Bench", ["NET_RUNTIME"] = ".NET" },
                ["SESSION_PARAMETERS"] = new JsonObject
                {
                    ["CLIENT_VALIDATE_DEFAULT_PARAMETERS"] = true,
                    ["CLIENT_SESSION_KEEP_ALIVE"] = false,
                },
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/snowflake"));
        request.Headers.TryAddWithoutValidation("CLIENT_APP_ID", clientAppId);
        request.Headers.TryAddWithoutValidation("CLIENT_APP_VERSION", clientAppVersion);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var root = doc.RootElement;
        if (!root.GetProperty("success").GetBoolean())
            throw new InvalidOperationException($"login failed: {root.GetRawText()}");
        _token = root.GetProperty("data").GetProperty("token").GetString();
    }

    /// <summary>POST /queries/v1/query-request exactly as Snowflake.Data sends it; returns the raw response body.</summary>
    public async Task<byte[]> QueryRawAsync(string sql, CancellationToken ct = default)
    {
        var url = new Uri(_base,
            $"/queries/v1/query-request?requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}&clientStartTime={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}");
        var body = new JsonObject
        {
            ["sqlText"] = sql,
            ["describeOnly"] = false,
            ["bindings"] = null,
            ["bindStage"] = null,
            ["parameters"] = null,
            ["queryContextDTO"] = new JsonObject { ["entries"] = new JsonArray() },
            ["asyncExec"] = false,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"Snowflake Token=\"{_token}\"");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/snowflake"));
        using var response = await _http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    /// <summary>Runs a query, following 333333 "in progress" answers with GET getResultUrl (long poll).</summary>
    public async Task<JsonDocument> QueryAsync(string sql, CancellationToken ct = default)
    {
        var doc = JsonDocument.Parse(await QueryRawAsync(sql, ct));
        while (true)
        {
            var root = doc.RootElement;
            var code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (root.GetProperty("success").GetBoolean() && code is "333333" or "333334")
            {
                var resultUrl = root.GetProperty("data").GetProperty("getResultUrl").GetString()!;
                doc.Dispose();
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, resultUrl));
                request.Headers.TryAddWithoutValidation("Authorization", $"Snowflake Token=\"{_token}\"");
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/snowflake"));
                using var response = await _http.SendAsync(request, ct);
                response.EnsureSuccessStatusCode();
                doc = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(ct));
                continue;
            }
            if (!root.GetProperty("success").GetBoolean())
            {
                var text = root.GetRawText();
                doc.Dispose();
                throw new InvalidOperationException($"query failed: {text}");
            }
            return doc;
        }
    }

    /// <summary>GET a chunk URL (absolute, no Authorization), with the chunkHeaders of the result.</summary>
    public async Task<HttpResponseMessage> GetChunkAsync(string url, IReadOnlyList<KeyValuePair<string, string>> headers,
        CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (k, v) in headers) request.Headers.TryAddWithoutValidation(k, v);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        return response;
    }

    public async Task CloseAsync()
    {
        if (_token is null) return;
        var url = new Uri(_base, $"/session?delete=true&requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent([]) };
        request.Headers.TryAddWithoutValidation("Authorization", $"Snowflake Token=\"{_token}\"");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/snowflake"));
        using var response = await _http.SendAsync(request);
        _token = null;
    }

    public void Dispose() => _http.Dispose();
}
