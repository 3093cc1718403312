namespace Mockhaus.Sql.Lexing;

/// <summary>
/// One lexical token. <see cref="Text"/> is the exact source slice; <see cref="Value"/> the meaningful content
/// (unescaped string, unquoted identifier, bind name). Line is 1-based and Column 0-based, as Snowflake reports them.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, string Value, int Offset, int Line, int Column)
{
    public int End => Offset + Text.Length;

    /// <summary>True for an unquoted word equal (case-insensitively) to <paramref name="keyword"/>.</summary>
    public bool IsWord(string keyword) =>
        Kind == TokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>How a syntax error names this token: Snowflake quotes the token text, or '&lt;EOF&gt;'.</summary>
    public string ErrorText => Kind == TokenKind.EndOfInput ? "<EOF>" : Text;
}
