using Mockhaus.Sql;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// Test double for the translator seam: passes DuckDB SQL through and classifies it by its first keyword,
/// so engine behaviour is tested independently of the Snowflake parser.
/// </summary>
internal sealed class KeywordTranslator : ISqlTranslator
{
    public IReadOnlyList<TranslatedStatement> Translate(string sql)
    {
        var words = sql.Trim().Split([' ', '\n', '(', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var kind = words[0].ToUpperInvariant() switch
        {
            "SELECT" or "WITH" or "FROM" => StatementKind.Select,
            "INSERT" => StatementKind.Insert,
            "UPDATE" => StatementKind.Update,
            "DELETE" => StatementKind.Delete,
            "MERGE" => StatementKind.Merge,
            "CREATE" when words[1].Equals("TABLE", StringComparison.OrdinalIgnoreCase) => StatementKind.CreateTable,
            "DROP" => StatementKind.Drop,
            "CREATE" => StatementKind.CreateOther,
            _ => StatementKind.Unknown,
        };
        ObjectName? target = kind is StatementKind.CreateTable or StatementKind.Drop ? new ObjectName(null, null, words[2].ToUpperInvariant()) : null;
        return [new TranslatedStatement(sql, kind, sql, target: target)];
    }
}
