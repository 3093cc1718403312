namespace Mockhaus.Engine.Sessions;

/// <summary>
/// A session's lookups that stay valid until any session runs DDL (the engine's schema version): declared column
/// types, statements translated with table columns. Used under the session's lock, so not thread-safe.
/// </summary>
internal sealed class SchemaCache<TKey, TValue>(Func<long> schemaVersion, int capacity = 1024) where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries = new();
    private long _version = -1;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> load)
    {
        var version = schemaVersion();
        if (version != _version || _entries.Count >= capacity)
        {
            _entries.Clear();
            _version = version;
        }
        if (!_entries.TryGetValue(key, out var value))
        {
            value = load(key);
            _entries[key] = value;
        }
        return value;
    }
}
