using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Mockhaus.Server.Results;

/// <summary>
/// An Arrow IPC stream in two parts: the schema message, which is the same for every result of a query and is written
/// once (<see cref="SnowflakeArrowConverter.SchemaMessage"/>), and the record batches plus end-of-stream marker of each
/// result. Together they are byte for byte what <see cref="ArrowStreamWriter"/> writes in one go.
/// </summary>
public static class ArrowIpc
{
    /// <summary>The schema message that opens every IPC stream of <paramref name="schema"/>.</summary>
    public static byte[] SchemaMessage(Schema schema)
    {
        using var output = new MemoryStream();
        using (var writer = new ArrowStreamWriter(output, schema, leaveOpen: true))
            writer.WriteStart();
        return output.ToArray();
    }

    /// <summary>Writes the record batches and the end marker of a stream whose schema message is already in <paramref name="output"/>.</summary>
    public static void WriteBatches(Stream output, Schema schema, IEnumerable<RecordBatch> batches)
    {
        using var writer = new BatchWriter(output, schema);
        foreach (var batch in batches)
            writer.WriteRecordBatch(batch);
        writer.WriteEnd();
    }

    private sealed class BatchWriter : ArrowStreamWriter
    {
        public BatchWriter(Stream output, Schema schema) : base(output, schema, leaveOpen: true)
        {
            HasWrittenSchema = true;
        }
    }
}
