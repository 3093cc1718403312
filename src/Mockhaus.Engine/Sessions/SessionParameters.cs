namespace Mockhaus.Engine.Sessions;

/// <summary>Session parameters with Snowflake's defaults; the server reports them to the drivers.</summary>
public sealed class SessionParameters
{
    private static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["TIMEZONE"] = "America/Los_Angeles",
        ["DATE_OUTPUT_FORMAT"] = "YYYY-MM-DD",
        ["TIME_OUTPUT_FORMAT"] = "HH24:MI:SS",
        ["TIMESTAMP_OUTPUT_FORMAT"] = "YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM",
        ["TIMESTAMP_NTZ_OUTPUT_FORMAT"] = "YYYY-MM-DD HH24:MI:SS.FF3",
        ["TIMESTAMP_LTZ_OUTPUT_FORMAT"] = "",
        ["TIMESTAMP_TZ_OUTPUT_FORMAT"] = "",
        ["BINARY_OUTPUT_FORMAT"] = "HEX",
        ["TIMESTAMP_TYPE_MAPPING"] = "TIMESTAMP_NTZ",
        ["WEEK_START"] = "0",
        ["WEEK_OF_YEAR_POLICY"] = "0",
        ["AUTOCOMMIT"] = "true",
        ["QUERY_TAG"] = "",
        ["STATEMENT_TIMEOUT_IN_SECONDS"] = "172800",
        ["QUOTED_IDENTIFIERS_IGNORE_CASE"] = "false",
        ["DOTNET_QUERY_RESULT_FORMAT"] = "ARROW",
        ["PYTHON_CONNECTOR_QUERY_RESULT_FORMAT"] = "ARROW",
        ["JDBC_QUERY_RESULT_FORMAT"] = "ARROW",
        ["ODBC_QUERY_RESULT_FORMAT"] = "ARROW",
        ["MULTI_STATEMENT_COUNT"] = "1",
        ["CLIENT_PREFETCH_THREADS"] = "4",
        ["CLIENT_SESSION_KEEP_ALIVE"] = "false",
        ["CLIENT_SESSION_KEEP_ALIVE_HEARTBEAT_FREQUENCY"] = "3600",
        ["CLIENT_TELEMETRY_ENABLED"] = "false",
        ["CLIENT_RESULT_CHUNK_SIZE"] = "160",
        ["QUERY_CONTEXT_CACHE_SIZE"] = "5",
        ["JS_TREAT_INTEGER_AS_BIGINT"] = "false",
        ["USE_CACHED_RESULT"] = "true",
    };

    /// <summary>Parameters the function library reads from DuckDB variables named MH_&lt;parameter&gt;.</summary>
    public static readonly IReadOnlySet<string> FunctionVariables = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "WEEK_START", "WEEK_OF_YEAR_POLICY", "TIMESTAMP_TYPE_MAPPING", "TIMEZONE",
    };

    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string name) => Defaults.ContainsKey(name);

    public static string? DefaultOf(string name) => Defaults.TryGetValue(name, out var value) ? value : null;

    public string Get(string name) =>
        _values.TryGetValue(name, out var value) ? value : Defaults.TryGetValue(name, out var fallback) ? fallback : "";

    /// <summary>Changes with every <see cref="Set"/> and <see cref="Unset"/> (lets the server reuse its rendering of the values).</summary>
    public long Version { get; private set; }

    public void Set(string name, string value)
    {
        _values[name.ToUpperInvariant()] = value;
        Version++;
    }

    public void Unset(string name)
    {
        _values.Remove(name);
        Version++;
    }

    /// <summary>Every parameter with its current value (defaults included), names upper-case.</summary>
    public IEnumerable<KeyValuePair<string, string>> All =>
        Defaults.Keys.Union(_values.Keys, StringComparer.OrdinalIgnoreCase)
            .Select(name => new KeyValuePair<string, string>(name.ToUpperInvariant(), Get(name)));
}
