using Microsoft.AspNetCore.Http;
using Mockhaus.Server.Hosting;
using Mockhaus.Server.Protocol;

namespace Mockhaus.Server.Endpoints;

/// <summary>Token renewal, heartbeat and close (protocol doc §3.2–3.4).</summary>
public static class SessionEndpoints
{
    /// <summary>POST /session/token-request: master token in Authorization, body {oldSessionToken, requestType:"RENEW"}.</summary>
    public static async Task Renew(HttpContext http, ServerContext server)
    {
        using var body = await RequestBodyReader.ReadJsonAsync(http.Request, http.RequestAborted);
        var oldToken = body is null ? null : JsonFields.String(body.RootElement, "oldSessionToken");
        var session = server.Sessions.Renew(AuthorizationHeader.Token(http.Request), oldToken);
        await JsonEnvelope.Success(http, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("sessionToken", session.SessionToken);
            writer.WriteNumber("validityInSecondsST", (long)server.Options.SessionTokenLifetime.TotalSeconds);
            writer.WriteString("masterToken", session.MasterToken);
            writer.WriteNumber("validityInSecondsMT", (long)server.Options.MasterTokenLifetime.TotalSeconds);
            writer.WriteNumber("sessionId", session.Id);
            writer.WriteEndObject();
        });
    }

    /// <summary>POST /session/heartbeat: keeps the session (and its master token) alive.</summary>
    public static async Task Heartbeat(HttpContext http, ServerContext server)
    {
        var session = server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request));
        session.MasterTokenExpires = DateTimeOffset.UtcNow + server.Options.MasterTokenLifetime;
        await JsonEnvelope.Success(http);
    }

    /// <summary>POST /session?delete=true closes the session; anything else on /session is a bad request.</summary>
    public static async Task Delete(HttpContext http, ServerContext server)
    {
        if (!string.Equals(http.Request.Query["delete"], "true", StringComparison.OrdinalIgnoreCase))
            throw ProtocolError.BadRequest("POST /session needs delete=true");
        var session = server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request), allowExpired: true);
        server.Sessions.Close(session);
        await JsonEnvelope.Success(http);
    }
}
