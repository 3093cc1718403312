namespace Mockhaus.Sql.Generation;

/// <summary>
/// $name and IDENTIFIER($name) read DuckDB variables, which are NULL when unset; Snowflake fails instead
/// (002211 "Session variable '$NAME' does not exist"), so the names read are listed for the engine to check.
/// </summary>
public sealed partial class DuckDbGenerator
{
    private readonly SortedSet<string> _sessionVariables = new(StringComparer.Ordinal);

    /// <summary>Resolved names of the session variables the statement reads.</summary>
    public IReadOnlyCollection<string> SessionVariables => _sessionVariables;

    private string ReadSessionVariable(string resolvedName)
    {
        _sessionVariables.Add(resolvedName);
        return $"getvariable({QuoteString(resolvedName)})";
    }
}
