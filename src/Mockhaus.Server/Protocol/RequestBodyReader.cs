using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Mockhaus.Server.Protocol;

/// <summary>
/// Reads a request body as JSON. Gzip is detected by its magic bytes, not by Content-Encoding: Node may send
/// the header over a plain body (a race in its HTTP layer) and Python always gzips (protocol doc §1.3).
/// </summary>
public static class RequestBodyReader
{
    private const int MaxBodyBytes = 256 * 1024 * 1024;

    /// <summary>The parsed body, or null when the body is empty.</summary>
    public static async Task<JsonDocument?> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ParseJson(await ReadBytesAsync(request, cancellationToken));

    /// <summary>Parses a body read with <see cref="ReadBytesAsync"/>; null when it is empty.</summary>
    public static JsonDocument? ParseJson(byte[] bytes)
    {
        if (bytes.Length == 0)
            return null;
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw ProtocolError.BadRequest($"request body is not valid JSON ({e.Message})");
        }
    }

    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Sized from Content-Length when the client sends it, so a large body (array binds) is not regrown and copied.
        var expected = request.ContentLength is > 0 and <= MaxBodyBytes ? (int)request.ContentLength.Value : 0;
        using var raw = new MemoryStream(expected);
        await CopyLimitedAsync(request.Body, raw, cancellationToken);
        var bytes = raw.Length == raw.Capacity ? raw.GetBuffer() : raw.ToArray();
        return IsGzip(bytes) ? Gunzip(bytes) : bytes;
    }

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    private static byte[] Gunzip(byte[] bytes)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            if (output.Length > MaxBodyBytes)
                throw ProtocolError.BadRequest("request body too large");
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw ProtocolError.BadRequest($"corrupt gzip request body ({e.Message})");
        }
    }

    private static async Task CopyLimitedAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxBodyBytes)
                throw ProtocolError.BadRequest("request body too large");
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
