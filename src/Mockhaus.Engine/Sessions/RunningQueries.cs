using System.Collections.Concurrent;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// The statements running now in any session of the engine, by query id, so that SYSTEM$CANCEL_QUERY in one
/// session can interrupt a statement of another. An entry lives from the start of the statement until its result
/// is released.
/// </summary>
public sealed class RunningQueries
{
    private readonly ConcurrentDictionary<string, Action> _cancels = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Registers how to cancel <paramref name="queryId"/>; disposing the handle removes it. A query id registered
    /// already (the server registers a request before the engine runs its statements) keeps its first entry.
    /// </summary>
    public IDisposable Register(string queryId, Action cancel) =>
        _cancels.TryAdd(queryId, cancel) ? new Registration(this, queryId, cancel) : NoRegistration.Instance;

    public bool IsRunning(string queryId) => _cancels.ContainsKey(queryId);

    /// <summary>Cancels the query if it is running; false when no statement with that id is executing.</summary>
    public bool Cancel(string queryId)
    {
        if (!_cancels.TryGetValue(queryId, out var cancel))
            return false;
        cancel();
        return true;
    }

    private sealed class Registration(RunningQueries owner, string queryId, Action cancel) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                owner._cancels.TryRemove(new KeyValuePair<string, Action>(queryId, cancel));
        }
    }

    private sealed class NoRegistration : IDisposable
    {
        public static readonly NoRegistration Instance = new();

        public void Dispose()
        {
        }
    }
}
