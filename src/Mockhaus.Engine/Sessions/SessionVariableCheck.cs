using Mockhaus.Engine.Errors;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// A statement that reads a session variable nobody SET fails before it runs, as in Snowflake; DuckDB would
/// silently read NULL. The error points at the first reference in the statement text.
/// </summary>
internal static class SessionVariableCheck
{
    public static void Check(TranslatedStatement statement, IReadOnlyCollection<string> defined)
    {
        foreach (var name in statement.SessionVariables)
            if (!defined.Contains(name))
                throw Missing(name, statement.SourceText);
    }

    private static SnowflakeSqlException Missing(string name, string text)
    {
        var index = FirstReference(text, "$" + name);
        if (index < 0)
            return EngineErrors.VariableDoesNotExist(name);
        var lineStart = text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        var line = text.AsSpan(0, index).Count('\n') + 1;
        return EngineErrors.VariableDoesNotExist(name, line, index - lineStart);
    }

    /// <summary>Where "$NAME" first occurs as a whole reference (not the start of a longer name), ignoring case.</summary>
    private static int FirstReference(string text, string reference)
    {
        for (var from = 0; ;)
        {
            var index = text.IndexOf(reference, from, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
                return -1;
            var end = index + reference.Length;
            if (end == text.Length || !(char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '$'))
                return index;
            from = index + 1;
        }
    }
}
