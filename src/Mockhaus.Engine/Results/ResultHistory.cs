namespace Mockhaus.Engine.Results;

/// <summary>
/// The recent results of one session, for RESULT_SCAN. Bounded: the newest results are kept while they fit in
/// <see cref="ByteBudget"/> and <see cref="MaxResults"/>; older ones are dropped (a RESULT_SCAN of them fails
/// with a message saying the result is no longer available). Keeping a result costs no copy (see
/// <see cref="SharedBatches"/>); loading it into DuckDB happens only when a RESULT_SCAN asks for it.
/// </summary>
internal sealed class ResultHistory : IDisposable
{
    private readonly LinkedList<RetainedResult> _results = new();
    private readonly Dictionary<string, LinkedListNode<RetainedResult>> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Action<string> _dropTable;
    private long _bytes;
    private bool _disposed;

    /// <param name="dropTable">Drops the temporary table of a result that leaves the history.</param>
    public ResultHistory(long byteBudget, int maxResults, Action<string> dropTable)
    {
        ByteBudget = byteBudget;
        MaxResults = maxResults;
        _dropTable = dropTable;
    }

    public long ByteBudget { get; }

    public int MaxResults { get; }

    /// <summary>Wraps a statement's rows so that they are kept once the client has read them all.</summary>
    public IResultStream Retain(string queryId, IResultStream rows) =>
        new RetainingResultStream(rows, ByteBudget,
            (batches, bytes) => Add(new RetainedResult(queryId, rows.Columns, rows.ArrowSchema, batches, bytes)),
            () => { });

    /// <summary>The kept result of <paramref name="queryId"/>; <paramref name="ranInSession"/> tells a dropped result from an unknown id.</summary>
    public RetainedResult Get(string queryId, bool ranInSession)
    {
        if (_byId.TryGetValue(queryId, out var node))
            return node.Value;
        throw ranInSession ? ResultScanErrors.NoLongerAvailable(queryId) : ResultScanErrors.StatementNotFound(queryId);
    }

    /// <summary>The kept result of <paramref name="queryId"/>, or null when it is not (or no longer) kept.</summary>
    public RetainedResult? Find(string queryId) => _byId.TryGetValue(queryId, out var node) ? node.Value : null;

    private void Add(RetainedResult result)
    {
        // A result the client finishes reading after the session closed has nowhere to go.
        if (_disposed)
        {
            result.Dispose();
            return;
        }
        var node = _results.AddLast(result);
        _byId[result.QueryId] = node;
        _bytes += result.Bytes;
        while (_results.Count > 1 && (_bytes > ByteBudget || _results.Count > MaxResults))
            Evict(_results.First!);
    }

    private void Evict(LinkedListNode<RetainedResult> node)
    {
        var result = node.Value;
        _results.Remove(node);
        _byId.Remove(result.QueryId);
        _bytes -= result.Bytes;
        if (result.TableName is { } table)
            _dropTable(table);
        result.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var result in _results)
            result.Dispose();
        _results.Clear();
        _byId.Clear();
    }
}
