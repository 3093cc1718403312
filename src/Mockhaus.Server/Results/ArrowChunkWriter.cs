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

    /// <summary>The IPC stream of the batches appended since the last call; resets the writer.</summary>
    public byte[] Finish()
    {
        try
        {
            using var output = new MemoryStream((int)Math.Min(Bytes + 4096, int.MaxValue / 2));
            using (var writer = new ArrowStreamWriter(output, _schema, leaveOpen: true))
            {
                if (_batches.Count == 1)
                {
                    writer.WriteRecordBatch(_batches[0]);
                }
                else
                {
                    using var coalesced = Coalesce();
                    writer.WriteRecordBatch(coalesced);
                }
                writer.WriteEnd();
            }
            return output.ToArray();
        }
        finally
        {
            Reset();
        }
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
