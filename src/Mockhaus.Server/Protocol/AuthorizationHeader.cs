using Microsoft.AspNetCore.Http;

namespace Mockhaus.Server.Protocol;

/// <summary>Extracts the token from <c>Authorization: Snowflake Token="..."</c>.</summary>
public static class AuthorizationHeader
{
    public static string? Token(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Snowflake Token=";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            return null;
        var token = header[prefix.Length..].Trim().Trim('"');
        return token.Length == 0 ? null : token;
    }
}
