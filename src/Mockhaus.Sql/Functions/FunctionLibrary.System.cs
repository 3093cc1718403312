namespace Mockhaus.Sql.Functions;

/// <summary>
/// System functions (SYSTEM$...). They act on the engine rather than on values, so they map to C# functions the
/// engine registers on every session connection.
/// </summary>
public static partial class FunctionLibrary
{
    /// <summary>The engine's DuckDB function behind SYSTEM$CANCEL_QUERY.</summary>
    public const string CancelQueryFunction = "mh_system_cancel_query";

    /// <summary>TO_CHAR(number, format) as a scalar function the engine provides (see <see cref="NumericFormatModel"/>).</summary>
    public const string NumberFormatFunction = "mh_format_number";

    private static void RegisterSystem()
    {
        // docs: https://docs.snowflake.com/en/sql-reference/functions/system_cancel_query
        Simple("SYSTEM$CANCEL_QUERY", 1, 1, a => $"{CancelQueryFunction}(CAST({a[0]} AS VARCHAR))");
        NotReusable("SYSTEM$CANCEL_QUERY");
    }
}
