using Apache.Arrow;
using Apache.Arrow.Types;
using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Results;

/// <summary>A small result built by the engine itself: status rows, DML counts, SHOW output.</summary>
public sealed class InMemoryResultStream : IResultStream
{
    private readonly Queue<RecordBatch> _batches;

    public InMemoryResultStream(IReadOnlyList<ResultColumn> columns, Schema schema, IEnumerable<RecordBatch> batches)
    {
        Columns = columns;
        ArrowSchema = schema;
        _batches = new Queue<RecordBatch>(batches);
    }

    public IReadOnlyList<ResultColumn> Columns { get; }

    public Schema ArrowSchema { get; }

    public RecordBatch? ReadNext() => _batches.TryDequeue(out var batch) ? batch : null;

    public void Dispose()
    {
        foreach (var batch in _batches)
            batch.Dispose();
        _batches.Clear();
    }

    /// <summary>Snowflake's one-column `status` result, e.g. "Table T successfully created.".</summary>
    public static InMemoryResultStream Status(string message) =>
        FromRows([new ResultColumn("status", SnowflakeType.Text(), false)], [[message]]);

    /// <summary>DML counts such as "number of rows inserted", one row of integers.</summary>
    public static InMemoryResultStream Counts(IReadOnlyList<(string Name, long Value)> counts) =>
        FromRows(counts.Select(c => new ResultColumn(c.Name, SnowflakeType.Number(38, 0), false)).ToList(),
            [counts.Select(c => (object?)c.Value).ToArray()]);

    /// <summary>
    /// Builds a result from rows of CLR values. Supported per column type: Fixed (long), Real (double),
    /// Boolean (bool), Text and everything else (string).
    /// </summary>
    public static InMemoryResultStream FromRows(IReadOnlyList<ResultColumn> columns, IReadOnlyList<object?[]> rows)
    {
        var fields = new List<Field>();
        var arrays = new List<IArrowArray>();
        for (var c = 0; c < columns.Count; c++)
        {
            var (field, array) = BuildColumn(columns[c], rows, c);
            fields.Add(field);
            arrays.Add(array);
        }
        var schema = new Schema(fields, null);
        var batches = rows.Count == 0 ? [] : new[] { new RecordBatch(schema, arrays, rows.Count) };
        return new InMemoryResultStream(columns, schema, batches);
    }

    private static (Field, IArrowArray) BuildColumn(ResultColumn column, IReadOnlyList<object?[]> rows, int index)
    {
        switch (column.Type.Kind)
        {
            case SnowflakeTypeKind.Fixed when column.Type.Scale is null or 0:
            {
                var builder = new Int64Array.Builder();
                foreach (var row in rows)
                    if (row[index] is null) builder.AppendNull(); else builder.Append(Convert.ToInt64(row[index]));
                return (new Field(column.Name, Int64Type.Default, true), builder.Build());
            }
            case SnowflakeTypeKind.Real:
            {
                var builder = new DoubleArray.Builder();
                foreach (var row in rows)
                    if (row[index] is null) builder.AppendNull(); else builder.Append(Convert.ToDouble(row[index]));
                return (new Field(column.Name, DoubleType.Default, true), builder.Build());
            }
            case SnowflakeTypeKind.Boolean:
            {
                var builder = new BooleanArray.Builder();
                foreach (var row in rows)
                    if (row[index] is null) builder.AppendNull(); else builder.Append(Convert.ToBoolean(row[index]));
                return (new Field(column.Name, BooleanType.Default, true), builder.Build());
            }
            default:
            {
                var builder = new StringArray.Builder();
                foreach (var row in rows)
                    if (row[index] is null) builder.AppendNull(); else builder.Append(Convert.ToString(row[index], System.Globalization.CultureInfo.InvariantCulture));
                return (new Field(column.Name, StringType.Default, true), builder.Build());
            }
        }
    }
}
