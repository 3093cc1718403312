using Apache.Arrow;
using Mockhaus.Engine.Results;

namespace Mockhaus.Server.Results;

/// <summary>
/// Streams a statement result into the inline first part and stored chunks. The whole DuckDB result is read
/// before the response (the response lists every chunk), but only one chunk is ever held in memory: each
/// finished chunk goes to the <see cref="ChunkStore"/>, which spills to disk beyond its budget.
/// </summary>
public sealed class ResultEncoder
{
    private readonly ServerOptions _options;
    private readonly ChunkStore _store;

    public ResultEncoder(ServerOptions options, ChunkStore store)
    {
        _options = options;
        _store = store;
    }

    /// <param name="chunked">False for DML results: the drivers read counts from a single inline JSON rowset.</param>
    public EncodedResult Encode(IResultStream rows, ResultFormat format, bool chunked, ConversionContext context, CancellationToken cancellation)
    {
        var converter = SnowflakeArrowConverter.For(rows.Columns, rows.ArrowSchema, context);
        var sink = new ChunkSink(_store);
        try
        {
            return format == ResultFormat.Json
                ? EncodeJson(rows, converter, chunked, sink, cancellation)
                : EncodeArrow(rows, converter, chunked, sink, cancellation);
        }
        catch
        {
            sink.DisposeAsync().AsTask().GetAwaiter().GetResult();
            foreach (var chunk in sink.Stored)
                _store.Remove(chunk.Id);
            throw;
        }
    }

    private EncodedResult EncodeJson(IResultStream rows, SnowflakeArrowConverter converter, bool chunked, ChunkSink chunks, CancellationToken cancellation)
    {
        var writer = new JsonRowsetWriter(rows.Columns.Select(c => c.Type).ToList());
        ReadOnlyMemory<byte>? inline = null;
        long total = 0;
        while (rows.ReadNext() is { } source)
        {
            cancellation.ThrowIfCancellationRequested();
            var converted = converter.Convert(source);
            writer.Append(converted);
            total += source.Length;
            foreach (var owned in converter.Owned(source, converted))
                owned.Dispose();
            if (chunked && IsFull(writer.Bytes, writer.Rows, inline is null))
                Flush(writer.Rows, writer.Finish(), ref inline, chunks);
        }
        if (writer.Rows > 0 || inline is null)
            Flush(writer.Rows, writer.Finish(), ref inline, chunks);
        return new EncodedResult { Format = ResultFormat.Json, Inline = inline ?? default, Chunks = chunks.Complete(), TotalRows = total };
    }

    private EncodedResult EncodeArrow(IResultStream rows, SnowflakeArrowConverter converter, bool chunked, ChunkSink chunks, CancellationToken cancellation)
    {
        using var writer = new ArrowChunkWriter(converter);
        ReadOnlyMemory<byte>? inline = null;
        long total = 0;
        while (rows.ReadNext() is { } source)
        {
            cancellation.ThrowIfCancellationRequested();
            if (source.Length == 0)
            {
                source.Dispose();
                continue;
            }
            var converted = converter.Convert(source);
            writer.Append(converted, converter.Owned(source, converted));
            total += source.Length;
            if (chunked && IsFull(writer.Bytes, writer.Rows, inline is null))
                Flush(writer.Rows, writer.Finish(), ref inline, chunks);
        }
        // An empty result is sent as "" (a schema-only stream makes .NET fail: "Cannot add null RecordBatch").
        if (writer.Rows > 0)
            Flush(writer.Rows, writer.Finish(), ref inline, chunks);
        return new EncodedResult { Format = ResultFormat.Arrow, Inline = inline ?? default, Chunks = chunks.Complete(), TotalRows = total };
    }

    private bool IsFull(long bytes, int rowCount, bool isInlinePart) =>
        bytes >= (isInlinePart ? _options.InlineResultBytes : _options.ChunkBytes) || rowCount >= _options.MaxChunkRows;

    /// <summary>The first part goes inline in the response, every later one to the chunk store.</summary>
    private static void Flush(int rowCount, SegmentedBuffer content, ref ReadOnlyMemory<byte>? inline, ChunkSink chunks)
    {
        if (inline is null)
        {
            using (content)
                inline = content.ToArray();
            return;
        }
        chunks.Add(content, rowCount);
    }
}
