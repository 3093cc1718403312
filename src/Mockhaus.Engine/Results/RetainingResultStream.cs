using Apache.Arrow;

namespace Mockhaus.Engine.Results;

/// <summary>
/// Passes a result through to the client while keeping a shared reference to every batch, so that RESULT_SCAN
/// can read it later. A result read to its end is handed to <c>onComplete</c> when disposed; one that outgrows
/// <c>byteLimit</c> or is abandoned before its end is not kept (<c>onDropped</c>).
/// </summary>
internal sealed class RetainingResultStream : IResultStream
{
    private readonly IResultStream _inner;
    private readonly long _byteLimit;
    private readonly Action<List<RecordBatch>, long> _onComplete;
    private readonly Action _onDropped;
    private List<RecordBatch>? _kept = [];
    private long _bytes;
    private bool _finished;

    public RetainingResultStream(IResultStream inner, long byteLimit, Action<List<RecordBatch>, long> onComplete, Action onDropped)
    {
        _inner = inner;
        _byteLimit = byteLimit;
        _onComplete = onComplete;
        _onDropped = onDropped;
    }

    public IReadOnlyList<ResultColumn> Columns => _inner.Columns;

    public Schema ArrowSchema => _inner.ArrowSchema;

    public RecordBatch? ReadNext()
    {
        var batch = _inner.ReadNext();
        if (batch is null)
            _finished = true;
        else if (_kept is not null)
            Keep(batch);
        return batch;
    }

    private void Keep(RecordBatch batch)
    {
        _bytes += SharedBatches.SizeOf(batch);
        if (_bytes > _byteLimit)
        {
            Release();
            return;
        }
        _kept!.Add(SharedBatches.Share(batch));
    }

    private void Release()
    {
        foreach (var batch in _kept ?? [])
            batch.Dispose();
        _kept = null;
    }

    public void Dispose()
    {
        // Engine-built results (status, counts, SHOW) are small: keep them even when nobody read them.
        if (!_finished && _inner is InMemoryResultStream)
            while (ReadNext() is { } unread)
                unread.Dispose();
        _inner.Dispose();
        if (_finished && _kept is not null)
            _onComplete(_kept, _bytes);
        else
        {
            Release();
            _onDropped();
        }
        _kept = null;
    }
}
