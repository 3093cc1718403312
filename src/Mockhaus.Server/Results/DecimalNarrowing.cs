using System.Buffers.Binary;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Mockhaus.Server.Results;

/// <summary>
/// Snowflake picks the Arrow width of a NUMBER column per chunk from the values it holds: NUMBER(38,0)
/// values that fit in 64 bits travel as Int64 (so .NET returns long, not decimal), wider ones as Decimal128.
/// This narrows each Decimal128 column of a chunk whose values all fit.
/// </summary>
public static class DecimalNarrowing
{
    /// <summary>
    /// The batches of one chunk with every Decimal128 column whose values all fit (in every batch) replaced
    /// by Int64 (unscaled): one IPC stream has one schema, so the decision is per chunk, not per batch.
    /// <c>Narrowing</c> names the narrowed columns ("" for none): chunks with the same narrowing share a schema.
    /// </summary>
    public static (IReadOnlyList<RecordBatch> Batches, List<IDisposable> Created, string Narrowing) Narrow(IReadOnlyList<RecordBatch> batches)
    {
        var created = new List<IDisposable>();
        if (batches.Count == 0 || !batches[0].Schema.FieldsList.Any(f => f.DataType is Decimal128Type))
            return (batches, created, "");
        var narrowable = new HashSet<int>();
        for (var c = 0; c < batches[0].ColumnCount; c++)
            if (batches.All(b => b.Column(c) is Decimal128Array d && FitsInt64(d)))
                narrowable.Add(c);
        if (narrowable.Count == 0)
            return (batches, created, "");
        return (batches.Select(b => Narrow(b, narrowable, created)).ToList(), created, string.Join(',', narrowable.Order()));
    }

    private static RecordBatch Narrow(RecordBatch batch, HashSet<int> narrowable, List<IDisposable> created)
    {
        List<Field>? fields = null;
        IArrowArray[]? arrays = null;
        for (var c = 0; c < batch.ColumnCount; c++)
        {
            if (!narrowable.Contains(c) || batch.Column(c) is not Decimal128Array decimals)
                continue;
            fields ??= batch.Schema.FieldsList.ToList();
            arrays ??= batch.Arrays.ToArray();
            var narrowed = ToInt64(decimals);
            created.Add(narrowed);
            arrays[c] = narrowed;
            var field = fields[c];
            fields[c] = new Field(field.Name, Int64Type.Default, field.IsNullable, field.Metadata);
        }
        if (arrays is null)
            return batch;
        return new RecordBatch(new Schema(fields!, batch.Schema.Metadata), arrays, batch.Length);
    }

    private static bool FitsInt64(Decimal128Array array)
    {
        var values = array.Data.Buffers[1].Span;
        for (var i = 0; i < array.Length; i++)
        {
            if (array.IsNull(i))
                continue;
            var slot = values.Slice((array.Offset + i) * 16, 16);
            var low = BinaryPrimitives.ReadInt64LittleEndian(slot);
            var high = BinaryPrimitives.ReadInt64LittleEndian(slot[8..]);
            // Fits when the high word is just the sign extension of the low word.
            if (high != (low < 0 ? -1 : 0))
                return false;
        }
        return true;
    }

    private static Int64Array ToInt64(Decimal128Array array)
    {
        var values = array.Data.Buffers[1].Span;
        var builder = new Int64Array.Builder().Reserve(array.Length);
        for (var i = 0; i < array.Length; i++)
        {
            if (array.IsNull(i)) builder.AppendNull();
            else builder.Append(BinaryPrimitives.ReadInt64LittleEndian(values.Slice((array.Offset + i) * 16, 8)));
        }
        return builder.Build();
    }
}
