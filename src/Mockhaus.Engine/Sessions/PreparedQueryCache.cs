namespace Mockhaus.Engine.Sessions;

/// <summary>
/// A session's prepared queries by DuckDB SQL text, least recently used dropped beyond <see cref="Capacity"/>. All are
/// dropped when the engine's change epoch moves (<see cref="MockhausEngine.ChangeEpoch"/>): DuckDB bakes into a prepared
/// plan what it knew when it planned: session variables and settings (getvariable, TimeZone), the search path, and
/// table statistics (a filter outside a column's known range is planned away, so after an INSERT the plan could
/// miss the new rows). Used under the session's lock, so not thread-safe.
/// </summary>
internal sealed class PreparedQueryCache(Func<long> epoch, int capacity = PreparedQueryCache.DefaultCapacity) : IDisposable
{
    public const int DefaultCapacity = 64;

    private readonly Dictionary<string, LinkedListNode<(string Sql, PreparedQuery Query)>> _bySql = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Sql, PreparedQuery Query)> _recency = new();
    private long _epoch = -1;

    public int Capacity { get; } = capacity;

    public int Count => _bySql.Count;

    /// <summary>The prepared query for <paramref name="sql"/>, prepared now when missing; null when it cannot be prepared.</summary>
    public PreparedQuery? GetOrPrepare(string sql, Func<string, PreparedQuery?> prepare)
    {
        // Read before preparing: a change made while this query is being prepared moves the epoch past it.
        var current = epoch();
        if (current != _epoch)
        {
            Clear();
            _epoch = current;
        }
        if (_bySql.TryGetValue(sql, out var node))
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Query;
        }
        if (prepare(sql) is not { } query)
            return null;
        _bySql[sql] = _recency.AddFirst((sql, query));
        if (_bySql.Count > Capacity)
            Evict(_recency.Last!);
        return query;
    }

    private void Evict(LinkedListNode<(string Sql, PreparedQuery Query)> node)
    {
        _recency.Remove(node);
        _bySql.Remove(node.Value.Sql);
        node.Value.Query.Dispose();
    }

    private void Clear()
    {
        foreach (var (_, query) in _recency)
            query.Dispose();
        _recency.Clear();
        _bySql.Clear();
    }

    public void Dispose() => Clear();
}
