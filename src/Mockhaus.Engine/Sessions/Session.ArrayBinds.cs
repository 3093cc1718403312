using DuckDB.NET.Data;
using Mockhaus.Engine.Binds;
using Mockhaus.Engine.Errors;
using Mockhaus.Engine.Results;
using Mockhaus.Sql;
using Mockhaus.Sql.Generation;

namespace Mockhaus.Engine.Sessions;

/// <summary>Array binds (batch DML) that run as one bulk statement instead of once per bind row.</summary>
public sealed partial class Session
{
    /// <summary>
    /// Runs an array-bound <c>INSERT ... VALUES (?, ...)</c> as one bulk insert (see <see cref="ArrayBindInsert"/>) and
    /// answers its row count. Returns null, without running anything, when the statement or the bind values need the
    /// row-by-row path: the caller then executes the statement once per bind row.
    /// </summary>
    public StatementResult? TryExecuteArrayInsert(TranslatedStatement statement, BindBatch binds,
        CancellationToken cancellation = default, string? queryId = null, int? timeoutSeconds = null)
    {
        if (statement.DuckDbSql is null || ArrayBindInsert.Plan(statement, binds) is not { } plan)
            return null;
        ObjectDisposedException.ThrowIf(_disposed, this);
        _busy.Wait(cancellation);
        LastUsed = DateTimeOffset.UtcNow;
        queryId ??= Guid.NewGuid().ToString();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var running = _engine.RunningQueries.Register(queryId, stop.Cancel);
        try
        {
            PrepareTransactionFor(statement.Kind);
            var inserted = RunArrayInsert(plan, statement, stop.Token, timeoutSeconds ?? StatementTimeoutSeconds());
            _queryHistory.Add(queryId);
            running.Dispose();
            return new StatementResult(queryId, statement.Kind, InMemoryResultStream.Counts([("number of rows inserted", inserted)]),
                () => _busy.Release());
        }
        catch (Exception e)
        {
            running.Dispose();
            _busy.Release();
            throw DuckDbErrorMapper.Map(e, statement.SourceText);
        }
        finally
        {
            StatementDone(preparable: false);
        }
    }

    private long RunArrayInsert(ArrayBindInsert plan, TranslatedStatement statement, CancellationToken cancellation, int timeoutSeconds)
    {
        if (plan.DirectTarget(_connection, Database, Schema) is { } target)
            return AppendDirectly(plan, target, cancellation, timeoutSeconds);
        var staging = "mh_array_bind_" + Guid.NewGuid().ToString("N");
        Run(plan.CreateStagingSql(staging));
        try
        {
            plan.Stage(_connection, staging, cancellation);
            using var command = _connection.CreateCommand();
            command.CommandText = plan.InsertSelectSql(staging, TableColumns());
            using var watchdog = new StatementWatchdog(command, cancellation, timeoutSeconds);
            Volatile.Write(ref _running, command);
            try
            {
                return command.ExecuteNonQuery();
            }
            catch (Exception e)
            {
                throw watchdog.Map(e, statement.SourceText);
            }
            finally
            {
                Interlocked.CompareExchange(ref _running, null, command);
            }
        }
        finally
        {
            DropStagingTable(staging);
        }
    }

    /// <summary>
    /// The rows straight into the table with the appender, inside a transaction of their own unless one is open, so a
    /// failing row (NOT NULL) leaves none behind, as one Snowflake statement would.
    /// </summary>
    private long AppendDirectly(ArrayBindInsert plan, DirectAppendTarget target, CancellationToken cancellation, int timeoutSeconds)
    {
        var ownTransaction = !InTransaction;
        if (ownTransaction)
            Run("BEGIN TRANSACTION");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void CheckDeadline()
        {
            if (timeoutSeconds > 0 && clock.Elapsed.TotalSeconds > timeoutSeconds)
                throw EngineErrors.StatementTimeout(timeoutSeconds);
        }
        try
        {
            plan.AppendTo(_connection, target, cancellation, CheckDeadline);
            if (ownTransaction)
                Run("COMMIT");
            return plan.RowCount;
        }
        catch (Exception e)
        {
            if (ownTransaction)
                RollbackQuietly();
            // The appender words NOT NULL violations its own way ("Failed to append: NOT NULL constraint failed: ...").
            if (e is DuckDBException or DuckDbNativeError && e.Message.Contains("NOT NULL constraint failed", StringComparison.Ordinal))
                throw new Mockhaus.Sql.Errors.SnowflakeSqlException("100072", "22000", "NULL result in a non-nullable column", e);
            throw;
        }
    }

    private void RollbackQuietly()
    {
        try
        {
            Run("ROLLBACK");
        }
        catch (DuckDBException)
        {
        }
    }

    /// <summary>Best effort: inside a transaction that DuckDB aborted after a failed insert, the drop fails too (and the
    /// temporary table goes with the rollback or the connection).</summary>
    private void DropStagingTable(string staging)
    {
        try
        {
            Run($"DROP TABLE IF EXISTS temp.main.{DuckDbGenerator.Quote(staging)}");
        }
        catch (DuckDBException)
        {
        }
    }
}
