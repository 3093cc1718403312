using System.Buffers;
using System.Text.Json;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Sessions;
using Mockhaus.Server.Protocol;

namespace Mockhaus.Server.Results;

/// <summary>
/// Writes the `data` object of a successful query response (protocol doc §4.1). It is stored as bytes so
/// GET /queries/{id}/result can answer with exactly the same data later.
/// </summary>
public static class QueryResponseWriter
{
    public sealed record Context(string QueryId, long StatementTypeId, Session Session, Uri BaseAddress, int NumberOfBinds = 0);

    /// <summary>This thread's buffer and writer, reused: a response is written by one thread and copied out at the end.</summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _scratch;

    public static byte[] Write(Context context, IReadOnlyList<ResultColumn> columns, EncodedResult result,
        Action<Utf8JsonWriter>? extra = null)
    {
        var (buffer, writer) = _scratch ??= NewScratch();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WritePropertyName("parameters");
        ParametersWriter.Write(writer, context.Session.Parameters);
        writer.WritePropertyName("rowtype");
        RowTypeWriter.Write(writer, columns, context.Session.Database, context.Session.Schema,
            structuredFields: result.Format == ResultFormat.Json);
        WriteRows(writer, result);
        writer.WriteNumber("total", result.TotalRows);
        writer.WriteNumber("returned", result.TotalRows);
        writer.WriteString("queryId", context.QueryId);
        writer.WriteString("queryResultFormat", result.Format == ResultFormat.Arrow ? "arrow" : "json");
        writer.WriteNumber("statementTypeId", context.StatementTypeId);
        writer.WriteNumber("version", 1);
        writer.WriteNull("databaseProvider");
        WriteSessionState(writer, context.Session);
        writer.WriteNumber("numberOfBinds", context.NumberOfBinds);
        // Array binds run for every DML kind (bulk INSERT, per-row UPDATE/DELETE/MERGE); Python's describeOnly
        // uses this to decide whether executemany may send them as one array-bound request.
        writer.WriteBoolean("arrayBindSupported", context.NumberOfBinds > 0 && StatementTypes.IsDml(context.StatementTypeId));
        writer.WriteStartObject("queryContext");
        writer.WriteStartArray("entries");
        writer.WriteEndArray();
        writer.WriteEndObject();
        WriteChunks(writer, result, context.BaseAddress);
        extra?.Invoke(writer);
        writer.WriteNumber("sendResultTime", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        writer.WriteEndObject();
        writer.Flush();
        var data = buffer.WrittenSpan.ToArray();
        // A large inline part leaves a large buffer behind: keep only buffers of ordinary size.
        if (buffer.Capacity > MaxKeptBytes)
            _scratch = null;
        return data;
    }

    private const int MaxKeptBytes = 256 * 1024;

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewScratch()
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        return (buffer, new Utf8JsonWriter(buffer, JsonEnvelope.WriterOptions));
    }

    public static void WriteSessionState(Utf8JsonWriter writer, Session session)
    {
        WriteName(writer, "finalDatabaseName", session.Database);
        WriteName(writer, "finalSchemaName", session.Schema);
        WriteName(writer, "finalWarehouseName", session.Warehouse);
        WriteName(writer, "finalRoleName", session.Role);
    }

    private static void WriteName(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name); else writer.WriteString(name, value);
    }

    private static void WriteRows(Utf8JsonWriter writer, EncodedResult result)
    {
        if (result.Format == ResultFormat.Arrow)
        {
            writer.WriteString("rowsetBase64", result.Inline.IsEmpty ? "" : Convert.ToBase64String(result.Inline.Span));
            // Node and older parsers require a rowset array even when everything is in Arrow.
            writer.WriteStartArray("rowset");
            writer.WriteEndArray();
            return;
        }
        writer.WritePropertyName("rowset");
        var bytes = new byte[result.Inline.Length + 2];
        bytes[0] = (byte)'[';
        result.Inline.Span.CopyTo(bytes.AsSpan(1));
        bytes[^1] = (byte)']';
        writer.WriteRawValue(bytes, skipInputValidation: true);
    }

    private static void WriteChunks(Utf8JsonWriter writer, EncodedResult result, Uri baseAddress)
    {
        if (result.Chunks.Count == 0)
            return;
        writer.WriteStartArray("chunks");
        foreach (var chunk in result.Chunks)
        {
            writer.WriteStartObject();
            writer.WriteString("url", new Uri(baseAddress, "/chunks/" + chunk.Id).ToString());
            writer.WriteNumber("rowCount", chunk.RowCount);
            writer.WriteNumber("uncompressedSize", chunk.UncompressedSize);
            writer.WriteNumber("compressedSize", chunk.CompressedSize);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        // An empty object: with null the drivers send S3 SSE-C headers built from `qrmk`.
        writer.WriteStartObject("chunkHeaders");
        writer.WriteEndObject();
    }
}
