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
        // With a Content-Length (what the drivers send) the body goes straight into one array of that size: no copy
        // buffer and no growing stream per request.
        var bytes = request.ContentLength is >= 0 and <= MaxBodyBytes and var length
            ? await ReadExactlyAsync(request.Body, (int)length, cancellationToken)
            : await ReadToEndAsync(request.Body, cancellationToken);
        var body = IsGzip(bytes) ? Gunzip(bytes) : bytes;
        RejectUnpairedSurrogates(body);
        return body;
    }

    /// <summary>
    /// JSON lets a string escape half of a UTF-16 surrogate pair (<c>"\ud800"</c>), which no .NET string can be read
    /// from: System.Text.Json throws wherever such a value is read, deep in a bind or a statement. The body is refused
    /// up front instead, as text that is not valid. Escaped pairs (Python escapes every non-ASCII character) are fine.
    /// </summary>
    private static void RejectUnpairedSurrogates(byte[] body)
    {
        if (!HasSurrogateEscape(body))
            return;
        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                    reader.GetString();
        }
        catch (InvalidOperationException)
        {
            throw ProtocolError.BadRequest("request body is not valid JSON text (a \\u escape of an unpaired UTF-16 surrogate)");
        }
        catch (JsonException)
        {
            // Not JSON at all: reported by whichever parser reads it.
        }
    }

    /// <summary>Whether some <c>\\u</c> escape names a surrogate (D800–DFFF): only then is the body read to check.</summary>
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> body)
    {
        for (var at = body.IndexOf("\\u"u8); at >= 0; at = body.IndexOf("\\u"u8))
        {
            body = body[(at + 2)..];
            if (body.Length >= 2 && body[0] is (byte)'d' or (byte)'D' && body[1] is >= (byte)'8' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F')
                return true;
        }
        return false;
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

    private static async Task<byte[]> ReadExactlyAsync(Stream source, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        await source.ReadExactlyAsync(bytes, cancellationToken);
        // A body longer than its Content-Length is refused by Kestrel itself; nothing more to read here.
        return bytes;
    }

    private static async Task<byte[]> ReadToEndAsync(Stream source, CancellationToken cancellationToken)
    {
        using var destination = new MemoryStream();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (destination.Length + read > MaxBodyBytes)
                    throw ProtocolError.BadRequest("request body too large");
                destination.Write(buffer, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return destination.ToArray();
    }
}
