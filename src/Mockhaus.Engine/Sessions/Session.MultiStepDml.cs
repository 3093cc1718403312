using DuckDB.NET.Data;
using Mockhaus.Engine.Results;
using Mockhaus.Sql;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// Snowflake statements that DuckDB runs as several steps: INSERT OVERWRITE (DELETE + INSERT) and multi-table INSERT
/// (the steps of its <see cref="MultiInsertPlan"/>). Each runs as one unit, so a failing step loses no rows.
/// </summary>
public sealed partial class Session
{
    /// <summary>
    /// Runs <paramref name="steps"/> in a transaction of its own when the session has none open; inside the user's
    /// transaction a failure is left to that transaction, as for any other failing statement.
    /// </summary>
    private T Atomically<T>(Func<T> steps)
    {
        if (InTransaction) return steps();
        Run("BEGIN TRANSACTION");
        T result;
        try { result = steps(); }
        catch
        {
            Run("ROLLBACK");
            throw;
        }
        Run("COMMIT");
        return result;
    }

    /// <summary>
    /// Runs the plan's steps on the statement's own command, so that cancel and timeout reach every step. Snowflake
    /// reports one count per INTO clause.
    /// </summary>
    private IResultStream ExecuteMultiInsert(DuckDBCommand command, MultiInsertPlan plan)
    {
        using var owned = command;
        try
        {
            return Atomically(() =>
            {
                command.ExecuteNonQuery();
                command.Parameters.Clear();
                foreach (var delete in plan.Deletes)
                    RunStep(command, delete);
                var counts = plan.Targets
                    .Select(target => ($"number of rows inserted into {target.TableName}", RunStep(command, target.InsertSql)))
                    .ToList();
                return InMemoryResultStream.Counts(counts);
            });
        }
        finally
        {
            RunQuietly(plan.Cleanup);
        }
    }

    private static long RunStep(DuckDBCommand command, string sql)
    {
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>Cleanup that may meet a transaction DuckDB has already aborted (the user's, after a failure).</summary>
    private void RunQuietly(string sql)
    {
        try { Run(sql); }
        catch (DuckDBException) { }
    }
}
