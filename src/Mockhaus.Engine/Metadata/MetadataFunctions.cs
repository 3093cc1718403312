using DuckDB.NET.Data;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// Metadata functions callable from SQL, registered as DuckDB scalar functions on a session's connection:
/// <c>mh_get_ddl(kind, name)</c> and <c>mh_get_ddl(kind, name, use_fully_qualified_names)</c> compute GET_DDL
/// (https://docs.snowflake.com/en/sql-reference/functions/get_ddl). The function library translates GET_DDL(...) to
/// mh_get_ddl(...). A scalar function cannot query the connection that is running it, so the metadata is read
/// through <paramref name="context"/>'s connection, which must be another connection to the same DuckDB instance
/// (e.g. a Duplicate() of the session's): it sees every committed object, not the session's TEMPORARY tables.
/// </summary>
public static class MetadataFunctions
{
    public const string GetDdlFunction = "mh_get_ddl";

    public static void Register(DuckDBConnection sessionConnection, Func<MetadataContext> context)
    {
        var options = new ScalarFunctionOptions { IsPureFunction = false };
        sessionConnection.RegisterScalarFunction<string, string, string>(GetDdlFunction, (readers, writer, rows) =>
        {
            var ctx = context();
            for (ulong i = 0; i < rows; i++)
                writer.WriteValue(DdlGenerator.GetDdl(readers[0].GetValue<string>(i), readers[1].GetValue<string>(i), ctx), i);
        }, options);
        sessionConnection.RegisterScalarFunction<string, string, bool, string>(GetDdlFunction, (readers, writer, rows) =>
        {
            var ctx = context();
            for (ulong i = 0; i < rows; i++)
                writer.WriteValue(DdlGenerator.GetDdl(readers[0].GetValue<string>(i), readers[1].GetValue<string>(i), ctx,
                    readers[2].GetValue<bool>(i)), i);
        }, options);
    }
}
