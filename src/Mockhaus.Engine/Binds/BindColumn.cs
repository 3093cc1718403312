namespace Mockhaus.Engine.Binds;

/// <summary>
/// One bind of a request, with its value for every bind row. Values of one CLR type are kept in a typed array
/// (<see cref="Of{T}"/>) so that a 100,000-row array bind is a few arrays rather than half a million boxed objects
/// for the garbage collector to trace; mixed values (a FIXED bind with integers and decimals) stay objects.
/// </summary>
public abstract class BindColumn
{
    protected BindColumn(string? name, int count)
    {
        Name = name;
        Count = count;
    }

    /// <summary>The :name of a named placeholder as spelled in the SQL; null for positional binds.</summary>
    public string? Name { get; }

    public int Count { get; }

    /// <summary>The value of one row, boxed (the row-by-row path binds it as a DuckDB parameter).</summary>
    public abstract object? ValueAt(int row);

    /// <summary>True when some row's value is NULL.</summary>
    internal abstract bool HasNulls { get; }

    internal abstract bool IsNullAt(int row);

    /// <summary>Every value is NULL: the column fits a column of any type.</summary>
    internal bool IsAllNull()
    {
        for (var row = 0; row < Count; row++)
            if (!IsNullAt(row))
                return false;
        return true;
    }

    /// <summary>The entry of one row in a bind list: the value, or a <see cref="NamedBind"/> for a named placeholder.</summary>
    public object? BindAt(int row) => Name is null ? ValueAt(row) : new NamedBind(Name, ValueAt(row));

    /// <summary>The same values for a named placeholder (the server learns the names from the SQL after reading the values).</summary>
    public abstract BindColumn WithName(string? name);

    /// <param name="nulls">true where the row's value is NULL; null when no row is.</param>
    public static BindColumn Of<T>(string? name, T[] values, bool[]? nulls) => new TypedBindColumn<T>(name, values, nulls);

    public static BindColumn OfObjects(string? name, object?[] values) => new ObjectBindColumn(name, values);

    /// <summary>The length that marks a NULL row in <see cref="OfUtf8"/>.</summary>
    public const int NullLength = -1;

    /// <summary>TEXT values that stay UTF-8 in <paramref name="source"/>: row r is <c>source[starts[r] .. starts[r] + lengths[r]]</c>, NULL where the length is <see cref="NullLength"/>.</summary>
    public static BindColumn OfUtf8(string? name, ReadOnlyMemory<byte> source, int[] starts, int[] lengths) =>
        new Utf8TextBindColumn(name, source, starts, lengths);
}

/// <summary>Values of one CLR type (long, double, bool, DateOnly, string ...), NULLs marked separately.</summary>
internal sealed class TypedBindColumn<T>(string? name, T[] values, bool[]? nulls) : BindColumn(name, values.Length)
{
    public T[] Values { get; } = values;

    public bool IsNull(int row) => nulls is not null && nulls[row];

    internal override bool HasNulls => nulls is not null;

    internal override bool IsNullAt(int row) => IsNull(row);

    public bool HasValues => nulls is null || Array.IndexOf(nulls, false) >= 0;

    public override object? ValueAt(int row) => IsNull(row) ? null : Values[row];

    public override BindColumn WithName(string? name) => new TypedBindColumn<T>(name, Values, nulls);
}

/// <summary>Values of differing CLR types, as objects.</summary>
internal sealed class ObjectBindColumn(string? name, object?[] values) : BindColumn(name, values.Length)
{
    public object?[] Values { get; } = values;

    public override object? ValueAt(int row) => Values[row];

    internal override bool HasNulls => Array.IndexOf(Values, null) >= 0;

    internal override bool IsNullAt(int row) => Values[row] is null;

    public override BindColumn WithName(string? name) => new ObjectBindColumn(name, Values);
}

/// <summary>
/// TEXT values left as UTF-8 where they stand in the request body: a 100,000-row list becomes two arrays of offsets
/// instead of 100,000 strings, and the bulk insert copies the bytes into DuckDB as they are.
/// </summary>
internal sealed class Utf8TextBindColumn(string? name, ReadOnlyMemory<byte> source, int[] starts, int[] lengths) : BindColumn(name, starts.Length)
{
    public ReadOnlyMemory<byte> Source { get; } = source;

    public ReadOnlySpan<byte> Utf8At(int row) => Source.Span.Slice(starts[row], lengths[row]);

    public override object? ValueAt(int row) => IsNullAt(row) ? null : System.Text.Encoding.UTF8.GetString(Utf8At(row));

    internal override bool HasNulls => Array.IndexOf(lengths, NullLength) >= 0;

    internal override bool IsNullAt(int row) => lengths[row] == NullLength;

    public override BindColumn WithName(string? name) => new Utf8TextBindColumn(name, Source, starts, lengths);
}
