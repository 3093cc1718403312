namespace Mockhaus.Sql.Functions;

/// <summary>
/// One argument of a function call, already generated as DuckDB SQL by the generator, plus the source facts a
/// function needs when an argument is a keyword rather than a value (DATEADD(day, ...)) or a literal it must
/// inspect (TO_CHAR(d, 'YYYY-MM-DD')).
/// </summary>
public sealed class FunctionArgument
{
    public FunctionArgument(string sql, string? bareWord = null, string? stringLiteral = null, string? name = null)
    {
        Sql = sql;
        BareWord = bareWord;
        StringLiteral = stringLiteral;
        Name = name;
    }

    /// <summary>The argument as DuckDB SQL (parenthesise it when embedding it in an operator expression).</summary>
    public string Sql { get; }

    /// <summary>The identifier text as written when the argument was a single bare identifier (e.g. a date part), else null.</summary>
    public string? BareWord { get; }

    /// <summary>The unescaped value when the argument was a string literal, else null.</summary>
    public string? StringLiteral { get; }

    /// <summary>The upper-cased name of a named argument (<c>INPUT =&gt; x</c>), else null.</summary>
    public string? Name { get; }
}
