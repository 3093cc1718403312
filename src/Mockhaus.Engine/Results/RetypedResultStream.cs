using Apache.Arrow;

namespace Mockhaus.Engine.Results;

/// <summary>A result whose reported column types were corrected after DuckDB produced it; rows pass through.</summary>
internal sealed class RetypedResultStream(IResultStream inner, IReadOnlyList<ResultColumn> columns) : IResultStream
{
    public IReadOnlyList<ResultColumn> Columns { get; } = columns;

    public Schema ArrowSchema => inner.ArrowSchema;

    public RecordBatch? ReadNext() => inner.ReadNext();

    public void Dispose() => inner.Dispose();
}
