using Apache.Arrow;
using Apache.Arrow.Types;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Metadata;

/// <summary>Column kinds of SHOW / DESCRIBE output.</summary>
internal enum OutputType { Text, Number, Timestamp, Boolean }

internal sealed record OutputColumn(string Name, OutputType Type = OutputType.Text);

/// <summary>Builds SHOW / DESCRIBE results: text, NUMBER(38,0), TIMESTAMP_LTZ (created_on) and BOOLEAN columns.</summary>
internal static class MetadataResult
{
    public static OutputColumn T(string name) => new(name);
    public static OutputColumn N(string name) => new(name, OutputType.Number);
    public static OutputColumn Ts(string name) => new(name, OutputType.Timestamp);
    public static OutputColumn B(string name) => new(name, OutputType.Boolean);

    public static InMemoryResultStream Build(IReadOnlyList<OutputColumn> columns, IReadOnlyList<object?[]> rows)
    {
        var resultColumns = new List<ResultColumn>();
        var fields = new List<Field>();
        var arrays = new List<IArrowArray>();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            switch (column.Type)
            {
                case OutputType.Number:
                {
                    var builder = new Int64Array.Builder();
                    foreach (var row in rows)
                        if (row[c] is null) builder.AppendNull(); else builder.Append(Convert.ToInt64(row[c]));
                    arrays.Add(builder.Build());
                    fields.Add(new Field(column.Name, Int64Type.Default, true));
                    resultColumns.Add(new ResultColumn(column.Name, SnowflakeType.Number(38, 0)));
                    break;
                }
                case OutputType.Boolean:
                {
                    var builder = new BooleanArray.Builder();
                    foreach (var row in rows)
                        if (row[c] is null) builder.AppendNull(); else builder.Append(Convert.ToBoolean(row[c]));
                    arrays.Add(builder.Build());
                    fields.Add(new Field(column.Name, BooleanType.Default, true));
                    resultColumns.Add(new ResultColumn(column.Name, SnowflakeType.Boolean));
                    break;
                }
                case OutputType.Timestamp:
                {
                    var type = new TimestampType(TimeUnit.Microsecond, "UTC");
                    var builder = new TimestampArray.Builder(type);
                    foreach (var row in rows)
                        if (row[c] is null) builder.AppendNull(); else builder.Append(ToOffset(row[c]!));
                    arrays.Add(builder.Build());
                    fields.Add(new Field(column.Name, type, true));
                    resultColumns.Add(new ResultColumn(column.Name, SnowflakeType.TimestampLtz(3)));
                    break;
                }
                default:
                {
                    var builder = new StringArray.Builder();
                    foreach (var row in rows)
                        if (row[c] is null) builder.AppendNull();
                        else builder.Append(Convert.ToString(row[c], System.Globalization.CultureInfo.InvariantCulture));
                    arrays.Add(builder.Build());
                    fields.Add(new Field(column.Name, StringType.Default, true));
                    resultColumns.Add(new ResultColumn(column.Name, SnowflakeType.Text()));
                    break;
                }
            }
        }
        var schema = new Schema(fields, null);
        var batches = rows.Count == 0 ? [] : new[] { new RecordBatch(schema, arrays, rows.Count) };
        return new InMemoryResultStream(resultColumns, schema, batches);
    }

    private static DateTimeOffset ToOffset(object value) => value switch
    {
        DateTimeOffset o => o,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)),
        _ => DateTimeOffset.Parse(Convert.ToString(value)!, System.Globalization.CultureInfo.InvariantCulture),
    };
}
