using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Lexing;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

/// <summary>
/// Recursive-descent parser for Snowflake SQL. Produces one <see cref="ParsedStatement"/> per ';'-separated statement.
/// Every failure is a <see cref="SnowflakeSqlException"/>: syntax errors name the offending token the way Snowflake does.
/// </summary>
public sealed partial class Parser
{
    /// <summary>Bounds recursion so that pathological nesting fails with an error instead of overflowing the stack.</summary>
    private const int MaxNestingDepth = 150;

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private int _index;
    private int _depth;
    private int _positionalBinds;
    private int _operators;

    /// <summary>
    /// Bounds the binary operators of one statement. Chains are generated iteratively, so this only caps the work a single
    /// statement may ask for; it is far above what generated INSERTs with thousands of rows contain.
    /// </summary>
    private const int MaxOperatorsPerStatement = 200_000;
    private readonly HashSet<string> _bindKeys = new();

    private Parser(string text)
    {
        _text = text;
        _tokens = Tokenizer.Tokenize(text);
    }

    public static IReadOnlyList<ParsedStatement> ParseScript(string text, TranslationSettings? settings = null)
    {
        var parser = new Parser(text) { _settings = settings ?? TranslationSettings.Default };
        return parser.ParseStatements();
    }

    private IReadOnlyList<ParsedStatement> ParseStatements()
    {
        var statements = new List<ParsedStatement>();
        while (true)
        {
            while (AcceptSymbol(";")) { }
            if (Current.Kind == TokenKind.EndOfInput)
                return statements;
            var start = Current;
            _positionalBinds = 0;
            _operators = 0;
            _bindKeys.Clear();
            var statement = ParseStatement();
            var end = _tokens[_index - 1];
            if (!Current.IsSymbol(";") && Current.Kind != TokenKind.EndOfInput)
                throw Unexpected();
            statements.Add(new ParsedStatement(statement, _text[start.Offset..end.End], _bindKeys.Count));
        }
    }

    // ---- token navigation -------------------------------------------------------------------------------------------

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = Current;
        if (token.Kind != TokenKind.EndOfInput) _index++;
        return token;
    }

    private bool IsWord(string keyword) => Current.IsWord(keyword);

    private bool IsWordAt(int ahead, string keyword) => PeekToken(ahead).IsWord(keyword);

    private bool IsSymbol(string symbol) => Current.IsSymbol(symbol);

    private bool AcceptWord(string keyword)
    {
        if (!IsWord(keyword)) return false;
        _index++;
        return true;
    }

    private bool AcceptWords(params string[] keywords)
    {
        for (var i = 0; i < keywords.Length; i++)
            if (!IsWordAt(i, keywords[i])) return false;
        _index += keywords.Length;
        return true;
    }

    private bool AcceptSymbol(string symbol)
    {
        if (!IsSymbol(symbol)) return false;
        _index++;
        return true;
    }

    private void ExpectWord(string keyword)
    {
        if (!AcceptWord(keyword)) throw Unexpected();
    }

    private void ExpectSymbol(string symbol)
    {
        if (!AcceptSymbol(symbol)) throw Unexpected();
    }

    private bool AtStatementEnd => Current.Kind == TokenKind.EndOfInput || IsSymbol(";");

    private SnowflakeSqlException Unexpected() => Unexpected(Current);

    private static SnowflakeSqlException Unexpected(Token token) =>
        SnowflakeErrors.Syntax(token.Line, token.Column, token.ErrorText);

    /// <summary>Counts one binary operator; pathological chains fail like pathological nesting.</summary>
    private void CountOperator()
    {
        if (++_operators > MaxOperatorsPerStatement)
            throw SnowflakeErrors.TooDeeplyNested(Current.Line, Current.Column);
    }

    private NestingScope EnterNesting()
    {
        if (++_depth > MaxNestingDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw SnowflakeErrors.TooDeeplyNested(Current.Line, Current.Column);
        return new NestingScope(this);
    }

    private readonly struct NestingScope(Parser parser) : IDisposable
    {
        public void Dispose() => parser._depth--;
    }

    // ---- identifiers and names --------------------------------------------------------------------------------------

    /// <summary>
    /// Snowflake's reserved words that matter to query syntax: never an unquoted identifier in an expression
    /// (https://docs.snowflake.com/en/sql-reference/reserved-keywords).
    /// </summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "AND", "ANY", "AS", "BETWEEN", "BY", "CASE", "CONNECT", "CROSS", "DISTINCT", "ELSE", "EXISTS", "FOR", "FROM",
        "FULL", "GROUP", "HAVING", "ILIKE", "IN", "INNER", "INTERSECT", "INTO", "IS", "JOIN", "LATERAL", "LEFT", "LIKE", "MINUS",
        "NATURAL", "NOT", "NULL", "ON", "OR", "ORDER", "QUALIFY", "REGEXP", "RIGHT", "RLIKE", "SAMPLE", "SELECT", "SET", "SOME",
        "START", "TABLESAMPLE", "THEN", "UNION", "USING", "VALUES", "WHEN", "WHERE", "WITH",
    };

    /// <summary>Non-reserved words that start a clause: usable as column names, but never taken as an implicit alias.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ASOF", "END", "EXCEPT", "FETCH", "LIMIT", "MATCH_CONDITION", "OFFSET", "PIVOT", "UNPIVOT", "WINDOW", "TOP",
        "CHANGES", "AT", "BEFORE", "OVER",
    };

    /// <summary>Whether the token can start an implicit alias (or window name) in this position.</summary>
    private bool IsIdentifierStart(Token token) =>
        token.Kind == TokenKind.QuotedIdentifier
        || (token.Kind == TokenKind.Word && !Reserved.Contains(token.Text) && !ClauseWords.Contains(token.Text));

    private Identifier ParseIdentifier()
    {
        var token = Current;
        if (token.Kind == TokenKind.QuotedIdentifier) { Advance(); return QuotedIdentifier(token.Value); }
        if (token.Kind == TokenKind.Word) { Advance(); return new Identifier(token.Text, false); }
        throw Unexpected();
    }

    private List<Identifier> ParseIdentifierList()
    {
        var list = new List<Identifier> { ParseIdentifier() };
        while (AcceptSymbol(",")) list.Add(ParseIdentifier());
        return list;
    }

    private List<Identifier> ParseParenthesizedIdentifierList()
    {
        ExpectSymbol("(");
        var list = ParseIdentifierList();
        ExpectSymbol(")");
        return list;
    }

    /// <summary>name, db.schema.name, db..name or IDENTIFIER('name') / IDENTIFIER($var).</summary>
    private QualifiedName ParseQualifiedName()
    {
        if (IsWord("IDENTIFIER") && PeekToken().IsSymbol("("))
            return ParseIdentifierFunction();
        var parts = new List<Identifier> { ParseIdentifier() };
        while (IsSymbol(".") && PeekToken().Kind is TokenKind.Word or TokenKind.QuotedIdentifier or TokenKind.Symbol)
        {
            if (PeekToken().IsSymbol("."))
            {
                // db..table means the PUBLIC schema.
                Advance();
                parts.Add(new Identifier("PUBLIC", false));
                continue;
            }
            if (PeekToken().Kind == TokenKind.Symbol) break;
            Advance();
            parts.Add(ParseIdentifier());
        }
        if (parts.Count > 3) throw Unexpected(_tokens[_index - 1]);
        return new QualifiedName(parts);
    }

    private QualifiedName ParseIdentifierFunction()
    {
        Advance();
        ExpectSymbol("(");
        var token = Current;
        QualifiedName name;
        if (token.Kind == TokenKind.String)
        {
            Advance();
            name = ParseNameFromString(token);
        }
        else if (token.Kind == TokenKind.Variable)
        {
            Advance();
            name = new QualifiedName(Array.Empty<Identifier>(), token.Value.ToUpperInvariant());
        }
        else if (token.Kind == TokenKind.Bind)
        {
            Advance();
            name = new QualifiedName(Array.Empty<Identifier>()) { Bind = MakeBind(token) };
        }
        else throw Unexpected();
        ExpectSymbol(")");
        return name;
    }

    /// <summary>IDENTIFIER('db.s."MixedCase"'): the string holds a name written with SQL identifier rules.</summary>
    private static QualifiedName ParseNameFromString(Token stringToken)
    {
        try
        {
            var inner = new Parser(stringToken.Value);
            var name = inner.ParseQualifiedName();
            if (inner.Current.Kind != TokenKind.EndOfInput) throw inner.Unexpected();
            return name;
        }
        catch (SnowflakeSqlException)
        {
            throw SnowflakeErrors.InvalidIdentifier(stringToken.Value);
        }
    }

    private string ParseStringLiteral()
    {
        if (Current.Kind != TokenKind.String) throw Unexpected();
        return Advance().Value;
    }

    private long ParseSignedInteger()
    {
        var negative = AcceptSymbol("-");
        var token = Current;
        if (token.Kind != TokenKind.Number || !long.TryParse(token.Text, out var value)) throw Unexpected();
        Advance();
        return negative ? -value : value;
    }

    /// <summary>Upper-cased source text of tokens [from, to): how Snowflake names an unaliased select item.</summary>
    private string DisplayText(int fromToken, int toToken)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = fromToken; i < toToken; i++)
        {
            var token = _tokens[i];
            if (i > fromToken)
                builder.Append(_text, _tokens[i - 1].End, token.Offset - _tokens[i - 1].End);
            builder.Append(token.Kind == TokenKind.QuotedIdentifier ? token.Text : token.Text.ToUpperInvariant());
        }
        return builder.ToString();
    }

    private string SourceSlice(int fromToken, int toToken) =>
        toToken <= fromToken ? "" : _text[_tokens[fromToken].Offset.._tokens[toToken - 1].End];
}
