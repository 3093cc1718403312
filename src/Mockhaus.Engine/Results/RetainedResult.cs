using Apache.Arrow;

namespace Mockhaus.Engine.Results;

/// <summary>
/// An earlier statement result kept for RESULT_SCAN: the Arrow batches the client was sent (shared, not copied) and,
/// once a RESULT_SCAN loaded them into DuckDB, the name of the temporary table holding the rows.
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

    /// <summary>The DuckDB temporary table the rows were last loaded into, if any (it may since have been rolled back).</summary>
    public string? TableName { get; set; }

    /// <summary>
    /// The rows, to load into DuckDB. They stay retained after a load: a table created inside a transaction that is
    /// rolled back disappears, and the result must still be scannable.
    /// </summary>
    public IReadOnlyList<RecordBatch> Batches => _batches ?? throw new ObjectDisposedException(nameof(RetainedResult));

    public void Dispose()
    {
        foreach (var batch in _batches ?? [])
            batch.Dispose();
        _batches = null;
    }
}
