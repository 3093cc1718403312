namespace Mockhaus.Server.Results;

/// <summary>An encoded statement result: the inline first part plus the chunks stored for download.</summary>
public sealed class EncodedResult
{
    public required ResultFormat Format { get; init; }

    /// <summary>JSON: the inline rows, comma-separated without brackets. Arrow: the inline IPC stream (may be empty).</summary>
    public required ReadOnlyMemory<byte> Inline { get; init; }

    public required IReadOnlyList<ChunkReference> Chunks { get; init; }

    public required long TotalRows { get; init; }
}

/// <summary>One downloadable chunk as listed in `chunks`.</summary>
public sealed record ChunkReference(string Id, int RowCount, long UncompressedSize, long CompressedSize);
