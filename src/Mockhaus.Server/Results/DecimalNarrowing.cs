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
    /// <summary>The batch with narrowable Decimal128 columns replaced by Int64 (unscaled), plus the new arrays to dispose.</summary>
    public static (RecordBatch Batch, List<IDisposable> Created) Narrow(RecordBatch batch)
    {
        var created = new List<IDisposable>();
        List<Field>? fields = null;
        IArrowArray[]? arrays = null;
        for (var c = 0; c < batch.ColumnCount; c++)
        {
            if (batch.Column(c) is not Decimal128Array decimals || !FitsInt64(decimals))
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
            return (batch, created);
        return (new RecordBatch(new Schema(fields!, batch.Schema.Metadata), arrays, batch.Length), created);
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
