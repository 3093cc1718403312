using System.Text;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Lexing;

/// <summary>
/// Splits Snowflake SQL text into tokens. Comments and whitespace are dropped; every token keeps its source
/// position so the parser can report Snowflake-style "line L at position P" errors and slice statement text.
/// </summary>
public sealed class Tokenizer
{
    // Longest first: the scanner takes the first symbol that matches at the current position.
    private static readonly string[] Symbols =
    {
        "::", "=>", "->", "||", "<=", ">=", "<>", "!=", "==",
        "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "+", "-", "*", "/", "%", "=", "<", ">", "^", "~", "&", "|", "@",
    };

    private readonly string _text;
    private readonly List<Token> _tokens = new();
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private Tokenizer(string text) => _text = text;

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokenizer = new Tokenizer(text);
        tokenizer.ScanAll();
        return tokenizer._tokens;
    }

    private char Current => _position < _text.Length ? _text[_position] : '\0';

    private char Peek(int ahead) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private void ScanAll()
    {
        while (true)
        {
            SkipTrivia();
            if (_position >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.EndOfInput, "", "", _position, _line, _position - _lineStart));
                return;
            }
            var token = ScanToken();
            _tokens.Add(token);
            if (StartsFileCommand(token))
                ScanFileCommandChunks();
        }
    }

    private static readonly HashSet<string> FileCommands = new(StringComparer.OrdinalIgnoreCase) { "PUT", "GET", "LIST", "LS", "REMOVE", "RM" };

    /// <summary>PUT/GET/LIST/REMOVE at the start of a statement: their operands (file:///x, @~/dir) are not SQL.</summary>
    private bool StartsFileCommand(Token token) =>
        token.Kind == TokenKind.Word && FileCommands.Contains(token.Text)
        && (_tokens.Count == 1 || _tokens[^2].IsSymbol(";"));

    private void ScanFileCommandChunks()
    {
        while (true)
        {
            while (_position < _text.Length && char.IsWhiteSpace(Current)) Advance();
            if (_position >= _text.Length || Current == ';') return;
            var length = 0;
            var quoted = false;
            while (_position + length < _text.Length)
            {
                var c = Peek(length);
                if (c == '\'' ) quoted = !quoted;
                else if (!quoted && (char.IsWhiteSpace(c) || c == ';')) break;
                length++;
            }
            _tokens.Add(Make(TokenKind.RawText, length, _text.Substring(_position, length)));
        }
    }

    private void Advance()
    {
        if (Current == '\n')
        {
            _line++;
            _lineStart = _position + 1;
        }
        _position++;
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = Current;
            if (char.IsWhiteSpace(c))
                Advance();
            else if ((c == '-' && Peek(1) == '-') || (c == '/' && Peek(1) == '/'))
                while (_position < _text.Length && Current != '\n') Advance();
            else if (c == '/' && Peek(1) == '*')
                SkipBlockComment();
            else
                return;
        }
    }

    private void SkipBlockComment()
    {
        var (line, column) = (_line, _position - _lineStart);
        Advance();
        Advance();
        while (!(Current == '*' && Peek(1) == '/'))
        {
            if (_position >= _text.Length)
                throw SnowflakeErrors.Syntax(line, column, "/*");
            Advance();
        }
        Advance();
        Advance();
    }

    private Token ScanToken()
    {
        var c = Current;
        if (c == '\'') return ScanQuotedString();
        if (c == '"') return ScanQuotedIdentifier();
        if (c == '$') return ScanDollar();
        if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1)))) return ScanNumber();
        if (IsWordStart(c)) return ScanWord();
        if (c == '?') return Make(TokenKind.Bind, 1, "");
        if (c == ':' && Peek(1) != ':' && (char.IsDigit(Peek(1)) || IsWordStart(Peek(1))) && !PreviousTokenEndsOperand())
            return ScanColonBind();
        foreach (var symbol in Symbols)
            if (string.CompareOrdinal(_text, _position, symbol, 0, symbol.Length) == 0)
                return Make(TokenKind.Symbol, symbol.Length, symbol);
        throw SnowflakeErrors.Syntax(_line, _position - _lineStart, c.ToString());
    }

    /// <summary>
    /// ':name' is a bind only where an operand may start; after an operand (col:field) the colon is
    /// semi-structured path access and stays a symbol.
    /// </summary>
    private bool PreviousTokenEndsOperand()
    {
        if (_tokens.Count == 0) return false;
        var previous = _tokens[^1];
        if (previous.End != _position) return false; // "x :name" with a space is a bind; paths are written without one
        return previous.Kind is TokenKind.Word or TokenKind.QuotedIdentifier or TokenKind.PositionalColumn
            || previous.IsSymbol(")") || previous.IsSymbol("]") || previous.IsSymbol("}");
    }

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    private Token Make(TokenKind kind, int length, string value)
    {
        var token = new Token(kind, _text.Substring(_position, length), value, _position, _line, _position - _lineStart);
        for (var i = 0; i < length; i++) Advance();
        return token;
    }

    private Token ScanWord()
    {
        var length = 0;
        while (IsWordPart(Peek(length))) length++;
        var word = _text.Substring(_position, length);
        return Make(TokenKind.Word, length, word);
    }

    private Token ScanNumber()
    {
        var length = 0;
        while (char.IsDigit(Peek(length))) length++;
        if (Peek(length) == '.' && Peek(length + 1) != '.')
        {
            length++;
            while (char.IsDigit(Peek(length))) length++;
        }
        if (Peek(length) is 'e' or 'E')
        {
            var exponent = length + 1;
            if (Peek(exponent) is '+' or '-') exponent++;
            if (char.IsDigit(Peek(exponent)))
            {
                length = exponent;
                while (char.IsDigit(Peek(length))) length++;
            }
        }
        var text = _text.Substring(_position, length);
        return Make(TokenKind.Number, length, text);
    }

    private Token ScanColonBind()
    {
        var length = 1;
        while (IsWordPart(Peek(length))) length++;
        return Make(TokenKind.Bind, length, _text.Substring(_position + 1, length - 1));
    }

    /// <summary>$$raw string$$, $1 positional column or $name session variable.</summary>
    private Token ScanDollar()
    {
        if (Peek(1) == '$')
        {
            var close = _text.IndexOf("$$", _position + 2, StringComparison.Ordinal);
            if (close < 0) throw SnowflakeErrors.Syntax(_line, _position - _lineStart, "$$");
            var length = close + 2 - _position;
            return Make(TokenKind.String, length, _text.Substring(_position + 2, close - _position - 2));
        }
        var end = 1;
        if (char.IsDigit(Peek(1)))
        {
            while (char.IsDigit(Peek(end))) end++;
            return Make(TokenKind.PositionalColumn, end, _text.Substring(_position + 1, end - 1));
        }
        if (IsWordStart(Peek(1)))
        {
            while (IsWordPart(Peek(end))) end++;
            return Make(TokenKind.Variable, end, _text.Substring(_position + 1, end - 1));
        }
        throw SnowflakeErrors.Syntax(_line, _position - _lineStart, "$");
    }

    private Token ScanQuotedIdentifier()
    {
        var value = new StringBuilder();
        var length = 1;
        while (true)
        {
            if (_position + length >= _text.Length)
                throw SnowflakeErrors.Syntax(_line, _position - _lineStart, "\"");
            var c = Peek(length);
            if (c == '"')
            {
                if (Peek(length + 1) == '"')
                {
                    value.Append('"');
                    length += 2;
                    continue;
                }
                length++;
                break;
            }
            value.Append(c);
            length++;
        }
        if (value.Length == 0) throw SnowflakeErrors.Syntax(_line, _position - _lineStart, "\"\"");
        return Make(TokenKind.QuotedIdentifier, length, value.ToString());
    }

    /// <summary>'...' with '' and backslash escapes (\n, \t, \\, \', \0, ...), as Snowflake reads them.</summary>
    private Token ScanQuotedString()
    {
        var value = new StringBuilder();
        var length = 1;
        while (true)
        {
            if (_position + length >= _text.Length)
                throw SnowflakeErrors.Syntax(_line, _position - _lineStart, "'");
            var c = Peek(length);
            if (c == '\'')
            {
                if (Peek(length + 1) == '\'')
                {
                    value.Append('\'');
                    length += 2;
                    continue;
                }
                length++;
                break;
            }
            if (c == '\\' && _position + length + 1 < _text.Length)
            {
                value.Append(Unescape(Peek(length + 1)));
                length += 2;
                continue;
            }
            value.Append(c);
            length++;
        }
        return Make(TokenKind.String, length, value.ToString());
    }

    private static string Unescape(char c) => c switch
    {
        'n' => "\n",
        't' => "\t",
        'r' => "\r",
        'b' => "\b",
        'f' => "\f",
        '0' => "\0",
        _ => c.ToString(),
    };
}
