using System.Runtime.InteropServices;
using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using NativeAppender = DuckDB.NET.Native.DuckDBAppender;
using Mockhaus.Engine.Errors;

namespace Mockhaus.Engine.Binds;

/// <summary>
/// Appends whole bind columns to a table through DuckDB's C appender, a data chunk at a time: each column's typed
/// values are written straight into the chunk's vectors in one loop per column. DuckDB.NET's row appender costs a
/// few delegate and interface calls per value, which at 100,000 rows x 5 columns is most of an array-bind INSERT.
/// Only columns whose values fit the target column's storage as they are go this way.
/// </summary>
internal static unsafe class ChunkAppender
{
    /// <summary>Rows per data chunk: DuckDB's standard vector size.</summary>
    private const int ChunkRows = 2048;

    private static bool Supports(BindColumn column, DuckDBType type) => column switch
    {
        _ when column.IsAllNull() => true,
        TypedBindColumn<long> => type is DuckDBType.BigInt or DuckDBType.HugeInt,
        TypedBindColumn<double> => type == DuckDBType.Double,
        TypedBindColumn<bool> => type == DuckDBType.Boolean,
        TypedBindColumn<DateOnly> => type == DuckDBType.Date,
        TypedBindColumn<string> or Utf8TextBindColumn => type == DuckDBType.Varchar,
        _ => false,
    };

    /// <summary>A DECIMAL is stored as the integer of its width; 38 digits (NUMBER(38,0)) as a HUGEINT.</summary>
    private static DuckDBType StorageType(DuckDBLogicalType type)
    {
        var id = NativeMethods.LogicalType.DuckDBGetTypeId(type);
        return id == DuckDBType.Decimal && NativeMethods.LogicalType.DuckDBDecimalScale(type) == 0
            ? NativeMethods.LogicalType.DuckDBDecimalInternalType(type)
            : id;
    }

    /// <summary>
    /// Appends every row, or nothing and answers false when some column's values do not fit its table column's storage
    /// as they are (the caller then takes DuckDB.NET's appender, which converts). Throws <see cref="DuckDbNativeError"/>
    /// with DuckDB's message when the table refuses a row.
    /// </summary>
    public static bool TryAppend(DuckDBConnection connection, string catalog, string schema, string table, IReadOnlyList<BindColumn> columnsInTableOrder,
        int rowCount, Action checkInterrupts)
    {
        using var appender = Create(connection, catalog, schema, table);
        var count = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(appender);
        var types = new DuckDBLogicalType[count];
        var typeHandles = new IntPtr[count];
        var storage = new DuckDBType[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                types[i] = NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)i);
                typeHandles[i] = types[i].DangerousGetHandle();
                storage[i] = StorageType(types[i]);
                if (!Supports(columnsInTableOrder[i], storage[i]))
                    return false;
            }
            using var chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(typeHandles, (ulong)count);
            for (var start = 0; start < rowCount; start += ChunkRows)
            {
                checkInterrupts();
                var rows = Math.Min(ChunkRows, rowCount - start);
                NativeMethods.DataChunks.DuckDBDataChunkReset(chunk);
                for (var c = 0; c < count; c++)
                    Fill(NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, c), storage[c], columnsInTableOrder[c], start, rows);
                NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)rows);
                if (NativeMethods.Appender.DuckDBAppendDataChunk(appender, chunk) != DuckDBState.Success)
                    throw Failure(appender);
            }
            if (NativeMethods.Appender.DuckDBAppenderClose(appender) != DuckDBState.Success)
                throw Failure(appender);
            return true;
        }
        finally
        {
            foreach (var type in types)
                type?.Dispose();
        }
    }

    private static NativeAppender Create(DuckDBConnection connection, string catalog, string schema, string table)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreateExt(connection.NativeConnection, catalog, schema, table, out var appender) == DuckDBState.Success)
            return appender;
        var error = Failure(appender);
        appender.Dispose();
        throw error;
    }

    private static DuckDbNativeError Failure(NativeAppender appender)
    {
        using var error = NativeMethods.Appender.DuckDBAppenderErrorData(appender);
        return new DuckDbNativeError(!error.IsInvalid && error.HasError ? error.Message ?? "append failed" : "append failed");
    }

    /// <summary>Writes rows [start, start + rows) of one bind column into a vector of the chunk.</summary>
    private static void Fill(IntPtr vector, DuckDBType storage, BindColumn column, int start, int rows)
    {
        var data = NativeMethods.Vectors.DuckDBVectorGetData(vector);
        switch (column)
        {
            case TypedBindColumn<long> longs when storage == DuckDBType.HugeInt:
                var huge = (Int128*)data;
                for (var i = 0; i < rows; i++)
                    huge[i] = longs.Values[start + i];
                break;
            case TypedBindColumn<long> longs:
                longs.Values.AsSpan(start, rows).CopyTo(new Span<long>(data, rows));
                break;
            case TypedBindColumn<double> doubles:
                doubles.Values.AsSpan(start, rows).CopyTo(new Span<double>(data, rows));
                break;
            case TypedBindColumn<bool> flags:
                MemoryMarshal.AsBytes(flags.Values.AsSpan(start, rows)).CopyTo(new Span<byte>(data, rows));
                break;
            case TypedBindColumn<DateOnly> dates:
                var days = (int*)data;
                for (var i = 0; i < rows; i++)
                    days[i] = dates.Values[start + i].DayNumber - UnixEpochDayNumber;
                break;
            case TypedBindColumn<string> texts:
                FillText(vector, texts, start, rows);
                break;
            case Utf8TextBindColumn texts:
                FillUtf8(vector, texts, start, rows);
                break;
        }
        MarkNulls(vector, column, start, rows);
    }

    private static readonly int UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private static void FillText(IntPtr vector, TypedBindColumn<string> texts, int start, int rows)
    {
        Span<byte> small = stackalloc byte[256];
        for (var i = 0; i < rows; i++)
        {
            var text = texts.Values[start + i];
            if (text is null)
            {
                // A null string is NULL even where the column has no null mask.
                SetNull(vector, i);
                continue;
            }
            var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= small.Length ? small : new byte[Encoding.UTF8.GetByteCount(text)];
            var length = Encoding.UTF8.GetBytes(text, bytes);
            fixed (byte* pointer = bytes)
                NativeMethods.Vectors.DuckDBVectorAssignStringElementLength(vector, (ulong)i, pointer, length);
        }
    }

    private static readonly byte[] NonEmpty = [0];

    private static void FillUtf8(IntPtr vector, Utf8TextBindColumn texts, int start, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            if (texts.IsNullAt(start + i))
                continue;
            var bytes = texts.Utf8At(start + i);
            // An empty span pins as a null pointer; DuckDB gets a valid one with length 0.
            fixed (byte* pointer = bytes.IsEmpty ? NonEmpty : bytes)
                NativeMethods.Vectors.DuckDBVectorAssignStringElementLength(vector, (ulong)i, pointer, bytes.Length);
        }
    }

    private static void MarkNulls(IntPtr vector, BindColumn column, int start, int rows)
    {
        if (!column.HasNulls)
            return;
        for (var i = 0; i < rows; i++)
            if (column.IsNullAt(start + i))
                SetNull(vector, i);
    }

    private static void SetNull(IntPtr vector, int row)
    {
        NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
        NativeMethods.Vectors.DuckDBVectorGetValidity(vector)[row / 64] &= ~(1UL << (row % 64));
    }
}
