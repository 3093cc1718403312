using DuckDB.NET.Data;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Binds;

/// <summary>
/// The table of an array-bound INSERT when the rows can go into it with DuckDB's appender directly, skipping the
/// staging table: the INSERT names every column of a (non-temporary) table, and every bind's staged type is exactly
/// its column's type (or a BIGINT bind for a NUMBER(38,0) column: HUGEINT, or DECIMAL(38, 0) in older database
/// files). The DuckDB.NET appender does not convert between types, so anything else keeps the staging path, where
/// DuckDB's INSERT casts.
/// </summary>
internal sealed class DirectAppendTarget
{
    private DirectAppendTarget(string catalog, string schema, string table, IReadOnlyList<(int Slot, WholeNumberAppend Conversion)> columns)
    {
        Catalog = catalog;
        Schema = schema;
        Table = table;
        Columns = columns;
    }

    public string Catalog { get; }
    public string Schema { get; }
    public string Table { get; }

    /// <summary>For each table column in table order: the bind that feeds it, and how an integer bind is converted.</summary>
    public IReadOnlyList<(int Slot, WholeNumberAppend Conversion)> Columns { get; }

    public static DirectAppendTarget? Find(DuckDBConnection connection, InsertStatement insert, IReadOnlyList<int> slotOfValue,
        IReadOnlyList<StagedColumn> staged, string? currentDatabase, string? currentSchema)
    {
        var parts = insert.Table.Parts.Select(p => p.Resolved).ToList();
        var catalog = parts.Count >= 3 ? parts[^3] : currentDatabase;
        var schema = parts.Count >= 2 ? parts[^2] : currentSchema;
        if (catalog is null || schema is null || ShadowedByTemporaryTable(connection, parts))
            return null;
        var tableColumns = TableColumns(connection, catalog, schema, parts[^1]);
        if (tableColumns.Count == 0 || tableColumns.Count != slotOfValue.Count)
            return null;
        // Which value of the VALUES row each table column takes: by the INSERT's column list, else by position.
        var valueOfColumn = new int[tableColumns.Count];
        if (insert.Columns.Count == 0)
            for (var i = 0; i < valueOfColumn.Length; i++)
                valueOfColumn[i] = i;
        else
        {
            if (insert.Columns.Count != tableColumns.Count)
                return null;
            var listed = insert.Columns.Select(c => c.Resolved).ToList();
            for (var i = 0; i < tableColumns.Count; i++)
            {
                valueOfColumn[i] = listed.IndexOf(tableColumns[i].Name);
                if (valueOfColumn[i] < 0 || listed.LastIndexOf(tableColumns[i].Name) != valueOfColumn[i])
                    return null;
            }
        }
        var columns = new List<(int Slot, WholeNumberAppend Conversion)>();
        for (var i = 0; i < tableColumns.Count; i++)
        {
            var slot = slotOfValue[valueOfColumn[i]];
            var bound = staged[slot];
            var type = tableColumns[i].Type;
            if (bound.AllNull || bound.DuckDbType == type)
                columns.Add((slot, WholeNumberAppend.None));
            else if (bound.DuckDbType == "BIGINT" && type == "HUGEINT")
                columns.Add((slot, WholeNumberAppend.HugeInt));
            else if (bound.DuckDbType == "BIGINT" && type == "DECIMAL(38,0)")
                columns.Add((slot, WholeNumberAppend.Decimal));
            else
                return null;
        }
        return new DirectAppendTarget(catalog, schema, parts[^1], columns);
    }

    /// <summary>An unqualified name may mean a temporary table of this connection, which DuckDB resolves first.</summary>
    private static bool ShadowedByTemporaryTable(DuckDBConnection connection, IReadOnlyList<string> parts)
    {
        if (parts.Count >= 3)
            return false;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'temp' AND table_name = $1";
        command.Parameters.Add(new DuckDBParameter(parts[^1]));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    private static List<(string Name, string Type)> TableColumns(DuckDBConnection connection, string catalog, string schema, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT column_name, data_type FROM duckdb_columns()
            WHERE database_name = $1 AND schema_name = $2 AND table_name = $3 AND NOT internal
            ORDER BY column_index
            """;
        command.Parameters.Add(new DuckDBParameter(catalog));
        command.Parameters.Add(new DuckDBParameter(schema));
        command.Parameters.Add(new DuckDBParameter(table));
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
            columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }
}

/// <summary>How a BIGINT bind goes into a NUMBER(38,0) column: as is, or converted for a HUGEINT or DECIMAL(38,0) column.</summary>
internal enum WholeNumberAppend
{
    None,
    HugeInt,
    Decimal,
}
