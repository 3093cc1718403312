using Apache.Arrow;

namespace Mockhaus.Server.Results;

/// <summary>
/// Collects converted batches and writes them as one Arrow IPC stream (schema + record batches + EOS), the
/// framing of both `rowsetBase64` and Arrow chunks. DuckDB's 2,048-row batches are gathered into chunk-sized
/// streams; they are not concatenated into one batch, because copying every buffer again cost more than the
/// drivers gain (they read any number of batches per chunk). Source batches whose memory the output shares
/// are kept alive until the chunk is written. The schema message comes from the converter, written once per result shape.
/// </summary>
public sealed class ArrowChunkWriter : IDisposable
{
    private readonly SnowflakeArrowConverter _converter;
    private readonly List<RecordBatch> _batches = [];
    private readonly List<IDisposable> _owned = [];

    public ArrowChunkWriter(SnowflakeArrowConverter converter)
    {
        _converter = converter;
    }

    public int Rows { get; private set; }

    public long Bytes { get; private set; }

    /// <summary>Takes ownership of <paramref name="owned"/> (the source batch and freshly built arrays), disposed on Finish.</summary>
    public void Append(RecordBatch converted, IEnumerable<IDisposable> owned)
    {
        _batches.Add(converted);
        _owned.AddRange(owned);
        Rows += converted.Length;
        Bytes += EstimateBytes(converted);
    }

    /// <summary>The IPC stream of the batches appended since the last call, owned by the caller; resets the writer.</summary>
    public SegmentedBuffer Finish()
    {
        var created = new List<IDisposable>();
        try
        {
            var (narrowed, arrays, narrowing) = DecimalNarrowing.Narrow(_batches);
            created.AddRange(arrays);
            var schema = narrowed[0].Schema;
            var output = new SegmentedBuffer();
            output.Write(_converter.SchemaMessage(schema, narrowing));
            ArrowIpc.WriteBatches(output, schema, narrowed);
            return output;
        }
        finally
        {
            foreach (var item in created)
                item.Dispose();
            Reset();
        }
    }

    private static long EstimateBytes(RecordBatch batch)
    {
        long total = 0;
        foreach (var array in batch.Arrays)
            total += EstimateBytes(array.Data);
        return total;
    }

    private static long EstimateBytes(ArrayData data)
    {
        long total = 0;
        foreach (var buffer in data.Buffers)
            total += buffer.Length;
        foreach (var child in data.Children ?? [])
            total += EstimateBytes(child);
        return total;
    }

    private void Reset()
    {
        foreach (var item in _owned)
            item.Dispose();
        _owned.Clear();
        _batches.Clear();
        Rows = 0;
        Bytes = 0;
    }

    public void Dispose() => Reset();
}
