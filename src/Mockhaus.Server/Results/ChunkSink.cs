using System.Threading.Channels;

namespace Mockhaus.Server.Results;

/// <summary>
/// Compresses and stores finished chunks on a background task while the encoder reads the next batches from
/// DuckDB, so gzip overlaps with the query instead of adding to it. At most two encoded chunks wait in the
/// queue, which keeps memory bounded.
/// </summary>
public sealed class ChunkSink : IAsyncDisposable
{
    // Made with the first chunk: most results (DML, status rows, small queries) have none.
    private Channel<(SegmentedBuffer Content, int RowCount)>? _queue;
    private readonly List<ChunkReference> _chunks = [];
    private readonly ChunkStore _store;
    private Task? _worker;

    public ChunkSink(ChunkStore store)
    {
        _store = store;
    }

    /// <summary>Queues a chunk (ownership passes to the sink); blocks while two chunks are already waiting.</summary>
    public void Add(SegmentedBuffer content, int rowCount)
    {
        var queue = _queue ??= Channel.CreateBounded<(SegmentedBuffer, int)>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        _worker ??= Task.Run(() => StoreAllAsync(queue));
        if (!queue.Writer.TryWrite((content, rowCount)))
        {
            try
            {
                queue.Writer.WriteAsync((content, rowCount)).AsTask().GetAwaiter().GetResult();
            }
            catch (ChannelClosedException)
            {
                content.Dispose();
                _worker!.GetAwaiter().GetResult(); // surfaces the worker's failure
                throw;
            }
        }
    }

    /// <summary>Waits until every queued chunk is stored; the chunks in order.</summary>
    public IReadOnlyList<ChunkReference> Complete()
    {
        _queue?.Writer.TryComplete();
        _worker?.GetAwaiter().GetResult();
        return _chunks;
    }

    /// <summary>Chunks stored so far (to free them when encoding fails).</summary>
    public IReadOnlyList<ChunkReference> Stored
    {
        get { lock (_chunks) return _chunks.ToList(); }
    }

    private async Task StoreAllAsync(Channel<(SegmentedBuffer Content, int RowCount)> queue)
    {
        try
        {
            await foreach (var (content, rowCount) in queue.Reader.ReadAllAsync())
            {
                var stored = _store.Add(content);
                lock (_chunks)
                    _chunks.Add(new ChunkReference(stored.Id, rowCount, stored.UncompressedSize, stored.CompressedSize));
            }
        }
        catch (Exception e)
        {
            queue.Writer.TryComplete(e);
            while (queue.Reader.TryRead(out var left))
                left.Content.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_queue is not { } queue)
            return;
        queue.Writer.TryComplete();
        try { if (_worker is not null) await _worker; } catch { /* already reported by Complete or Add */ }
        while (queue.Reader.TryRead(out var left))
            left.Content.Dispose();
    }
}
