using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.C;
using Apache.Arrow.Ipc;
using DuckDB.NET.Data;

namespace Mockhaus.Engine.Results;

/// <summary>
/// Loads Arrow batches into a DuckDB temporary table without converting values: the batches are exported through
/// Arrow's C stream interface and scanned by DuckDB's own Arrow reader (<c>duckdb_arrow_scan</c>, which
/// DuckDB.NET does not wrap), so every type comes back exactly as DuckDB exported it.
/// </summary>
internal static partial class ArrowTableLoader
{
    [LibraryImport("duckdb", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int duckdb_arrow_scan(IntPtr connection, string tableName, IntPtr arrowStream);

    /// <summary>Creates <c>temp.main.<paramref name="table"/></c> from the batches (exported as shared slices: the caller keeps them).</summary>
    public static unsafe void Load(DuckDBConnection connection, string table, Schema schema, IReadOnlyList<RecordBatch> batches)
    {
        var view = table + "_scan";
        var stream = CArrowArrayStream.Create();
        try
        {
            CArrowArrayStreamExporter.ExportArrayStream(new BatchListStream(schema, batches.Select(SharedBatches.Share).ToList()), stream);
            var handle = connection.NativeConnection.DangerousGetHandle();
            if (duckdb_arrow_scan(handle, view, (IntPtr)stream) != 0)
                throw new InvalidOperationException("DuckDB could not scan the retained result.");
            Run(connection, $"CREATE OR REPLACE TEMPORARY TABLE {table} AS SELECT * FROM {view}; DROP VIEW IF EXISTS {view}");
        }
        finally
        {
            // Releases the stream (and any batch DuckDB did not read) unless DuckDB already did.
            CArrowArrayStream.Free(stream);
        }
    }

    private static void Run(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A fixed list of batches as an Arrow stream; each batch is handed out once.</summary>
    private sealed class BatchListStream(Schema schema, IReadOnlyList<RecordBatch> batches) : IArrowArrayStream
    {
        private int _next;

        public Schema Schema { get; } = schema;

        public ValueTask<RecordBatch?> ReadNextRecordBatchAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(_next < batches.Count ? batches[_next++] : null);

        public void Dispose()
        {
            while (_next < batches.Count)
                batches[_next++].Dispose();
        }
    }
}
