using DuckDB.NET.Data;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// SYSTEM$CANCEL_QUERY('&lt;query id&gt;') as a DuckDB scalar function of the engine's database instance: it interrupts the
/// statement of any session that runs under that id and answers Snowflake's text "query [&lt;id&gt;] terminated."
/// (docs: https://docs.snowflake.com/en/sql-reference/functions/system_cancel_query).
/// </summary>
internal static class CancelQueryFunction
{
    /// <summary>What Snowflake answers (as error 000605) when the id names no running statement.</summary>
    public const string NotExecutingMessage = "Identified SQL statement is not currently executing.";

    public static void Register(DuckDBConnection connection, RunningQueries running) =>
        connection.RegisterScalarFunction<string, string>(FunctionLibrary.CancelQueryFunction, (readers, writer, rowCount) =>
        {
            for (ulong row = 0; row < rowCount; row++)
            {
                var queryId = readers[0].GetValue<string>(row);
                // A message DuckDbErrorMapper recognises and turns into 000605.
                if (!running.Cancel(queryId))
                    throw new InvalidOperationException(NotExecutingMessage);
                writer.WriteValue($"query [{queryId}] terminated.", row);
            }
        }, new ScalarFunctionOptions { IsPureFunction = false });
}
