using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Mockhaus.Server.Protocol;

/// <summary>
/// Writes Snowflake's response envelope <c>{"data":..., "code":..., "message":..., "success":...}</c>.
/// Always application/json (Node only parses JSON content types) and, apart from 390104, HTTP 200.
/// </summary>
public static class JsonEnvelope
{
    /// <summary>Raw UTF-8 output: the drivers' chunk parsers mangle \u escapes, so never escape non-ASCII.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task Success(HttpContext context, Action<Utf8JsonWriter>? writeData = null, string? code = null, string? message = null) =>
        Write(context, 200, writer =>
        {
            writer.WritePropertyName("data");
            if (writeData is null) writer.WriteNullValue(); else writeData(writer);
            WriteTail(writer, code, message, true);
        });

    private static readonly byte[] RawSuccessHead = "{\"data\":"u8.ToArray();
    private static readonly byte[] RawSuccessTail = ",\"code\":null,\"message\":null,\"success\":true}"u8.ToArray();

    /// <summary>
    /// A success envelope around an already encoded <c>data</c> object (stored query results), written around it as is:
    /// the data of a result is most of the response, and copying it through a JSON writer cost more than the rest.
    /// </summary>
    public static async Task SuccessRaw(HttpContext context, ReadOnlyMemory<byte> data)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = RawSuccessHead.Length + data.Length + RawSuccessTail.Length;
        var body = context.Response.BodyWriter;
        body.Write(RawSuccessHead.AsSpan());
        body.Write(data.Span);
        body.Write(RawSuccessTail.AsSpan());
        await body.FlushAsync(context.RequestAborted);
    }

    public static Task Failure(HttpContext context, string code, string message, Action<Utf8JsonWriter>? writeData = null, int httpStatus = 200) =>
        Write(context, httpStatus, writer =>
        {
            writer.WritePropertyName("data");
            if (writeData is null) writer.WriteNullValue(); else writeData(writer);
            WriteTail(writer, code, message, false);
            writer.WriteNull("headers");
        });

    public static Task Failure(HttpContext context, ProtocolError error) =>
        Failure(context, error.Code, error.Message, error.SqlState is null ? null : w => ErrorData(w, error.Code, error.SqlState, null), error.HttpStatus);

    /// <summary>The <c>data</c> object of a query failure; .NET dereferences it, so it must never be null.</summary>
    public static void ErrorData(Utf8JsonWriter writer, string errorCode, string sqlState, string? queryId, int line = -1, int pos = -1, string type = "COMPILATION")
    {
        writer.WriteStartObject();
        writer.WriteBoolean("internalError", false);
        writer.WriteString("errorCode", errorCode);
        writer.WriteNumber("age", 0);
        writer.WriteString("sqlState", sqlState);
        if (queryId is null) writer.WriteNull("queryId"); else writer.WriteString("queryId", queryId);
        writer.WriteNumber("line", line);
        writer.WriteNumber("pos", pos);
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    private static void WriteTail(Utf8JsonWriter writer, string? code, string? message, bool success)
    {
        if (code is null) writer.WriteNull("code"); else writer.WriteString("code", code);
        if (message is null) writer.WriteNull("message"); else writer.WriteString("message", message);
        writer.WriteBoolean("success", success);
    }

    private static async Task Write(HttpContext context, int status, Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}
