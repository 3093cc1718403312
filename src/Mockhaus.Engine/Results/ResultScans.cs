using System.Globalization;
using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;
using Mockhaus.Sql.Generation;

namespace Mockhaus.Engine.Results;

/// <summary>
/// The engine side of TABLE(RESULT_SCAN(id)): before the statement runs, each id is evaluated, its result loaded
/// into a temporary table (once; later scans reuse the table) and the table named in the variable the
/// translated SQL reads; after it ran, columns taken unchanged from a scanned result get that result's types back.
/// </summary>
internal static class ResultScans
{
    /// <param name="ranInSession">Whether an id belongs to a statement of this session (tells "dropped" from "unknown").</param>
    public static IReadOnlyList<RetainedResult> Prepare(DuckDBConnection connection, ResultHistory history,
        IReadOnlyList<string> idExpressions, Func<string, bool> ranInSession)
    {
        var scanned = new List<RetainedResult>();
        for (var i = 0; i < idExpressions.Count; i++)
        {
            var id = Evaluate(connection, idExpressions[i]);
            var result = history.Get(id, ranInSession(id));
            var table = result.TableName ?? Load(connection, result);
            Run(connection, $"SET VARIABLE {DuckDbGenerator.ResultScanVariablePrefix}{i.ToString(CultureInfo.InvariantCulture)} = {Identifiers.Literal("temp.main." + table)}");
            scanned.Add(result);
        }
        return scanned;
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
        ArrowTableLoader.Load(connection, table, result.Schema, result.TakeBatches(table));
        return table;
    }

    private static string Evaluate(DuckDBConnection connection, string idExpression)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + idExpression;
        return command.ExecuteScalar() as string ?? "";
    }

    private static void Run(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
