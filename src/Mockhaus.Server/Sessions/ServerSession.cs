using System.Collections.Concurrent;
using Mockhaus.Engine.Sessions;
using Mockhaus.Server.Queries;
using Mockhaus.Server.Results;

namespace Mockhaus.Server.Sessions;

/// <summary>
/// One Snowflake session as the wire protocol sees it: the engine session plus tokens, the client kind,
/// and the queries it ran (re-fetchable by query id, cancellable by request id).
/// </summary>
public sealed class ServerSession : IDisposable
{
    private readonly ConcurrentDictionary<string, QueryExecution> _queries = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, QueryExecution> _byRequestId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ChunkStore _chunks;
    private int _disposed;

    public ServerSession(Session engine, ClientInfo client, ChunkStore chunks)
    {
        Engine = engine;
        Client = client;
        _chunks = chunks;
    }

    public Session Engine { get; }
    public ClientInfo Client { get; }
    public long Id => Engine.Id;

    public string SessionToken { get; set; } = "";
    public string MasterToken { get; set; } = "";
    public DateTimeOffset SessionTokenExpires { get; set; }
    public DateTimeOffset MasterTokenExpires { get; set; }
    public DateTimeOffset LastActivity { get; private set; } = DateTimeOffset.UtcNow;
    public bool IsClosed => Volatile.Read(ref _disposed) != 0;

    public void Touch() => LastActivity = DateTimeOffset.UtcNow;

    public void Register(QueryExecution query)
    {
        _queries[query.QueryId] = query;
        if (query.RequestId is { Length: > 0 } requestId)
            _byRequestId[requestId] = query;
    }

    public QueryExecution? FindQuery(string queryId) => _queries.TryGetValue(queryId, out var q) ? q : null;

    public QueryExecution? FindByRequestId(string requestId) => _byRequestId.TryGetValue(requestId, out var q) ? q : null;

    /// <summary>
    /// The execution of this requestId when the session has one (a retried or resubmitted request), else the one
    /// <paramref name="start"/> begins; two copies of a request arriving together still run the statement once.
    /// </summary>
    public QueryExecution FindOrStart(string? requestId, Func<QueryExecution> start)
    {
        if (requestId is not { Length: > 0 })
            return start();
        lock (_requestIdLock)
            return FindByRequestId(requestId) ?? start();
    }

    private readonly object _requestIdLock = new();

    /// <summary>Drops results finished before <paramref name="cutoff"/> and frees their chunks.</summary>
    public void ExpireResults(DateTimeOffset cutoff)
    {
        foreach (var query in _queries.Values)
        {
            if (query.FinishedAt is { } finished && finished < cutoff)
                Forget(query);
        }
    }

    private void Forget(QueryExecution query)
    {
        _queries.TryRemove(query.QueryId, out _);
        if (query.RequestId is { Length: > 0 } requestId)
            _byRequestId.TryRemove(new KeyValuePair<string, QueryExecution>(requestId, query));
        foreach (var chunkId in query.ChunkIds)
            _chunks.Remove(chunkId);
    }

    /// <summary>Cancels running statements, waits briefly for them, then frees chunks and the engine session.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        var running = _queries.Values.Where(q => !q.Completion.IsCompleted).ToList();
        foreach (var query in running)
            query.Cancel();
        if (running.Count > 0)
            Engine.Cancel();
        Task.WaitAll(running.Select(q => (Task)q.Completion).ToArray(), TimeSpan.FromSeconds(5));
        foreach (var query in _queries.Values.ToList())
            Forget(query);
        Engine.Dispose();
    }
}
