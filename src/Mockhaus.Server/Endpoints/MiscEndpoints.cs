using Microsoft.AspNetCore.Http;
using Mockhaus.Server.Hosting;
using Mockhaus.Server.Protocol;

namespace Mockhaus.Server.Endpoints;

/// <summary>Telemetry sink, health check and the admin view of recent queries.</summary>
public static class MiscEndpoints
{
    /// <summary>POST /telemetry/send: accepted and dropped (the drivers only log failures).</summary>
    public static async Task Telemetry(HttpContext http, ServerContext server)
    {
        server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request));
        await RequestBodyReader.ReadBytesAsync(http.Request, http.RequestAborted);
        await JsonEnvelope.Success(http);
    }

    /// <summary>
    /// GET /admin/queries?limit=N: the server's most recent requests, newest first (for `mockhaus history`). Not a
    /// Snowflake endpoint, so it needs no session token; the server listens on loopback.
    /// </summary>
    public static Task Queries(HttpContext http, ServerContext server)
    {
        var limit = int.TryParse(http.Request.Query["limit"], out var n) ? n : 50;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(
            new { queries = server.Runner.History.Recent(limit) }, AdminJson));
    }

    private static readonly System.Text.Json.JsonSerializerOptions AdminJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>GET /health: 200 once the server is ready to take logins, 503 before.</summary>
    public static Task Health(HttpContext http, ServerContext server)
    {
        http.Response.StatusCode = server.Ready ? 200 : 503;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(server.Ready
            ? $"{{\"status\":\"ok\",\"sessions\":{server.Sessions.Count}}}"
            : "{\"status\":\"starting\"}");
    }
}
