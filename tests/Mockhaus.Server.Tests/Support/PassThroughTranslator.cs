using System.Text.RegularExpressions;
using Mockhaus.Sql;

namespace Mockhaus.Server.Tests.Support;

/// <summary>
/// Test double for the SQL translator: passes SQL through to DuckDB unchanged and classifies each statement
/// by its first keywords. Splits on ';' outside quotes. Only for protocol tests of SQL that DuckDB and
/// Snowflake spell alike.
/// </summary>
public sealed partial class PassThroughTranslator : ISqlTranslator
{
    public IReadOnlyList<TranslatedStatement> Translate(string sql) =>
        Split(sql).Select(text => new TranslatedStatement(text, Classify(text, out var target), text, target: target)).ToList();

    private static IEnumerable<string> Split(string sql)
    {
        var start = 0;
        var inQuote = false;
        for (var i = 0; i < sql.Length; i++)
        {
            if (sql[i] == '\'') inQuote = !inQuote;
            else if (sql[i] == ';' && !inQuote)
            {
                if (sql[start..i].Trim() is { Length: > 0 } part) yield return part;
                start = i + 1;
            }
        }
        if (sql[start..].Trim() is { Length: > 0 } last) yield return last;
    }

    private static StatementKind Classify(string text, out ObjectName? target)
    {
        target = null;
        var words = Words().Matches(text).Select(m => m.Value.ToUpperInvariant()).Take(6).ToArray();
        var first = words.ElementAtOrDefault(0);
        var second = words.ElementAtOrDefault(1);
        if (first == "CREATE")
        {
            var name = words.SkipWhile(w => w is "CREATE" or "OR" or "REPLACE" or "TEMPORARY" or "TEMP" or "TABLE" or "IF" or "NOT" or "EXISTS").FirstOrDefault();
            target = name is null ? null : new ObjectName(null, null, name);
        }
        return (first, second) switch
        {
            ("SELECT" or "WITH" or "VALUES" or "FROM", _) => StatementKind.Select,
            ("INSERT", _) => StatementKind.Insert,
            ("UPDATE", _) => StatementKind.Update,
            ("DELETE", _) => StatementKind.Delete,
            ("CREATE", _) when words.Contains("TABLE") => StatementKind.CreateTable,
            ("CREATE", _) => StatementKind.CreateOther,
            ("DROP", _) => StatementKind.Drop,
            ("ALTER", _) => StatementKind.AlterTable,
            ("BEGIN", _) => StatementKind.Begin,
            ("COMMIT", _) => StatementKind.Commit,
            ("ROLLBACK", _) => StatementKind.Rollback,
            _ => StatementKind.Unknown,
        };
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Words();
}
