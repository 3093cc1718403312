using Apache.Arrow;
using Apache.Arrow.C;
using Apache.Arrow.Ipc;
using DuckDB.NET.Native;
using Mockhaus.Engine.Errors;

namespace Mockhaus.Engine.Results;

/// <summary>
/// The chunks of a streaming DuckDB result as Arrow record batches, through DuckDB's own Arrow export (the same
/// conversion DuckDB.NET's <c>ExecuteArrowStream</c> uses), for results of statements run through the C API
/// (<see cref="Sessions.PreparedQuery"/>). Owns the result.
/// </summary>
internal sealed unsafe class NativeArrowStream : IArrowArrayStream
{
    private DuckDBResult _result;
    private readonly DuckDBArrowOptions _options;
    private bool _ended;
    private bool _disposed;

    /// <param name="schema">The result's Arrow schema, when the caller already knows it; otherwise read from the result.</param>
    public NativeArrowStream(DuckDBResult result, Schema? schema)
    {
        _result = result;
        _options = NativeMethods.Arrow.DuckDBResultGetArrowOptions(ref _result);
        Schema = schema ?? ReadSchema();
    }

    public Schema Schema { get; }

    public ValueTask<RecordBatch?> ReadNextRecordBatchAsync(CancellationToken cancellationToken = default) => new(ReadNext());

    private RecordBatch? ReadNext()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_ended)
            return null;
        using var chunk = NativeMethods.StreamingResult.DuckDBStreamFetchChunk(_result);
        if (chunk.IsInvalid)
        {
            // No chunk: the end of the result, or a failure while producing it.
            _ended = true;
            var error = NativeMethods.Query.DuckDBResultError(ref _result);
            return string.IsNullOrEmpty(error) ? null : throw new DuckDbNativeError(error);
        }
        var array = CArrowArray.Create();
        try
        {
            using (var error = NativeMethods.Arrow.DuckDBDataChunkToArrow(_options, chunk, (IntPtr)array))
                ThrowIfFailed(error);
            return CArrowArrayImporter.ImportRecordBatch(array, Schema);
        }
        finally
        {
            CArrowArray.Free(array);
        }
    }

    private Schema ReadSchema()
    {
        var count = (long)NativeMethods.Query.DuckDBColumnCount(ref _result);
        var types = new DuckDBLogicalType[count];
        var typeHandles = new IntPtr[count];
        var names = new IntPtr[count];
        var schema = CArrowSchema.Create();
        try
        {
            for (var i = 0; i < count; i++)
            {
                types[i] = NativeMethods.Query.DuckDBColumnLogicalType(ref _result, i);
                typeHandles[i] = types[i].DangerousGetHandle();
                names[i] = System.Runtime.InteropServices.Marshal.StringToCoTaskMemUTF8(NativeMethods.Query.DuckDBColumnName(ref _result, i));
            }
            fixed (IntPtr* typesPointer = typeHandles)
            fixed (IntPtr* namesPointer = names)
            {
                using var error = NativeMethods.Arrow.DuckDBToArrowSchema(_options, (IntPtr)typesPointer, (IntPtr)namesPointer, (ulong)count, (IntPtr)schema);
                ThrowIfFailed(error);
            }
            return CArrowSchemaImporter.ImportSchema(schema);
        }
        finally
        {
            CArrowSchema.Free(schema);
            foreach (var type in types)
                type?.Dispose();
            foreach (var name in names)
                System.Runtime.InteropServices.Marshal.FreeCoTaskMem(name);
        }
    }

    private static void ThrowIfFailed(DuckDBErrorData error)
    {
        if (!error.IsInvalid && error.HasError)
            throw new DuckDbNativeError(error.Message ?? "DuckDB could not convert the result to Arrow");
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _options.Dispose();
        NativeMethods.Query.DuckDBDestroyResult(ref _result);
    }
}
