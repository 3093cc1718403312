using Apache.Arrow;

namespace Mockhaus.Engine.Results;

/// <summary>
/// An earlier statement result kept for RESULT_SCAN: first the Arrow batches the client was sent (shared, not
/// copied), then, once a RESULT_SCAN loaded them into DuckDB, the name of the temporary table holding the rows.
/// </summary>
internal sealed class RetainedResult : IDisposable
{
    private List<RecordBatch>? _batches;

    public RetainedResult(string queryId, IReadOnlyList<ResultColumn> columns, Schema schema, List<RecordBatch> batches, long bytes)
    {
        QueryId = queryId;
        Columns = columns;
        Schema = schema;
        _batches = batches;
        Bytes = bytes;
    }

    public string QueryId { get; }

    /// <summary>The result's columns with their Snowflake types (RESULT_SCAN reports the same rowtype).</summary>
    public IReadOnlyList<ResultColumn> Columns { get; }

    public Schema Schema { get; }

    /// <summary>Memory the rows take, counted against the session's budget while they stay retained.</summary>
    public long Bytes { get; }

    /// <summary>The DuckDB temporary table holding the rows, once loaded.</summary>
    public string? TableName { get; private set; }

    /// <summary>Hands the batches over to be loaded into <paramref name="tableName"/> (they are consumed there).</summary>
    public IReadOnlyList<RecordBatch> TakeBatches(string tableName)
    {
        var batches = _batches ?? throw new InvalidOperationException("The result was already loaded.");
        _batches = null;
        TableName = tableName;
        return batches;
    }

    public void Dispose()
    {
        foreach (var batch in _batches ?? [])
            batch.Dispose();
        _batches = null;
    }
}
