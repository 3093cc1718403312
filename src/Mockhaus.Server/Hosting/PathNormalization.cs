using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mockhaus.Server.Hosting;

/// <summary>
/// Drivers join their base URL and paths as text, so an accessUrl written with a trailing slash
/// ("http://127.0.0.1:8080/") produces "//session/v1/login-request". Collapse repeated slashes before routing.
/// </summary>
internal static class PathNormalization
{
    public static IApplicationBuilder UseCollapsedSlashes(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var path = http.Request.Path.Value;
        if (path is not null && path.Contains("//", StringComparison.Ordinal))
            http.Request.Path = new PathString(Collapse(path));
        return next(http);
    });

    private static string Collapse(string path)
    {
        var builder = new System.Text.StringBuilder(path.Length);
        foreach (var c in path)
            if (c != '/' || builder.Length == 0 || builder[^1] != '/')
                builder.Append(c);
        return builder.ToString();
    }
}
