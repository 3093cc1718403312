using Apache.Arrow;
using Apache.Arrow.Ipc;
using DuckDB.NET.Data;

namespace Mockhaus.Engine.Results;

/// <summary>A query result streamed straight from DuckDB's Arrow export; owns the command until disposed.</summary>
internal sealed class DuckDbResultStream : IResultStream
{
    private readonly DuckDBCommand _command;
    private readonly IArrowArrayStream _stream;
    private readonly Func<Exception, Exception> _mapError;
    private readonly Action? _onDispose;
    private bool _finished;

    public DuckDbResultStream(DuckDBCommand command, IArrowArrayStream stream, IReadOnlyList<ResultColumn> columns,
        Func<Exception, Exception> mapError, Action? onDispose = null)
    {
        _onDispose = onDispose;
        _command = command;
        _stream = stream;
        _mapError = mapError;
        Columns = columns;
    }

    public IReadOnlyList<ResultColumn> Columns { get; }

    public Schema ArrowSchema => _stream.Schema;

    public RecordBatch? ReadNext()
    {
        if (_finished)
            return null;
        try
        {
            var batch = _stream.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult();
            _finished = batch is null;
            return batch;
        }
        catch (Exception e) when (e is not Mockhaus.Sql.Errors.SnowflakeSqlException)
        {
            _finished = true;
            throw _mapError(e);
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        _command.Dispose();
        _onDispose?.Invoke();
    }
}
