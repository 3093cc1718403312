namespace Mockhaus.Engine.Sessions;

/// <summary>
/// Which earlier query of a session answered each reusable query text, valid while the engine's change epoch stays
/// where it was when that query started (<see cref="MockhausEngine.ChangeEpoch"/>: every statement that may change data,
/// the catalog or session state moves it, in any session). The rows themselves stay in the session's result history;
/// this only remembers whose they are. Per session: a result read inside a transaction, or from a temporary table,
/// is this session's own. Used under the session's lock, so not thread-safe.
/// </summary>
internal sealed class ReusableResults(int capacity = ReusableResults.DefaultCapacity)
{
    public const int DefaultCapacity = 256;

    private readonly Dictionary<(string SourceText, string DuckDbSql), string> _queryIds = new();
    private long _epoch = -1;

    /// <summary>The query whose result answers <paramref name="key"/> at <paramref name="epoch"/>, if one is known.</summary>
    public string? Find((string SourceText, string DuckDbSql) key, long epoch)
    {
        MoveTo(epoch);
        return _queryIds.TryGetValue(key, out var queryId) ? queryId : null;
    }

    /// <summary>Notes that <paramref name="queryId"/>, started at <paramref name="epoch"/>, answers <paramref name="key"/>.</summary>
    public void Record((string SourceText, string DuckDbSql) key, string queryId, long epoch)
    {
        MoveTo(epoch);
        if (_queryIds.Count >= capacity && !_queryIds.ContainsKey(key))
            _queryIds.Clear();
        _queryIds[key] = queryId;
    }

    private void MoveTo(long epoch)
    {
        if (epoch == _epoch)
            return;
        _queryIds.Clear();
        _epoch = epoch;
    }
}
