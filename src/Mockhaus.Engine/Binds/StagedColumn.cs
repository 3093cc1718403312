using DuckDB.NET.Data;

namespace Mockhaus.Engine.Binds;

/// <summary>
/// One bind column of an array-bound INSERT in the staging table: the DuckDB type its values bind as in the
/// row-by-row path (a long binds as BIGINT, a string as VARCHAR ...), and how the appender writes one of them.
/// </summary>
internal sealed class StagedColumn
{
    private readonly Action<IDuckDBAppenderRow, object> _append;

    private StagedColumn(string duckDbType, Action<IDuckDBAppenderRow, object> append)
    {
        DuckDbType = duckDbType;
        _append = append;
    }

    public string DuckDbType { get; }

    public void Append(IDuckDBAppenderRow row, object? value)
    {
        if (value is null)
            row.AppendNullValue();
        else
            _append(row, value);
    }

    /// <summary>
    /// The column for one bind across all rows, or null when its values have no single staging type (e.g. a DATE
    /// bind that mixes epoch values with text): those batches take the row-by-row path.
    /// </summary>
    public static StagedColumn? For(IReadOnlyList<IReadOnlyList<object?>> rows, int slot)
    {
        Type? type = null;
        bool sawLong = false, sawDecimal = false;
        int scale = 0, integerDigits = 1;
        foreach (var row in rows)
        {
            if (slot >= row.Count)
                return null;
            switch (NamedBind.ValueOf(row[slot]))
            {
                case null:
                    continue;
                // FIXED binds are longs, or decimals when they carry a fraction: together they stage as DECIMAL.
                case long integer:
                    sawLong = true;
                    integerDigits = Math.Max(integerDigits, IntegerDigits(integer));
                    continue;
                case decimal number:
                    sawDecimal = true;
                    scale = Math.Max(scale, number.Scale);
                    integerDigits = Math.Max(integerDigits, IntegerDigits(number));
                    continue;
                case { } value when type is null || type == value.GetType():
                    type = value.GetType();
                    continue;
                default:
                    return null;
            }
        }
        if (type is not null && (sawLong || sawDecimal))
            return null;
        if (sawDecimal)
            return integerDigits + scale <= 38
                ? new StagedColumn($"DECIMAL(38, {scale})", (r, v) => r.AppendValue(Convert.ToDecimal(v)))
                : null;
        if (sawLong)
            return new StagedColumn("BIGINT", (r, v) => r.AppendValue((long)v));
        return type switch
        {
            null => new StagedColumn("VARCHAR", (_, _) => { }),
            _ when type == typeof(double) => new StagedColumn("DOUBLE", (r, v) => r.AppendValue((double)v)),
            _ when type == typeof(string) => new StagedColumn("VARCHAR", (r, v) => r.AppendValue((string)v)),
            _ when type == typeof(bool) => new StagedColumn("BOOLEAN", (r, v) => r.AppendValue((bool)v)),
            _ when type == typeof(DateOnly) => new StagedColumn("DATE", (r, v) => r.AppendValue((DateOnly)v)),
            _ when type == typeof(TimeOnly) => new StagedColumn("TIME", (r, v) => r.AppendValue((TimeOnly)v)),
            _ when type == typeof(DateTime) => new StagedColumn("TIMESTAMP", (r, v) => r.AppendValue((DateTime)v)),
            _ when type == typeof(byte[]) => new StagedColumn("BLOB", (r, v) => r.AppendValue((byte[])v)),
            // DateTimeOffset (TIMESTAMP_TZ/LTZ) keeps the row-by-row path, whose parameter binding handles offsets.
            _ => null,
        };
    }

    private static int IntegerDigits(long value) => value == long.MinValue ? 19 : Math.Abs(value).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    private static int IntegerDigits(decimal value)
    {
        var integral = decimal.Truncate(Math.Abs(value));
        return integral == 0 ? 1 : integral.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
    }
}
