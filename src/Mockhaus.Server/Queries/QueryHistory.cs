using System.Collections.Concurrent;

namespace Mockhaus.Server.Queries;

/// <summary>One finished request, as `GET /admin/queries` and `mockhaus history` show it.</summary>
public sealed record QueryHistoryEntry(
    string QueryId,
    long SessionId,
    string User,
    string SqlText,
    string Status,
    DateTimeOffset StartedAt,
    double DurationMs,
    string? ErrorCode,
    string? ErrorMessage);

/// <summary>The most recent requests of the whole server, newest last, bounded so memory stays flat.</summary>
public sealed class QueryHistory
{
    private readonly ConcurrentQueue<QueryHistoryEntry> _entries = new();
    private readonly int _capacity;

    public QueryHistory(int capacity = 1000) => _capacity = Math.Max(1, capacity);

    public void Record(QueryHistoryEntry entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > _capacity && _entries.TryDequeue(out _))
        {
        }
    }

    /// <summary>Up to <paramref name="limit"/> entries, newest first.</summary>
    public IReadOnlyList<QueryHistoryEntry> Recent(int limit) =>
        _entries.Reverse().Take(Math.Max(0, limit)).ToList();
}
