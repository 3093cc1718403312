using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Mockhaus.Engine.Sessions;
using Mockhaus.Server.Hosting;
using Mockhaus.Server.Protocol;
using Mockhaus.Server.Results;
using Mockhaus.Server.Sessions;

namespace Mockhaus.Server.Endpoints;

/// <summary>
/// POST /session/v1/login-request (protocol doc §3.1). Any user and password are accepted; the context comes
/// from the query string (databaseName, schemaName, warehouse, roleName) and SESSION_PARAMETERS from the body.
/// </summary>
public static class LoginEndpoint
{
    public static async Task Handle(HttpContext http, ServerContext server)
    {
        using var body = await RequestBodyReader.ReadJsonAsync(http.Request, http.RequestAborted);
        var data = body is not null && JsonFields.Property(body.RootElement, "data") is { ValueKind: JsonValueKind.Object } d
            ? d
            : throw ProtocolError.BadRequest("login-request body must be {\"data\": {...}}");
        var query = http.Request.Query;
        var client = new ClientInfo(
            JsonFields.String(data, "CLIENT_APP_ID") ?? http.Request.Headers["CLIENT_APP_ID"].ToString(),
            JsonFields.String(data, "CLIENT_APP_VERSION") ?? http.Request.Headers["CLIENT_APP_VERSION"].ToString());
        var options = new SessionOptions
        {
            User = JsonFields.String(data, "LOGIN_NAME") is { Length: > 0 } user ? user : "MOCKHAUS",
            Database = NonEmpty(query["databaseName"]),
            Schema = NonEmpty(query["schemaName"]),
            Warehouse = NonEmpty(query["warehouse"]),
            Role = NonEmpty(query["roleName"]),
            Account = JsonFields.String(data, "ACCOUNT_NAME") is { Length: > 0 } account ? account : "MOCKHAUS",
            Client = $"{client.AppId} {client.AppVersion}".Trim(),
            Parameters = SessionParameters(data),
        };
        var session = new ServerSession(server.Engine.OpenSession(options), client, server.Chunks);
        server.Sessions.Add(session);
        server.Logger.LogInformation("Session {SessionId} opened for {User} ({Client} {Version}) in {Database}.{Schema}",
            session.Id, session.Engine.User, client.AppId, client.AppVersion, session.Engine.Database, session.Engine.Schema);
        await JsonEnvelope.Success(http, writer => WriteLoginData(writer, session, server.Options));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static Dictionary<string, string> SessionParameters(JsonElement data)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (JsonFields.Property(data, "SESSION_PARAMETERS") is { ValueKind: JsonValueKind.Object } parameters)
            foreach (var property in parameters.EnumerateObject())
                if (property.Value.ValueKind != JsonValueKind.Null)
                    result[property.Name.ToUpperInvariant()] = JsonFields.AsText(property.Value);
        return result;
    }

    private static void WriteLoginData(Utf8JsonWriter writer, ServerSession session, ServerOptions options)
    {
        var engine = session.Engine;
        writer.WriteStartObject();
        writer.WriteString("token", session.SessionToken);
        writer.WriteString("masterToken", session.MasterToken);
        writer.WriteNumber("validityInSeconds", (long)options.SessionTokenLifetime.TotalSeconds);
        writer.WriteNumber("masterValidityInSeconds", (long)options.MasterTokenLifetime.TotalSeconds);
        writer.WriteNumber("sessionId", session.Id);
        writer.WriteString("serverVersion", "9.0.0");
        writer.WriteString("displayUserName", engine.User);
        writer.WriteBoolean("firstLogin", false);
        writer.WriteNumber("healthCheckInterval", 45);
        writer.WriteNull("remMeToken");
        writer.WriteNumber("remMeValidityInSeconds", 0);
        writer.WriteNull("newClientForUpgrade");
        writer.WriteNull("idToken");
        writer.WriteNumber("idTokenValidityInSeconds", 0);
        writer.WriteNull("mfaToken");
        writer.WriteNumber("mfaTokenValidityInSeconds", 0);
        writer.WriteNull("responseData");
        writer.WriteStartObject("sessionInfo");
        WriteName(writer, "databaseName", engine.Database);
        WriteName(writer, "schemaName", engine.Schema);
        WriteName(writer, "warehouseName", engine.Warehouse);
        WriteName(writer, "roleName", engine.Role);
        writer.WriteEndObject();
        writer.WritePropertyName("parameters");
        ParametersWriter.Write(writer, engine.Parameters);
        writer.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name); else writer.WriteString(name, value);
    }
}
