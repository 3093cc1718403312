namespace Mockhaus.Server.Queries;

/// <summary>
/// A statement (or multi-statement request) running or finished on a session: what long polls wait for,
/// what monitoring reports, what abort-request cancels, and what /queries/{id}/result re-serves.
/// </summary>
public sealed class QueryExecution
{
    // Continuations run on the thread that completes the query: the request waiting for it writes its response there
    // and then, instead of waiting for another pool thread to be woken (a context switch per statement).
    private readonly TaskCompletionSource<QueryOutcome> _completion = new();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<string> _chunkIds = [];

    public QueryExecution(string queryId, string? requestId)
    {
        QueryId = queryId;
        RequestId = requestId;
    }

    public string QueryId { get; }
    public string? RequestId { get; }
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? FinishedAt { get; private set; }
    public Task<QueryOutcome> Completion => _completion.Task;
    public CancellationToken CancellationToken => _cancellation.Token;
    public bool IsCancelled => _cancellation.IsCancellationRequested;

    /// <summary>Chunks this result owns (freed with it).</summary>
    public IReadOnlyList<string> ChunkIds
    {
        get { lock (_chunkIds) return _chunkIds.ToList(); }
    }

    public void AddChunks(IEnumerable<string> ids)
    {
        lock (_chunkIds) _chunkIds.AddRange(ids);
    }

    /// <summary>RUNNING, SUCCESS, FAILED_WITH_ERROR or ABORTED, as /monitoring/queries reports it.</summary>
    public string Status => !Completion.IsCompleted ? (IsCancelled ? "ABORTING" : "RUNNING") : StatusOf(Completion.Result);

    /// <summary>The status of a query that finished with <paramref name="outcome"/>.</summary>
    public static string StatusOf(QueryOutcome outcome) =>
        outcome.Succeeded ? "SUCCESS"
        : outcome.Error!.ErrorCode == Protocol.ErrorCodes.Canceled ? "ABORTED"
        : "FAILED_WITH_ERROR";

    public void Cancel()
    {
        try { _cancellation.Cancel(); } catch (ObjectDisposedException) { }
    }

    public void Complete(QueryOutcome outcome)
    {
        FinishedAt = DateTimeOffset.UtcNow;
        _completion.TrySetResult(outcome);
    }
}
