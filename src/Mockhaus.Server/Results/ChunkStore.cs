using System.Collections.Concurrent;
using System.IO.Compression;
using Mockhaus.Server.Sessions;

namespace Mockhaus.Server.Results;

/// <summary>
/// Holds encoded result chunks until their result expires or their session closes. Chunks live in memory
/// while the total stays under the memory budget; past it they spill to temp files, so a huge result never
/// sits in memory. Chunks are not freed on download: drivers retry failed downloads and a result can be
/// re-fetched by query id, which hands out the same chunk URLs again.
/// </summary>
public sealed class ChunkStore : IDisposable
{
    private readonly ConcurrentDictionary<string, StoredChunk> _chunks = new(StringComparer.Ordinal);
    private readonly long _memoryBudget;
    private readonly bool _compress;
    private readonly string _spillDirectory;
    private readonly bool _ownsSpillDirectory;
    private long _memoryBytes;
    private long _spilledBytes;

    public ChunkStore(long memoryBudget, bool compress, string? spillDirectory)
    {
        _memoryBudget = memoryBudget;
        _compress = compress;
        _ownsSpillDirectory = spillDirectory is null;
        _spillDirectory = spillDirectory ?? Path.Combine(Path.GetTempPath(), "mockhaus-chunks-" + Guid.NewGuid().ToString("N"));
    }

    public long MemoryBytes => Interlocked.Read(ref _memoryBytes);
    public long SpilledBytes => Interlocked.Read(ref _spilledBytes);
    public int Count => _chunks.Count;

    /// <summary>Stores one encoded chunk; returns its id (unguessable: it is the chunk URL's only credential).</summary>
    /// <remarks>Takes ownership of <paramref name="content"/>.</remarks>
    public StoredChunkInfo Add(SegmentedBuffer content)
    {
        var uncompressedSize = content.Length;
        var bytes = _compress ? Gzip(content) : content;
        var id = Tokens.New("");
        StoredChunk chunk;
        var length = bytes.Length;
        if (Interlocked.Add(ref _memoryBytes, length) <= _memoryBudget)
        {
            chunk = new StoredChunk(bytes, null, length, _compress);
        }
        else
        {
            Interlocked.Add(ref _memoryBytes, -length);
            chunk = new StoredChunk(null, Spill(id, bytes), length, _compress);
            bytes.Dispose();
            Interlocked.Add(ref _spilledBytes, length);
        }
        _chunks[id] = chunk;
        return new StoredChunkInfo(id, uncompressedSize, length);
    }

    /// <summary>Opens a chunk for download; <c>gzipped</c> says whether the stream holds gzip data.</summary>
    public bool TryOpen(string id, out Stream content, out bool gzipped)
    {
        content = Stream.Null;
        gzipped = false;
        if (!_chunks.TryGetValue(id, out var chunk))
            return false;
        try
        {
            content = chunk.Data is not null
                ? chunk.Data.OpenRead()
                : new FileStream(chunk.Path!, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        gzipped = chunk.Gzipped;
        return true;
    }

    public void Remove(string id)
    {
        if (!_chunks.TryRemove(id, out var chunk))
            return;
        if (chunk.Data is not null)
        {
            Interlocked.Add(ref _memoryBytes, -chunk.Length);
            chunk.Data.Abandon();
            return;
        }
        Interlocked.Add(ref _spilledBytes, -chunk.Length);
        TryDelete(chunk.Path!);
    }

    private string Spill(string id, SegmentedBuffer bytes)
    {
        Directory.CreateDirectory(_spillDirectory);
        var path = Path.Combine(_spillDirectory, id + ".chunk");
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        bytes.WriteTo(file);
        return path;
    }

    private static SegmentedBuffer Gzip(SegmentedBuffer content)
    {
        var output = new SegmentedBuffer();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            content.WriteTo(gzip);
        content.Dispose();
        return output;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public void Dispose()
    {
        foreach (var id in _chunks.Keys.ToList())
            Remove(id);
        if (_ownsSpillDirectory && Directory.Exists(_spillDirectory))
        {
            try { Directory.Delete(_spillDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private sealed record StoredChunk(SegmentedBuffer? Data, string? Path, long Length, bool Gzipped);
}

/// <summary>What a query response says about a stored chunk.</summary>
public sealed record StoredChunkInfo(string Id, long UncompressedSize, long CompressedSize);
