using Apache.Arrow;
using Apache.Arrow.Ipc;
using DuckDB.NET.Native;
using Mockhaus.Engine.Errors;
using Mockhaus.Engine.Results;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// A query without parameters, prepared once on a session's connection and run again for each execution of the same
/// DuckDB SQL. DuckDB.NET's commands parse the text twice (statement split, then prepare) and plan it at every
/// execution: for a short query that is most of DuckDB's time (a bare <c>SELECT 1</c>: about 140 µs through a command,
/// 15 µs as a reused prepared statement). The result's Arrow schema is converted once as well.
/// </summary>
internal sealed class PreparedQuery : IDisposable
{
    private readonly DuckDBPreparedStatement _statement;
    private Schema? _schema;

    private PreparedQuery(DuckDBPreparedStatement statement) => _statement = statement;

    /// <summary>
    /// The query prepared, or null when DuckDB cannot prepare it alone (an error, several statements, parameters): the
    /// caller then runs it the ordinary way, which reports any error as usual.
    /// </summary>
    public static PreparedQuery? TryPrepare(DuckDBNativeConnection connection, string sql)
    {
        var state = NativeMethods.PreparedStatements.DuckDBPrepare(connection, sql, out var statement);
        if (state == DuckDBState.Success && NativeMethods.PreparedStatements.DuckDBParams(statement) == 0)
            return new PreparedQuery(statement);
        statement.Dispose();
        return null;
    }

    /// <summary>Runs the query in streaming mode; the stream owns the result.</summary>
    public IArrowArrayStream Execute()
    {
        if (NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(_statement, out var result) != DuckDBState.Success)
        {
            var error = NativeMethods.Query.DuckDBResultError(ref result);
            NativeMethods.Query.DuckDBDestroyResult(ref result);
            throw new DuckDbNativeError(string.IsNullOrEmpty(error) ? "DuckDB could not execute the statement" : error);
        }
        var stream = new NativeArrowStream(result, _schema);
        _schema = stream.Schema;
        return stream;
    }

    public void Dispose() => _statement.Dispose();
}
