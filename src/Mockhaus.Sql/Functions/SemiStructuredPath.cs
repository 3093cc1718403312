using System.Text;

namespace Mockhaus.Sql.Functions;

/// <summary>
/// Converts a Snowflake semi-structured path (GET_PATH, JSON_EXTRACT_PATH_TEXT: <c>a.b[0]."c d"['e']</c>) into the
/// DuckDB JSONPath the generator also uses for <c>v:a.b[0]</c> (<c>$."a"."b"[0]."c d"."e"</c>).
/// </summary>
public static class SemiStructuredPath
{
    /// <summary>The DuckDB JSONPath for a Snowflake path, or null when the path is malformed.</summary>
    public static string? ToJsonPath(string path)
    {
        var result = new StringBuilder("$");
        var i = 0;
        var first = true;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0) return null;
                var inner = path[(i + 1)..close].Trim();
                if (inner.Length >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[^1] == inner[0])
                    AppendKey(result, inner[1..^1]);
                else if (int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                    result.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                else
                    return null;
                i = close + 1;
            }
            else
            {
                if (c == '.')
                {
                    if (first) return null;
                    i++;
                    if (i >= path.Length) return null;
                    c = path[i];
                }
                if (c == '"')
                {
                    var close = path.IndexOf('"', i + 1);
                    if (close < 0) return null;
                    AppendKey(result, path[(i + 1)..close]);
                    i = close + 1;
                }
                else
                {
                    var start = i;
                    while (i < path.Length && path[i] != '.' && path[i] != '[') i++;
                    if (i == start) return null;
                    AppendKey(result, path[start..i]);
                }
            }
            first = false;
        }
        return result.ToString();
    }

    private static void AppendKey(StringBuilder result, string key) =>
        result.Append(".\"").Append(key.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
}
