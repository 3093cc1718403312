namespace Mockhaus.Sql.Functions;

/// <summary>
/// Context functions (CURRENT_DATABASE() ...). Their values belong to the session, so they read DuckDB variables
/// the engine keeps up to date (MH_CURRENT_DATABASE, ...); translations stay cacheable by statement text.
/// </summary>
public static partial class FunctionLibrary
{
    /// <summary>The DuckDB variable holding this session's query ids, oldest first (for LAST_QUERY_ID).</summary>
    public const string QueryHistoryVariable = "MH_QUERY_HISTORY";

    /// <summary>The DuckDB variable holding the text of the running statement (for CURRENT_STATEMENT).</summary>
    public const string CurrentStatementVariable = "MH_CURRENT_STATEMENT";

    private static void RegisterContext()
    {
        RegisterContextFunctions();
        // The session's context and history: answered by the session as it is now, never from an earlier result.
        NotReusable(Definitions.Keys.Where(name => name.StartsWith("CURRENT_", StringComparison.Ordinal) || name == "LAST_QUERY_ID").ToArray());
    }

    private static void RegisterContextFunctions()
    {
        ContextVariable("CURRENT_DATABASE", "MH_CURRENT_DATABASE");
        ContextVariable("CURRENT_SCHEMA", "MH_CURRENT_SCHEMA");
        ContextVariable("CURRENT_ROLE", "MH_CURRENT_ROLE");
        ContextVariable("CURRENT_WAREHOUSE", "MH_CURRENT_WAREHOUSE");
        ContextVariable("CURRENT_USER", "MH_CURRENT_USER");
        ContextVariable("CURRENT_SESSION", "MH_CURRENT_SESSION");
        ContextVariable("CURRENT_ACCOUNT", "MH_CURRENT_ACCOUNT");
        ContextVariable("CURRENT_ACCOUNT_NAME", "MH_CURRENT_ACCOUNT");
        ContextVariable("CURRENT_CLIENT", "MH_CURRENT_CLIENT");
        ContextVariable("CURRENT_TRANSACTION", "MH_CURRENT_TRANSACTION");
        ContextVariable("CURRENT_STATEMENT", CurrentStatementVariable);
        Simple("CURRENT_ORGANIZATION_NAME", 0, 0, _ => "'MOCKHAUS'");
        Simple("CURRENT_VERSION", 0, 0, _ => "'9.0.0'");
        Simple("CURRENT_REGION", 0, 0, _ => "'AWS_US_WEST_2'");
        Simple("CURRENT_IP_ADDRESS", 0, 0, _ => "'127.0.0.1'");
        Simple("CURRENT_SECONDARY_ROLES", 0, 0, _ => "'{\"roles\":\"\",\"value\":\"\"}'");
        Simple("CURRENT_AVAILABLE_ROLES", 0, 0, _ => "'[\"ACCOUNTADMIN\",\"PUBLIC\",\"SECURITYADMIN\",\"SYSADMIN\",\"USERADMIN\"]'");
        // CURRENT_SCHEMAS returns the search path as a JSON-like array text: ["DB.SCHEMA"] (docs: current_schemas).
        Simple("CURRENT_SCHEMAS", 0, 0, _ =>
            "CASE WHEN getvariable('MH_CURRENT_SCHEMA') IS NULL THEN '[]' ELSE '[\"' || getvariable('MH_CURRENT_DATABASE') || '.' || getvariable('MH_CURRENT_SCHEMA') || '\"]' END");
        // LAST_QUERY_ID(n): n = -1 (default) is the latest, 1 the first of the session; out of range gives ''.
        Simple("LAST_QUERY_ID", 0, 1, a =>
            $"coalesce(list_extract(getvariable('{QueryHistoryVariable}'), {(a.Length == 0 ? "-1" : a[0])}::INTEGER), '')");
    }

    private static void ContextVariable(string name, string variable) =>
        Simple(name, 0, 0, _ => $"CAST(getvariable('{variable}') AS VARCHAR)");
}
