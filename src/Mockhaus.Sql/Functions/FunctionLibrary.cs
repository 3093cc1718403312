namespace Mockhaus.Sql.Functions;

/// <summary>
/// The Snowflake function library: every function Mockhaus knows, by upper-case name, and the DuckDB
/// setup (TEMP macros) each DuckDB connection needs before translated SQL that calls them can run.
/// </summary>
public static partial class FunctionLibrary
{
    private static readonly Dictionary<string, FunctionDefinition> Definitions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// DuckDB statements to run once on each new DuckDB connection (e.g. CREATE OR REPLACE TEMP MACRO ...).
    /// TEMP macros are used because they resolve whatever the connection's current catalog/schema is.
    /// </summary>
    public static IReadOnlyList<string> ConnectionSetupSql => SetupSql;

    private static readonly List<string> SetupSql = new();

    public static bool TryGet(string name, out FunctionDefinition definition) =>
        Definitions.TryGetValue(name, out definition!);

    public static IEnumerable<FunctionDefinition> All => Definitions.Values;

    private static void Add(FunctionDefinition definition) => Definitions[definition.Name] = definition;

    private static void AddSetup(string duckDbSql) => SetupSql.Add(duckDbSql);
}
