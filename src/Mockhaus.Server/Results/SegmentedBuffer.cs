using System.Buffers;

namespace Mockhaus.Server.Results;

/// <summary>
/// A growable byte buffer made of pooled fixed-size segments: encoding a multi-megabyte chunk never
/// allocates (and then discards) ever-larger contiguous arrays on the large object heap, which is what kept
/// memory from staying flat. Usable as a Stream (Arrow IPC, gzip) and as an IBufferWriter (JSON rows).
/// </summary>
public sealed class SegmentedBuffer : Stream, IBufferWriter<byte>
{
    private const int SegmentSize = 256 * 1024;
    private readonly List<(byte[] Array, int Used)> _segments = [];
    private byte[]? _current;
    private int _used;
    private long _length;

    public override long Length => _length;

    public void Advance(int count)
    {
        _used += count;
        _length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureSpace(Math.Max(sizeHint, 1));
        return _current.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureSpace(Math.Max(sizeHint, 1));
        return _current.AsSpan(_used);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            EnsureSpace(1);
            var count = Math.Min(buffer.Length, _current!.Length - _used);
            buffer[..count].CopyTo(_current.AsSpan(_used));
            Advance(count);
            buffer = buffer[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Copies the content out, in order.</summary>
    public void WriteTo(Stream destination)
    {
        foreach (var (array, used) in Segments())
            destination.Write(array, 0, used);
    }

    public byte[] ToArray()
    {
        var result = new byte[_length];
        var offset = 0;
        foreach (var (array, used) in Segments())
        {
            Buffer.BlockCopy(array, 0, result, offset, used);
            offset += used;
        }
        return result;
    }

    /// <summary>A read-only stream over the content (the buffer must not change while it is read).</summary>
    public Stream OpenRead()
    {
        var copy = Segments().Select(s => new ReadOnlyMemory<byte>(s.Array, 0, s.Used)).ToList();
        return new SegmentReader(copy, _length);
    }

    /// <summary>
    /// Forgets the segments without returning them to the pool: a stored chunk may still be read by a
    /// download in flight when it is removed, so its arrays must never be handed to another writer.
    /// </summary>
    public void Abandon()
    {
        _segments.Clear();
        _current = null;
        _used = 0;
        _length = 0;
    }

    private IEnumerable<(byte[] Array, int Used)> Segments()
    {
        foreach (var segment in _segments)
            yield return segment;
        if (_current is not null && _used > 0)
            yield return (_current, _used);
    }

    private void EnsureSpace(int sizeHint)
    {
        if (_current is not null && _current.Length - _used >= sizeHint)
            return;
        if (_current is not null)
            _segments.Add((_current, _used));
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(SegmentSize, sizeHint));
        _used = 0;
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var (array, _) in _segments)
            ArrayPool<byte>.Shared.Return(array);
        _segments.Clear();
        if (_current is not null)
            ArrayPool<byte>.Shared.Return(_current);
        _current = null;
        _used = 0;
        _length = 0;
        base.Dispose(disposing);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private sealed class SegmentReader(List<ReadOnlyMemory<byte>> segments, long length) : Stream
    {
        private int _index;
        private int _offset;
        private long _position;

        public override int Read(Span<byte> buffer)
        {
            var total = 0;
            while (!buffer.IsEmpty && _index < segments.Count)
            {
                var segment = segments[_index].Span[_offset..];
                var count = Math.Min(segment.Length, buffer.Length);
                segment[..count].CopyTo(buffer);
                buffer = buffer[count..];
                total += count;
                _offset += count;
                if (_offset == segments[_index].Length) { _index++; _offset = 0; }
            }
            _position += total;
            return total;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
