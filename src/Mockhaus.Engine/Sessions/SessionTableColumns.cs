using DuckDB.NET.Data;
using Mockhaus.Sql;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// The translator's view of the session's tables (<see cref="ITableColumns"/>): column names of a table or view as
/// this connection resolves the name, temporary tables included. Asked only for statements that need it.
/// </summary>
internal sealed class SessionTableColumns(DuckDBConnection connection, string? database, string? schema) : ITableColumns
{
    public IReadOnlySet<string>? ColumnsOf(IReadOnlyList<string> nameParts) =>
        ColumnTypesOf(nameParts)?.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> TimestampTzColumnNames => ReadTimestampTzColumnNames(connection);

    /// <summary>The names of all TIMESTAMP_TZ columns in the tables and views of every attached database (and temp).</summary>
    public static IReadOnlySet<string> ReadTimestampTzColumnNames(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT column_name FROM duckdb_columns() WHERE data_type = $1";
        command.Parameters.Add(new DuckDBParameter(Mockhaus.Sql.Generation.TypeMapper.TimestampTzCatalogType));
        return ReadNames(command);
    }

    /// <summary>The names of all views of every attached database (and temp), DuckDB's own catalog views included.</summary>
    public static IReadOnlySet<string> ReadViewNames(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT view_name FROM duckdb_views()";
        return ReadNames(command);
    }

    /// <summary>The first column of every row, as a set that ignores case (names compare as DuckDB binds them).</summary>
    private static HashSet<string> ReadNames(DuckDBCommand command)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    public IReadOnlyList<(string Name, string DuckDbType)>? ColumnTypesOf(IReadOnlyList<string> nameParts)
    {
        if (nameParts.Count == 0)
            return null;
        var databaseName = nameParts.Count >= 3 ? nameParts[^3] : database;
        var schemaName = nameParts.Count >= 2 ? nameParts[^2] : schema;
        using var command = connection.CreateCommand();
        // An unqualified name may also be a temporary table, which DuckDB looks up first.
        command.CommandText = """
            SELECT column_name, data_type, database_name = 'temp' FROM duckdb_columns()
            WHERE table_name = $1 AND ((database_name = $2 AND schema_name = $3) OR ($4 AND database_name = 'temp'))
            ORDER BY database_name = 'temp' DESC, column_index
            """;
        command.Parameters.Add(new DuckDBParameter(nameParts[^1]));
        command.Parameters.Add(new DuckDBParameter(databaseName ?? ""));
        command.Parameters.Add(new DuckDBParameter(schemaName ?? ""));
        command.Parameters.Add(new DuckDBParameter(nameParts.Count == 1));
        // A temporary table hides a permanent one of the same name (DuckDB looks in temp first): its rows come first.
        var columns = new List<(string, string)>();
        bool? temporary = null;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            temporary ??= reader.GetBoolean(2);
            if (reader.GetBoolean(2) == temporary)
                columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        return columns.Count == 0 ? null : columns;
    }

    public bool IsUserFunction(IReadOnlyList<string> nameParts)
    {
        if (nameParts.Count is 0 or > 3)
            return false;
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM duckdb_functions()
            WHERE lower(function_name) = lower($1) AND database_name = $2 AND schema_name = $3
            """;
        command.Parameters.Add(new DuckDBParameter(Mockhaus.Sql.Generation.DuckDbGenerator.UserFunctionPrefix + nameParts[^1]));
        command.Parameters.Add(new DuckDBParameter((nameParts.Count >= 3 ? nameParts[^3] : database) ?? ""));
        command.Parameters.Add(new DuckDBParameter((nameParts.Count >= 2 ? nameParts[^2] : schema) ?? ""));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
