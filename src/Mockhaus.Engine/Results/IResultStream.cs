using Apache.Arrow;

namespace Mockhaus.Engine.Results;

/// <summary>
/// The rows of a statement result, read incrementally as Arrow record batches. Batches carry DuckDB's Arrow
/// types (see <see cref="Types.ArrowTypeMapper"/>); <see cref="Columns"/> says what Snowflake type each one is.
/// </summary>
public interface IResultStream : IDisposable
{
    IReadOnlyList<ResultColumn> Columns { get; }

    Schema ArrowSchema { get; }

    /// <summary>The next batch, or null at the end.</summary>
    RecordBatch? ReadNext();
}
