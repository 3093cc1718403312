namespace Mockhaus.Sql.Lexing;

/// <summary>The lexical category of a <see cref="Token"/>.</summary>
public enum TokenKind
{
    /// <summary>An unquoted word: keyword or identifier (the parser decides which).</summary>
    Word,
    /// <summary>A "double-quoted" identifier; <see cref="Token.Value"/> holds the unescaped name.</summary>
    QuotedIdentifier,
    /// <summary>A '...' or $$...$$ string; <see cref="Token.Value"/> holds the unescaped text.</summary>
    String,
    Number,
    /// <summary>$name: a session variable.</summary>
    Variable,
    /// <summary>$1: a positional column reference (staged files, VALUES).</summary>
    PositionalColumn,
    /// <summary>'?', ':1' or ':name'.</summary>
    Bind,
    /// <summary>An operator or punctuation mark ( ( ) , ; . :: => || &lt;= ... ).</summary>
    Symbol,
    /// <summary>A whitespace-separated chunk of a PUT/GET/LIST/REMOVE command (file URIs and stage paths are not SQL tokens).</summary>
    RawText,
    EndOfInput,
}
