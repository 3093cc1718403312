using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Mockhaus.Server.Results;

/// <summary>
/// Collects converted batches and writes them as one Arrow IPC stream (schema + one coalesced record batch
/// + EOS), the framing of both `rowsetBase64` and Arrow chunks. DuckDB's 2,048-row batches are concatenated
/// so the drivers see few large batches. Source batches whose memory the output shares are kept alive
/// until the chunk is written.
/// </summary>
public sealed class ArrowChunkWriter : IDisposable
{
    private readonly Schema _schema;
    private readonly List<RecordBatch> _batches = [];
    private readonly List<IDisposable> _owned = [];

    public ArrowChunkWriter(Schema schema)
    {
        _schema = schema;
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
            var batch = _batches.Count == 1 ? _batches[0] : Track(Coalesce(), created);
            var (narrowed, narrowedArrays) = DecimalNarrowing.Narrow(batch);
            created.AddRange(narrowedArrays);
            var output = new SegmentedBuffer();
            // Each chunk is an independent IPC stream; its schema may differ per chunk (narrowed decimals).
            using (var writer = new ArrowStreamWriter(output, narrowed.Schema, leaveOpen: true))
            {
                writer.WriteRecordBatch(narrowed);
                writer.WriteEnd();
            }
            return output;
        }
        finally
        {
            foreach (var item in created)
                item.Dispose();
            Reset();
        }
    }

    private static RecordBatch Track(RecordBatch batch, List<IDisposable> created)
    {
        created.Add(batch);
        return batch;
    }

    private RecordBatch Coalesce()
    {
        var columns = new IArrowArray[_schema.FieldsList.Count];
        for (var c = 0; c < columns.Length; c++)
            columns[c] = ArrowArrayConcatenator.Concatenate(_batches.Select(b => b.Column(c)).ToList());
        return new RecordBatch(_schema, columns, Rows);
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
