namespace Mockhaus.Engine.Binds;

/// <summary>
/// The binds of one request: one row for scalar binds, one row per array element for array binds (batch DML).
/// Kept by column (<see cref="BindColumn"/>); as a list it is the rows, each a bind list in column order.
/// </summary>
public sealed class BindBatch : IReadOnlyList<IReadOnlyList<object?>>
{
    public BindBatch(IReadOnlyList<BindColumn> columns, int rowCount)
    {
        Columns = columns;
        Count = rowCount;
    }

    /// <summary>No binds at all: one empty row.</summary>
    public static BindBatch None { get; } = new([], 1);

    public IReadOnlyList<BindColumn> Columns { get; }

    /// <summary>The number of bind rows.</summary>
    public int Count { get; }

    public IReadOnlyList<object?> this[int row]
    {
        get
        {
            var values = new object?[Columns.Count];
            for (var c = 0; c < values.Length; c++)
                values[c] = Columns[c].BindAt(row);
            return values;
        }
    }

    public IEnumerator<IReadOnlyList<object?>> GetEnumerator()
    {
        for (var row = 0; row < Count; row++)
            yield return this[row];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
