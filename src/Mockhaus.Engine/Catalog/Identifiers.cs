namespace Mockhaus.Engine.Catalog;

/// <summary>Helpers for putting Snowflake-resolved names into DuckDB SQL.</summary>
public static class Identifiers
{
    /// <summary>Quotes a resolved identifier for DuckDB ("My""Name").</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";

    /// <summary>A string literal, or NULL.</summary>
    public static string LiteralOrNull(string? value) => value is null ? "NULL" : Literal(value);

    /// <summary>
    /// Resolves a name as a driver or login sends it: unquoted names are upper-cased, "quoted" names kept verbatim.
    /// </summary>
    public static string Resolve(string raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"')
            return trimmed[1..^1].Replace("\"\"", "\"");
        return trimmed.ToUpperInvariant();
    }
}
