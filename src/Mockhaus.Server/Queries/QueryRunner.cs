using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Mockhaus.Engine.Binds;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Types;
using Mockhaus.Server.Protocol;
using Mockhaus.Server.Results;
using Mockhaus.Server.Sessions;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Server.Queries;

/// <summary>
/// Runs query requests off the request thread: translate, check the statement count, execute each
/// statement, encode its result (chunks into the store) and complete the <see cref="QueryExecution"/>.
/// </summary>
public sealed class QueryRunner
{
    private readonly ResultEncoder _encoder;
    private readonly ILogger _logger;
    private readonly Func<Uri> _baseAddress;

    public QueryRunner(ResultEncoder encoder, ILogger logger, Func<Uri> baseAddress, QueryHistory? history = null)
    {
        History = history ?? new QueryHistory();
        _encoder = encoder;
        _logger = logger;
        _baseAddress = baseAddress;
    }

    /// <summary>Finished requests of all sessions (mockhaus history).</summary>
    public QueryHistory History { get; }

    public QueryExecution Start(ServerSession session, QueryRequest request)
    {
        var execution = new QueryExecution(NewQueryId(), request.RequestId);
        session.Register(execution);
        // Queued on this thread's own queue: it usually runs the statement itself once the request has begun waiting,
        // rather than waking another pool thread.
        ThreadPool.UnsafeQueueUserWorkItem(start => start.Runner.Run(start.Session, start.Execution, start.Request),
            (Runner: this, Session: session, Execution: execution, Request: request), preferLocal: true);
        return execution;
    }

    public static string NewQueryId() => Guid.NewGuid().ToString();

    /// <summary>Chunk URLs use the address the client reached us by (Host header), else the bound address.</summary>
    private Uri BaseFor(QueryRequest request) => request.ClientBaseAddress ?? _baseAddress();

    private void Run(ServerSession session, QueryExecution execution, QueryRequest request)
    {
        QueryOutcome outcome;
        // SYSTEM$CANCEL_QUERY in any session cancels the whole request (every bind row, every statement).
        var running = session.Engine.RunningQueries.Register(execution.QueryId, execution.Cancel);
        try
        {
            outcome = QueryOutcome.Success(Execute(session, execution, request));
        }
        catch (Exception e)
        {
            outcome = QueryOutcome.Failure(ToSnowflakeError(e, execution));
            QueryLog.Failed(_logger, session.Id, execution.QueryId, outcome.Error!.ErrorCode, outcome.Error.Message.ReplaceLineEndings(" "));
            if (outcome.Error.ErrorCode == ErrorCodes.Internal)
                _logger.LogError(e, "Internal error in query {QueryId}", execution.QueryId);
        }
        running.Dispose();
        // Recorded first: completing lets the waiting request answer the client right away, on this thread.
        History.Record(new QueryHistoryEntry(execution.QueryId, session.Id, session.Engine.User, request.SqlText,
            QueryExecution.StatusOf(outcome), execution.StartedAt, (DateTimeOffset.UtcNow - execution.StartedAt).TotalMilliseconds,
            outcome.Error?.ErrorCode, outcome.Error?.Message));
        execution.Complete(outcome);
    }

    private static SnowflakeSqlException ToSnowflakeError(Exception e, QueryExecution execution)
    {
        if (execution.IsCancelled || e is OperationCanceledException)
            return new SnowflakeSqlException(ErrorCodes.Canceled, "57014", "SQL execution canceled", e);
        if (e is SnowflakeSqlException snowflake)
            return snowflake;
        if (e is ProtocolError protocol)
            return new SnowflakeSqlException(protocol.Code, protocol.SqlState ?? "08P01", protocol.Message, e);
        return new SnowflakeSqlException(ErrorCodes.Internal, "XX000", $"Internal error: {e.Message}", e);
    }

    private byte[] Execute(ServerSession session, QueryExecution execution, QueryRequest request)
    {
        if (request.BindStage is { Length: > 0 })
            throw SnowflakeErrors.Unsupported("stage binding (bindStage)");
        var statements = session.Engine.Translate(request.SqlText);
        if (statements.Count == 0)
            throw new SnowflakeSqlException(ErrorCodes.EmptySql, "42000", "SQL compilation error:\nEmpty SQL statement.");
        CheckStatementCount(session, request, statements.Count);
        if (request.DescribeOnly)
            return Describe(session, execution, statements[0], request);
        if (statements.Count == 1)
        {
            var bindRows = BindConverter.Convert(request.Bindings, () => BindNames.Of(statements[0].SourceText));
            return bindRows.Count == 1
                ? ExecuteStatement(session, execution.QueryId, statements[0], request, bindRows[0], execution)
                : ExecuteBatch(session, execution, statements[0], request, bindRows);
        }
        // docs: "Snowflake does not currently support variable binding in multi-statement SQL requests"
        // (https://docs.snowflake.com/en/developer-guide/sql-api/submitting-multiple-statements).
        if (request.Bindings is { Count: > 0 })
            throw SnowflakeErrors.Unsupported("binds in a multi-statement request");
        return ExecuteMany(session, execution, statements, request);
    }

    /// <summary>MULTI_STATEMENT_COUNT from the request or the session: 0 = any, otherwise an exact count (000008).</summary>
    private static void CheckStatementCount(ServerSession session, QueryRequest request, int actual)
    {
        var text = request.Parameters.TryGetValue("MULTI_STATEMENT_COUNT", out var fromRequest)
            ? fromRequest
            : session.Engine.Parameters.Get("MULTI_STATEMENT_COUNT");
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var desired))
            desired = 1;
        if (desired != 0 && desired != actual)
            throw new SnowflakeSqlException(ErrorCodes.StatementCountMismatch, "0A000",
                $"Actual statement count {actual} did not match the desired statement count {desired}.");
    }

    /// <summary>
    /// Multi-statement request: each child runs as its own query (fetchable by id); the parent answers with
    /// a status row plus `resultIds`/`resultTypes` (protocol doc §7). The first failing child fails the request.
    /// </summary>
    private byte[] ExecuteMany(ServerSession session, QueryExecution parent, IReadOnlyList<TranslatedStatement> statements, QueryRequest request)
    {
        var ids = new List<string>();
        var types = new List<long>();
        foreach (var statement in statements)
        {
            var child = new QueryExecution(NewQueryId(), null);
            session.Register(child);
            try
            {
                var data = ExecuteStatement(session, child.QueryId, statement, request, [], child);
                child.Complete(QueryOutcome.Success(data));
            }
            catch (Exception e)
            {
                child.Complete(QueryOutcome.Failure(ToSnowflakeError(e, parent)));
                throw;
            }
            ids.Add(child.QueryId);
            types.Add(StatementTypes.For(statement.Kind));
        }
        using var status = InMemoryResultStream.FromRows(
            [new ResultColumn("multiple statement execution", SnowflakeType.Text(), false)],
            [["Multiple statements executed successfully."]]);
        var encoded = _encoder.Encode(status, ResultFormat.Json, chunked: false, new ConversionContext(null), parent.CancellationToken);
        return QueryResponseWriter.Write(new(parent.QueryId, StatementTypes.Select, session.Engine, BaseFor(request)), status.Columns, encoded,
            writer =>
            {
                writer.WriteString("resultIds", string.Join(',', ids));
                writer.WriteString("resultTypes", string.Join(',', types));
            });
    }

    /// <summary>
    /// Array binds (batch DML) answer one DML result whose counts are the sums over all bind rows (protocol doc §6.1).
    /// A plain INSERT ... VALUES (?, ...) runs as one bulk insert in the engine; other DML runs once per bind row.
    /// </summary>
    private byte[] ExecuteBatch(ServerSession session, QueryExecution execution, TranslatedStatement statement, QueryRequest request,
        BindBatch rows)
    {
        if (!StatementTypes.IsDml(StatementTypes.For(statement.Kind)))
            throw SnowflakeErrors.Unsupported("array binding of a non-DML statement");
        var clock = Stopwatch.StartNew();
        using (var bulk = session.Engine.TryExecuteArrayInsert(statement, rows, execution.CancellationToken, execution.QueryId,
                   request.StatementTimeoutSeconds))
        {
            if (bulk is not null)
            {
                var counts = _encoder.Encode(bulk.Rows, ResultFormat.Json, chunked: false, new ConversionContext(null), execution.CancellationToken);
                QueryLog.BulkInsert(_logger, session.Id, execution.QueryId, rows.Count, clock.ElapsedMilliseconds);
                return QueryResponseWriter.Write(new(execution.QueryId, bulk.StatementTypeId, session.Engine, BaseFor(request)), bulk.Rows.Columns, counts);
            }
        }
        IReadOnlyList<ResultColumn>? columns = null;
        long[] sums = [];
        foreach (var row in rows)
        {
            using var result = session.Engine.Execute(statement, row, execution.CancellationToken, timeoutSeconds: request.StatementTimeoutSeconds);
            columns ??= result.Rows.Columns;
            if (sums.Length == 0) sums = new long[columns.Count];
            while (result.Rows.ReadNext() is { } batch)
            {
                using (batch)
                    for (var c = 0; c < sums.Length && c < batch.ColumnCount; c++)
                        if (batch.Column(c) is Apache.Arrow.Int64Array counts)
                            for (var i = 0; i < counts.Length; i++)
                                sums[c] += counts.GetValue(i) ?? 0;
            }
        }
        using var combined = InMemoryResultStream.Counts((columns ?? []).Select((c, i) => (c.Name, sums[i])).ToList());
        var encoded = _encoder.Encode(combined, ResultFormat.Json, chunked: false, new ConversionContext(null), execution.CancellationToken);
        QueryLog.Batch(_logger, session.Id, execution.QueryId, statement.Kind, rows.Count, clock.ElapsedMilliseconds);
        return QueryResponseWriter.Write(new(execution.QueryId, StatementTypes.For(statement.Kind), session.Engine, BaseFor(request)), combined.Columns, encoded);
    }

    /// <summary>
    /// describeOnly (Node, Python): the result's columns without running the statement. A query is run
    /// wrapped in LIMIT 0 with NULL binds; other statements are not run at all (no rows, no columns).
    /// </summary>
    private byte[] Describe(ServerSession session, QueryExecution execution, TranslatedStatement statement, QueryRequest request)
    {
        var typeId = StatementTypes.For(statement.Kind);
        if (statement.Kind != StatementKind.Select || statement.DuckDbSql is null)
        {
            using var nothing = InMemoryResultStream.FromRows([], []);
            var empty = _encoder.Encode(nothing, ResultFormat.Json, chunked: false, new ConversionContext(null), execution.CancellationToken);
            return QueryResponseWriter.Write(new(execution.QueryId, typeId, session.Engine, BaseFor(request), statement.BindCount), [], empty);
        }
        statement = session.Engine.WithTableColumns(statement, execution.CancellationToken);
        var limited = new TranslatedStatement(statement.SourceText, statement.Kind,
            $"SELECT * FROM ({statement.DuckDbSql}) AS describe_only LIMIT 0", statement.Syntax, statement.Target) { BindCount = statement.BindCount, EngineCalls = statement.EngineCalls, SessionVariables = statement.SessionVariables };
        var binds = Enumerable.Repeat<object?>(null, statement.BindCount).ToList();
        using var result = session.Engine.Execute(limited, binds, execution.CancellationToken, execution.QueryId);
        var format = ResultFormatChooser.Choose(session.Client, session.Engine.Parameters, request.Parameters);
        var encoded = _encoder.Encode(result.Rows, format, chunked: false, new ConversionContext(null), execution.CancellationToken);
        return QueryResponseWriter.Write(new(execution.QueryId, typeId, session.Engine, BaseFor(request), statement.BindCount), result.Rows.Columns, encoded);
    }

    private byte[] ExecuteStatement(ServerSession session, string queryId, TranslatedStatement statement, QueryRequest request,
        IReadOnlyList<object?> binds, QueryExecution execution)
    {
        var clock = Stopwatch.StartNew();
        var cancellation = execution.CancellationToken;
        using var registration = cancellation.Register(session.Engine.Cancel);
        using var result = session.Engine.Execute(statement, binds, cancellation, queryId, request.StatementTimeoutSeconds);
        var dml = StatementTypes.IsDml(result.StatementTypeId);
        var format = dml ? ResultFormat.Json : ResultFormatChooser.Choose(session.Client, session.Engine.Parameters, request.Parameters);
        var context = new ConversionContext(session.Engine.Parameters.Get("TIMEZONE"));
        var encoded = _encoder.Encode(result.Rows, format, chunked: !dml, context, cancellation);
        execution.AddChunks(encoded.Chunks.Select(c => c.Id));
        // An abort that arrived while the last batch was read still wins.
        cancellation.ThrowIfCancellationRequested();
        var data = QueryResponseWriter.Write(new(queryId, result.StatementTypeId, session.Engine, BaseFor(request)), result.Rows.Columns, encoded);
        if (result.ResultReused)
            QueryLog.ReusedResult(_logger, session.Id, queryId, statement.Kind, format, encoded.TotalRows, encoded.Chunks.Count, clock.ElapsedMilliseconds);
        else
            QueryLog.Statement(_logger, session.Id, queryId, statement.Kind, format, encoded.TotalRows, encoded.Chunks.Count, clock.ElapsedMilliseconds);
        return data;
    }
}
