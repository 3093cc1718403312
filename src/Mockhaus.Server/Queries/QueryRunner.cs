using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
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

    public QueryRunner(ResultEncoder encoder, ILogger logger, Func<Uri> baseAddress)
    {
        _encoder = encoder;
        _logger = logger;
        _baseAddress = baseAddress;
    }

    public QueryExecution Start(ServerSession session, QueryRequest request)
    {
        var execution = new QueryExecution(NewQueryId(), request.RequestId);
        session.Register(execution);
        _ = Task.Run(() => Run(session, execution, request));
        return execution;
    }

    public static string NewQueryId() => Guid.NewGuid().ToString();

    private void Run(ServerSession session, QueryExecution execution, QueryRequest request)
    {
        QueryOutcome outcome;
        try
        {
            outcome = QueryOutcome.Success(Execute(session, execution, request));
        }
        catch (Exception e)
        {
            outcome = QueryOutcome.Failure(ToSnowflakeError(e, execution));
        }
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
        if (statements.Count == 1)
            return ExecuteStatement(session, execution.QueryId, statements[0], request, BindConverter.Convert(request.Bindings), execution);
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
        return QueryResponseWriter.Write(new(parent.QueryId, StatementTypes.Select, session.Engine, _baseAddress()), status.Columns, encoded,
            writer =>
            {
                writer.WriteString("resultIds", string.Join(',', ids));
                writer.WriteString("resultTypes", string.Join(',', types));
            });
    }

    private byte[] ExecuteStatement(ServerSession session, string queryId, TranslatedStatement statement, QueryRequest request,
        IReadOnlyList<object?> binds, QueryExecution execution)
    {
        var clock = Stopwatch.StartNew();
        var cancellation = execution.CancellationToken;
        using var registration = cancellation.Register(session.Engine.Cancel);
        using var result = session.Engine.Execute(statement, binds, cancellation, queryId);
        var dml = StatementTypes.IsDml(result.StatementTypeId);
        var format = dml ? ResultFormat.Json : ResultFormatChooser.Choose(session.Client, session.Engine.Parameters, request.Parameters);
        var context = new ConversionContext(session.Engine.Parameters.Get("TIMEZONE"));
        var encoded = _encoder.Encode(result.Rows, format, chunked: !dml, context, cancellation);
        execution.AddChunks(encoded.Chunks.Select(c => c.Id));
        var data = QueryResponseWriter.Write(new(queryId, result.StatementTypeId, session.Engine, _baseAddress()), result.Rows.Columns, encoded);
        _logger.LogInformation("Session {SessionId} query {QueryId} {Kind} {Format} {Rows} rows in {Chunks} chunks, {ElapsedMs} ms",
            session.Id, queryId, statement.Kind, format, encoded.TotalRows, encoded.Chunks.Count, clock.ElapsedMilliseconds);
        return data;
    }
}
