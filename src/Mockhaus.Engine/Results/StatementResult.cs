using Mockhaus.Sql;

namespace Mockhaus.Engine.Results;

/// <summary>
/// The outcome of one statement. The session stays busy until the result is disposed, because a streaming
/// result still reads from the session's DuckDB connection.
/// </summary>
public sealed class StatementResult : IDisposable
{
    private Action? _onDispose;

    public StatementResult(string queryId, StatementKind kind, IResultStream rows, Action? onDispose = null)
    {
        QueryId = queryId;
        Kind = kind;
        StatementTypeId = StatementTypes.For(kind);
        Rows = rows;
        _onDispose = onDispose;
    }

    /// <summary>UUID-shaped query id, as the drivers require.</summary>
    public string QueryId { get; }

    public StatementKind Kind { get; }

    public long StatementTypeId { get; }

    public IResultStream Rows { get; }

    /// <summary>The rows are those of an earlier run of the same query over unchanged data (Snowflake's persisted results).</summary>
    public bool ResultReused { get; init; }

    public void Dispose()
    {
        Rows.Dispose();
        Interlocked.Exchange(ref _onDispose, null)?.Invoke();
    }
}
