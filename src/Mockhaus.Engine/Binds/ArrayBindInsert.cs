using System.Globalization;
using DuckDB.NET.Data;
using Mockhaus.Sql;
using Mockhaus.Sql.Generation;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Binds;

/// <summary>
/// The fast path for array binds of <c>INSERT INTO t [(cols)] VALUES (?, ?, ...)</c>: instead of running the INSERT
/// once per bind row (a prepared statement per row costs tens of microseconds in DuckDB.NET), the rows go through
/// DuckDB's appender into a temporary staging table and one <c>INSERT ... SELECT</c> moves them into the target.
/// One statement also makes the batch atomic, as Snowflake's array-bound INSERT is. Statements of any other shape
/// (expressions around the binds, several VALUES rows, INSERT OVERWRITE) keep the row-by-row path.
/// </summary>
internal sealed class ArrayBindInsert
{
    private readonly InsertStatement _insert;
    private readonly IReadOnlyList<int> _slotOfValue;
    private readonly IReadOnlyList<StagedColumn> _columns;
    private readonly IReadOnlyList<BindColumn> _binds;
    private readonly int _rowCount;

    private ArrayBindInsert(InsertStatement insert, IReadOnlyList<int> slotOfValue, IReadOnlyList<StagedColumn> columns, BindBatch binds)
    {
        _insert = insert;
        _slotOfValue = slotOfValue;
        _columns = columns;
        _binds = binds.Columns;
        _rowCount = binds.Count;
    }

    /// <summary>The bulk plan for this statement and these binds, or null when it needs the row-by-row path.</summary>
    public static ArrayBindInsert? Plan(TranslatedStatement statement, BindBatch binds)
    {
        if (binds.Count == 0 || binds.Columns.Count == 0 || statement.Syntax is not InsertStatement { Overwrite: false } insert
            || insert.Table.Bind is not null || insert.Table.Variable is not null
            || insert.Source is not ValuesQuery { Rows.Count: 1, With: null, Limit: null, Offset: null } values
            || values.OrderBy.Count > 0)
            return null;
        var slotOfValue = new List<int>();
        foreach (var value in values.Rows[0])
        {
            if (value is not BindParameter bind || SlotOf(bind, binds.Columns) is not { } slot)
                return null;
            slotOfValue.Add(slot);
        }
        var columns = new List<StagedColumn>();
        foreach (var bindColumn in binds.Columns)
        {
            if (StagedColumn.For(bindColumn) is not { } column)
                return null;
            columns.Add(column);
        }
        return new ArrayBindInsert(insert, slotOfValue, columns, binds);
    }

    /// <summary>Which bind feeds this placeholder: by position for ? and :n, by name for :name.</summary>
    private static int? SlotOf(BindParameter bind, IReadOnlyList<BindColumn> columns)
    {
        if (bind.Index is { } index)
            return index >= 1 && index <= columns.Count && columns[index - 1].Name is null ? index - 1 : null;
        for (var slot = 0; slot < columns.Count; slot++)
            if (columns[slot].Name == bind.Name)
                return slot;
        return null;
    }

    /// <summary>The target table when the rows can be appended to it directly (see <see cref="DirectAppendTarget"/>).</summary>
    public DirectAppendTarget? DirectTarget(DuckDBConnection connection, string? currentDatabase, string? currentSchema) =>
        DirectAppendTarget.Find(connection, _insert, _slotOfValue, _columns, currentDatabase, currentSchema);

    /// <summary>Appends every bind row to the target table itself, checking for cancellation and the deadline now and then.</summary>
    public void AppendTo(DuckDBConnection connection, DirectAppendTarget target, CancellationToken cancellation, Action checkDeadline)
    {
        void CheckInterrupts()
        {
            cancellation.ThrowIfCancellationRequested();
            checkDeadline();
        }
        var bindsInTableOrder = target.Columns.Select(c => _binds[c.Slot]).ToList();
        if (ChunkAppender.TryAppend(connection, target.Catalog, target.Schema, target.Table, bindsInTableOrder, _rowCount, CheckInterrupts))
            return;
        using var appender = connection.CreateAppender(target.Catalog, target.Schema, target.Table);
        var columns = target.Columns.Select(c => (Column: _columns[c.Slot], c.Conversion)).ToArray();
        for (var r = 0; r < _rowCount; r++)
        {
            if ((r & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
                checkDeadline();
            }
            var row = appender.CreateRow();
            foreach (var (column, conversion) in columns)
            {
                switch (conversion)
                {
                    case WholeNumberAppend.HugeInt: column.AppendAsHugeInt(row, r); break;
                    case WholeNumberAppend.Decimal: column.AppendAsDecimal(row, r); break;
                    default: column.Append(row, r); break;
                }
            }
            row.EndRow();
        }
    }

    public int RowCount => _rowCount;

    /// <summary>CREATE TEMP TABLE for the staged rows: one column per bind, typed by the bound values.</summary>
    public string CreateStagingSql(string stagingTable) =>
        $"CREATE TEMP TABLE {DuckDbGenerator.Quote(stagingTable)} ("
        + string.Join(", ", _columns.Select((c, i) => $"{StagingColumnName(i)} {c.DuckDbType}")) + ")";

    /// <summary>Appends every bind row to the staging table, checking for cancellation now and then.</summary>
    public void Stage(DuckDBConnection connection, string stagingTable, CancellationToken cancellation)
    {
        using var appender = connection.CreateAppender("temp", "main", stagingTable);
        for (var r = 0; r < _rowCount; r++)
        {
            if ((r & 0xFFF) == 0)
                cancellation.ThrowIfCancellationRequested();
            var row = appender.CreateRow();
            foreach (var column in _columns)
                column.Append(row, r);
            row.EndRow();
        }
    }

    /// <summary>
    /// The statement itself with its VALUES row replaced by a SELECT over the staging table, generated by the
    /// translator's own generator so the target is written exactly as for the row-by-row path (with the table's column
    /// types, which convert values for TIMESTAMP_TZ columns).
    /// </summary>
    public string InsertSelectSql(string stagingTable, ITableColumns tables)
    {
        var items = _slotOfValue
            .Select(slot => new SelectItem(new ColumnReference([new Identifier(StagingColumnName(slot).Trim('"'), true)]), null, "", ""))
            .ToList();
        var staging = new QualifiedName([new Identifier("temp", true), new Identifier("main", true), new Identifier(stagingTable, true)]);
        var source = new SelectQuery { Items = items, From = new TableReference(staging, null) };
        return new DuckDbGenerator { Tables = tables }.Statement(_insert with { Source = source })!;
    }

    private static string StagingColumnName(int slot) => "\"b" + (slot + 1).ToString(CultureInfo.InvariantCulture) + "\"";
}
