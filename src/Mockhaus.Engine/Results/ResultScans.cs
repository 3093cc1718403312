using DuckDB.NET.Data;

namespace Mockhaus.Engine.Results;

/// <summary>
/// The engine side of TABLE(RESULT_SCAN(id)): before the statement runs, the result is loaded into a temporary
/// table (once; later scans reuse the table while it exists) whose name the translated SQL reads; after it ran,
/// columns taken unchanged from a scanned result get that result's types back.
/// </summary>
internal static class ResultScans
{
    /// <summary>
    /// The temporary table holding the result of <paramref name="queryId"/>, loaded on first use; the result is
    /// added to <paramref name="scanned"/> for <see cref="Retype"/>.
    /// </summary>
    /// <param name="ranInSession">Whether an id belongs to a statement of this session (tells "dropped" from "unknown").</param>
    public static string TableFor(DuckDBConnection connection, ResultHistory history, string queryId,
        Func<string, bool> ranInSession, List<RetainedResult> scanned)
    {
        var result = history.Get(queryId, ranInSession(queryId));
        scanned.Add(result);
        return "temp.main." + (result.TableName is { } table && TableExists(connection, table) ? table : Load(connection, result));
    }

    /// <summary>A loaded table is gone again when the transaction that created it was rolled back.</summary>
    private static bool TableExists(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'temp' AND table_name = $1";
        command.Parameters.Add(new DuckDBParameter(table));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    /// <summary>
    /// A column named like a column of a scanned result and carrying the same Arrow type is that column: it keeps
    /// the Snowflake type the earlier result reported (e.g. VARCHAR(100), or SHOW's TIMESTAMP_LTZ created_on).
    /// </summary>
    public static IResultStream Retype(IResultStream rows, IReadOnlyList<RetainedResult> scanned)
    {
        var columns = rows.Columns.Select((column, index) => Original(column, rows.ArrowSchema.GetFieldByIndex(index), scanned) ?? column).ToList();
        return new RetypedResultStream(rows, columns);
    }

    private static ResultColumn? Original(ResultColumn column, Apache.Arrow.Field field, IReadOnlyList<RetainedResult> scanned)
    {
        foreach (var result in scanned)
        {
            var index = result.Schema.GetFieldIndex(column.Name);
            if (index >= 0 && result.Schema.GetFieldByIndex(index).DataType.TypeId == field.DataType.TypeId)
                return result.Columns[index];
        }
        return null;
    }

    private static string Load(DuckDBConnection connection, RetainedResult result)
    {
        // Query ids are UUIDs; only their letters and digits go into the table name.
        var table = "mh_result_" + new string(result.QueryId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        ArrowTableLoader.Load(connection, table, result.Schema, result.Batches);
        result.TableName = table;
        return table;
    }
}
