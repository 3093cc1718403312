using Microsoft.Extensions.Logging;
using Mockhaus.Server.Results;
using Mockhaus.Sql;

namespace Mockhaus.Server.Queries;

/// <summary>
/// The one Information line each query request writes. Source-generated: when the level is off it costs a check, and
/// when it is on the values are neither boxed nor put into an array before the logger takes them.
/// </summary>
internal static partial class QueryLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} query {QueryId} {Kind} {Format} {Rows} rows in {Chunks} chunks, {ElapsedMs} ms")]
    public static partial void Statement(ILogger logger, long sessionId, string queryId, StatementKind kind, ResultFormat format, long rows, int chunks, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} query {QueryId} {Kind} {Format} {Rows} rows in {Chunks} chunks, {ElapsedMs} ms (the result of an earlier run, reused)")]
    public static partial void ReusedResult(ILogger logger, long sessionId, string queryId, StatementKind kind, ResultFormat format, long rows, int chunks, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} query {QueryId} failed: {Code} {Message}")]
    public static partial void Failed(ILogger logger, long sessionId, string queryId, string code, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} query {QueryId} bulk INSERT of {Rows} bind rows, {ElapsedMs} ms")]
    public static partial void BulkInsert(ILogger logger, long sessionId, string queryId, int rows, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} query {QueryId} {Kind} batch of {Rows} bind rows, {ElapsedMs} ms")]
    public static partial void Batch(ILogger logger, long sessionId, string queryId, StatementKind kind, int rows, long elapsedMs);
}
