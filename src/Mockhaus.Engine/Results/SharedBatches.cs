using Apache.Arrow;

namespace Mockhaus.Engine.Results;

/// <summary>
/// Arrow batches shared between the client encoder and the result history: each holder owns a reference to the
/// same buffers (a shared slice of the whole batch: Arrow counts references to the buffers), so keeping a result costs no copy and disposing one holder
/// does not free what the other still reads.
/// </summary>
internal static class SharedBatches
{
    public static RecordBatch Share(RecordBatch batch) => batch.SliceShared(0, batch.Length);

    /// <summary>The bytes of the buffers behind a batch (children and dictionaries included).</summary>
    public static long SizeOf(RecordBatch batch) => batch.Arrays.Sum(array => SizeOf(array.Data));

    private static long SizeOf(ArrayData data) =>
        data.Buffers.Sum(buffer => (long)buffer.Length)
        + (data.Children ?? []).Sum(SizeOf)
        + (data.Dictionary is { } dictionary ? SizeOf(dictionary) : 0);
}
