using System.Globalization;
using DuckDB.NET.Data;

namespace Mockhaus.Engine.Binds;

/// <summary>
/// One bind column of an array-bound INSERT in the staging table: the DuckDB type its values bind as in the
/// row-by-row path (a long binds as BIGINT, a string as VARCHAR ...), and how the appender writes the value of a row.
/// </summary>
internal sealed class StagedColumn
{
    private readonly Action<IDuckDBAppenderRow, int> _append;

    private StagedColumn(string duckDbType, Action<IDuckDBAppenderRow, int> append)
    {
        DuckDbType = duckDbType;
        _append = append;
    }

    public string DuckDbType { get; }

    public void Append(IDuckDBAppenderRow appender, int row) => _append(appender, row);

    /// <summary>
    /// The staging column for one bind, or null when its values have no single staging type (e.g. a DATE bind that
    /// mixes epoch values with text, or TIMESTAMP_TZ values): those batches take the row-by-row path.
    /// </summary>
    public static StagedColumn? For(BindColumn column) => column switch
    {
        TypedBindColumn<long> c when c.HasValues => Typed("BIGINT", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<double> c when c.HasValues => Typed("DOUBLE", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<bool> c when c.HasValues => Typed("BOOLEAN", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<string> c when c.HasValues => Typed("VARCHAR", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<DateOnly> c when c.HasValues => Typed("DATE", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<TimeOnly> c when c.HasValues => Typed("TIME", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<DateTime> c when c.HasValues => Typed("TIMESTAMP", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<byte[]> c when c.HasValues => Typed("BLOB", c, (a, v) => a.AppendValue(v)),
        ObjectBindColumn c => ForObjects(c),
        // DateTimeOffset (TIMESTAMP_TZ/LTZ) keeps the row-by-row path, whose parameter binding handles offsets.
        _ when AllNull(column) => new StagedColumn("VARCHAR", (a, _) => a.AppendNullValue()),
        _ => null,
    };

    private static StagedColumn Typed<T>(string duckDbType, TypedBindColumn<T> column, Action<IDuckDBAppenderRow, T> append) =>
        new(duckDbType, (appender, row) =>
        {
            if (column.IsNull(row))
                appender.AppendNullValue();
            else
                append(appender, column.Values[row]);
        });

    private static bool AllNull(BindColumn column)
    {
        for (var row = 0; row < column.Count; row++)
            if (column.ValueAt(row) is not null)
                return false;
        return true;
    }

    /// <summary>
    /// FIXED binds with integers and decimals (".NET sends decimal values as FIXED "1.5") stage as DECIMAL(38, s) with the
    /// largest scale; any other mix of types is left to the row-by-row path.
    /// </summary>
    private static StagedColumn? ForObjects(ObjectBindColumn column)
    {
        int scale = 0, integerDigits = 1;
        foreach (var value in column.Values)
        {
            switch (value)
            {
                case null:
                    continue;
                case long integer:
                    integerDigits = Math.Max(integerDigits, IntegerDigits(integer));
                    continue;
                case decimal number:
                    scale = Math.Max(scale, number.Scale);
                    integerDigits = Math.Max(integerDigits, IntegerDigits(number));
                    continue;
                default:
                    return null;
            }
        }
        if (integerDigits + scale > 38)
            return null;
        return new StagedColumn($"DECIMAL(38, {scale})", (appender, row) =>
        {
            if (column.Values[row] is { } value)
                appender.AppendValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
            else
                appender.AppendNullValue();
        });
    }

    private static int IntegerDigits(long value) =>
        value == long.MinValue ? 19 : Math.Abs(value).ToString(CultureInfo.InvariantCulture).Length;

    private static int IntegerDigits(decimal value)
    {
        var integral = decimal.Truncate(Math.Abs(value));
        return integral == 0 ? 1 : integral.ToString(CultureInfo.InvariantCulture).Length;
    }
}
