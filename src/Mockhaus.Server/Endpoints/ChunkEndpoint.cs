using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Mockhaus.Server.Hosting;

namespace Mockhaus.Server.Endpoints;

/// <summary>
/// GET /chunks/{id}: unauthenticated like S3 presigned URLs (the drivers send no token); the random id is the
/// credential. application/octet-stream, never JSON (Node would JSON.parse the comma-separated rows).
/// Gzip chunks go out as stored with Content-Encoding: gzip, or are decompressed for clients that don't accept it.
/// </summary>
public static class ChunkEndpoint
{
    public static async Task Handle(HttpContext http, ServerContext server, string id)
    {
        if (!server.Chunks.TryOpen(id, out var content, out var gzipped))
        {
            http.Response.StatusCode = 404;
            http.Response.ContentType = "text/plain";
            await http.Response.WriteAsync("chunk not found or expired");
            return;
        }
        await using (content)
        {
            http.Response.StatusCode = 200;
            http.Response.ContentType = "application/octet-stream";
            if (gzipped && AcceptsGzip(http.Request))
            {
                http.Response.Headers.ContentEncoding = "gzip";
                http.Response.ContentLength = content.Length;
                await content.CopyToAsync(http.Response.Body, http.RequestAborted);
            }
            else if (gzipped)
            {
                await using var plain = new GZipStream(content, CompressionMode.Decompress);
                await plain.CopyToAsync(http.Response.Body, http.RequestAborted);
            }
            else
            {
                http.Response.ContentLength = content.Length;
                await content.CopyToAsync(http.Response.Body, http.RequestAborted);
            }
        }
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(v => v is not null && v.Contains("gzip", StringComparison.OrdinalIgnoreCase));
}
