using Microsoft.AspNetCore.Http;
using Mockhaus.Server.Hosting;
using Mockhaus.Server.Protocol;

namespace Mockhaus.Server.Endpoints;

/// <summary>Telemetry sink and health check.</summary>
public static class MiscEndpoints
{
    /// <summary>POST /telemetry/send: accepted and dropped (the drivers only log failures).</summary>
    public static async Task Telemetry(HttpContext http, ServerContext server)
    {
        server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request));
        await RequestBodyReader.ReadBytesAsync(http.Request, http.RequestAborted);
        await JsonEnvelope.Success(http);
    }

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
