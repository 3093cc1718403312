using System.Globalization;
using System.Numerics;
using DuckDB.NET.Data;

namespace Mockhaus.Engine.Binds;

/// <summary>
/// One bind column of an array-bound INSERT in the staging table: the DuckDB type its values bind as in the
/// row-by-row path (a long binds as BIGINT, a string as VARCHAR ...), and how the appender writes the value of a row.
/// </summary>
internal sealed class StagedColumn
{
    private readonly Action<IDuckDBAppenderRow, int> _append;

    private StagedColumn(string duckDbType, Action<IDuckDBAppenderRow, int> append, Action<IDuckDBAppenderRow, int>? appendDecimal = null,
        bool allNull = false, Action<IDuckDBAppenderRow, int>? appendHugeInt = null)
    {
        DuckDbType = duckDbType;
        _append = append;
        _appendDecimal = appendDecimal;
        _appendHugeInt = appendHugeInt;
        AllNull = allNull;
    }

    private readonly Action<IDuckDBAppenderRow, int>? _appendDecimal;
    private readonly Action<IDuckDBAppenderRow, int>? _appendHugeInt;

    public string DuckDbType { get; }

    /// <summary>Every value is NULL: the column fits a column of any type.</summary>
    public bool AllNull { get; }

    public void Append(IDuckDBAppenderRow appender, int row) => _append(appender, row);

    /// <summary>A BIGINT bind appended into a DECIMAL column (the appender does not convert by itself).</summary>
    public void AppendAsDecimal(IDuckDBAppenderRow appender, int row) =>
        (_appendDecimal ?? throw new InvalidOperationException("not an integer column"))(appender, row);

    /// <summary>A BIGINT bind appended into a HUGEINT column (NUMBER(38,0), see TypeMapper.WholeNumber).</summary>
    public void AppendAsHugeInt(IDuckDBAppenderRow appender, int row) =>
        (_appendHugeInt ?? throw new InvalidOperationException("not an integer column"))(appender, row);

    /// <summary>
    /// The staging column for one bind, or null when its values have no single staging type (e.g. a DATE bind that
    /// mixes epoch values with text, or TIMESTAMP_TZ values): those batches take the row-by-row path.
    /// </summary>
    public static StagedColumn? For(BindColumn column) => column switch
    {
        // The commonest columns without NULLs append straight from their array (one delegate call per value).
        TypedBindColumn<long> { HasNulls: false } c => new StagedColumn("BIGINT", (a, row) => a.AppendValue(c.Values[row]),
            (a, row) => a.AppendValue((decimal)c.Values[row]), appendHugeInt: (a, row) => a.AppendValue((BigInteger)c.Values[row])),
        TypedBindColumn<double> { HasNulls: false } c => new StagedColumn("DOUBLE", (a, row) => a.AppendValue(c.Values[row])),
        TypedBindColumn<bool> { HasNulls: false } c => new StagedColumn("BOOLEAN", (a, row) => a.AppendValue(c.Values[row])),
        TypedBindColumn<string> { HasNulls: false } c => new StagedColumn("VARCHAR", (a, row) => a.AppendValue(c.Values[row])),
        TypedBindColumn<DateOnly> { HasNulls: false } c => new StagedColumn("DATE", (a, row) => a.AppendValue(c.Values[row])),
        TypedBindColumn<long> c when c.HasValues => new StagedColumn("BIGINT", Nullable(c, (a, v) => a.AppendValue(v)),
            Nullable(c, (a, v) => a.AppendValue((decimal)v)), appendHugeInt: Nullable(c, (a, v) => a.AppendValue((BigInteger)v))),
        TypedBindColumn<double> c when c.HasValues => Typed("DOUBLE", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<bool> c when c.HasValues => Typed("BOOLEAN", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<string> c when c.HasValues => Typed("VARCHAR", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<DateOnly> c when c.HasValues => Typed("DATE", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<TimeOnly> c when c.HasValues => Typed("TIME", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<DateTime> c when c.HasValues => Typed("TIMESTAMP", c, (a, v) => a.AppendValue(v)),
        TypedBindColumn<byte[]> c when c.HasValues => Typed("BLOB", c, (a, v) => a.AppendValue(v)),
        Utf8TextBindColumn c when !c.IsAllNull() => new StagedColumn("VARCHAR", (a, row) =>
        {
            if (c.ValueAt(row) is string text)
                a.AppendValue(text);
            else
                a.AppendNullValue();
        }),
        ObjectBindColumn c => ForObjects(c),
        // DateTimeOffset (TIMESTAMP_TZ/LTZ) keeps the row-by-row path, whose parameter binding handles offsets.
        _ when column.IsAllNull() => new StagedColumn("VARCHAR", (a, _) => a.AppendNullValue(), allNull: true),
        _ => null,
    };

    private static StagedColumn Typed<T>(string duckDbType, TypedBindColumn<T> column, Action<IDuckDBAppenderRow, T> append) =>
        new(duckDbType, Nullable(column, append));

    private static Action<IDuckDBAppenderRow, int> Nullable<T>(TypedBindColumn<T> column, Action<IDuckDBAppenderRow, T> append) =>
        (appender, row) =>
        {
            if (column.IsNull(row))
                appender.AppendNullValue();
            else
                append(appender, column.Values[row]);
        };

    /// <summary>
    /// Binds the server converted value by value (TIME, TIMESTAMP_NTZ, BINARY, FIXED decimals ...). Values of one CLR type
    /// stage as that type; FIXED binds with integers and decimals (.NET sends decimal values as FIXED "1.5") stage as
    /// DECIMAL(38, s) with the largest scale; any other mix is left to the row-by-row path.
    /// </summary>
    private static StagedColumn? ForObjects(ObjectBindColumn column)
    {
        var types = column.Values.Where(v => v is not null).Select(v => v!.GetType()).Distinct().ToList();
        return types switch
        {
            [] => new StagedColumn("VARCHAR", (a, _) => a.AppendNullValue(), allNull: true),
            _ when types.All(t => t == typeof(long) || t == typeof(decimal)) => ForNumbers(column),
            [var t] when t == typeof(double) => Boxed("DOUBLE", column, (a, v) => a.AppendValue((double)v)),
            [var t] when t == typeof(bool) => Boxed("BOOLEAN", column, (a, v) => a.AppendValue((bool)v)),
            [var t] when t == typeof(string) => Boxed("VARCHAR", column, (a, v) => a.AppendValue((string)v)),
            [var t] when t == typeof(DateOnly) => Boxed("DATE", column, (a, v) => a.AppendValue((DateOnly)v)),
            [var t] when t == typeof(TimeOnly) => Boxed("TIME", column, (a, v) => a.AppendValue((TimeOnly)v)),
            [var t] when t == typeof(DateTime) => Boxed("TIMESTAMP", column, (a, v) => a.AppendValue((DateTime)v)),
            [var t] when t == typeof(byte[]) => Boxed("BLOB", column, (a, v) => a.AppendValue((byte[])v)),
            // DateTimeOffset (TIMESTAMP_TZ/LTZ) keeps the row-by-row path, whose parameter binding handles offsets.
            _ => null,
        };
    }

    private static StagedColumn Boxed(string duckDbType, ObjectBindColumn column, Action<IDuckDBAppenderRow, object> append) =>
        new(duckDbType, (appender, row) =>
        {
            if (column.Values[row] is { } value)
                append(appender, value);
            else
                appender.AppendNullValue();
        });

    private static StagedColumn? ForNumbers(ObjectBindColumn column)
    {
        int scale = 0, integerDigits = 1;
        foreach (var value in column.Values)
        {
            if (value is long integer)
                integerDigits = Math.Max(integerDigits, IntegerDigits(integer));
            else if (value is decimal number)
            {
                scale = Math.Max(scale, number.Scale);
                integerDigits = Math.Max(integerDigits, IntegerDigits(number));
            }
        }
        if (integerDigits + scale > 38)
            return null;
        return Boxed($"DECIMAL(38,{scale})", column, (a, v) => a.AppendValue(Convert.ToDecimal(v, CultureInfo.InvariantCulture)));
    }

    private static int IntegerDigits(long value) =>
        value == long.MinValue ? 19 : Math.Abs(value).ToString(CultureInfo.InvariantCulture).Length;

    private static int IntegerDigits(decimal value)
    {
        var integral = decimal.Truncate(Math.Abs(value));
        return integral == 0 ? 1 : integral.ToString(CultureInfo.InvariantCulture).Length;
    }
}
