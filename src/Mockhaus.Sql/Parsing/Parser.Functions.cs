using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Lexing;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

// CREATE FUNCTION ... LANGUAGE SQL.
public sealed partial class Parser
{
    private Statement ParseCreateFunction(bool orReplace, bool ifNotExists, bool temporary)
    {
        if (temporary) throw SnowflakeErrors.Unsupported("CREATE TEMPORARY FUNCTION");
        var name = ParseQualifiedName();
        ExpectSymbol("(");
        var parameters = new List<FunctionParameter>();
        if (!IsSymbol(")"))
        {
            do
            {
                var parameter = ParseIdentifier();
                var type = ParseDataType();
                var @default = AcceptWord("DEFAULT") ? ParseExpression() : null;
                parameters.Add(new FunctionParameter(parameter, type, @default));
            } while (AcceptSymbol(","));
        }
        ExpectSymbol(")");
        ExpectWord("RETURNS");
        DataType? returns = null;
        List<(Identifier, DataType)>? table = null;
        if (IsWord("TABLE") && PeekToken().IsSymbol("("))
        {
            Advance();
            Advance();
            table = new List<(Identifier, DataType)>();
            if (!IsSymbol(")"))
                do table.Add((ParseIdentifier(), ParseDataType())); while (AcceptSymbol(","));
            ExpectSymbol(")");
        }
        else returns = ParseDataType();
        var body = ParseFunctionOptionsAndBody();
        var statement = new CreateFunctionStatement(name, parameters)
        {
            OrReplace = orReplace, IfNotExists = ifNotExists, Returns = returns, ReturnsTable = table,
        };
        return table is null
            ? statement with { Expression = ParseBody(body, parser => parser.ParseExpression()) }
            : statement with { Query = ParseBody(body, parser => parser.ParseQuery()) };
    }

    /// <summary>The options between RETURNS and AS (only LANGUAGE SQL is supported), then the body's text.</summary>
    private string ParseFunctionOptionsAndBody()
    {
        while (!IsWord("AS"))
        {
            if (Current.Kind == TokenKind.EndOfInput) throw Unexpected();
            if (AcceptWord("LANGUAGE"))
            {
                var language = Advance().Text.ToUpperInvariant();
                if (language != "SQL") throw SnowflakeErrors.Unsupported($"CREATE FUNCTION ... LANGUAGE {language}");
            }
            else if (AcceptWord("COMMENT")) { AcceptSymbol("="); Advance(); }
            else Advance(); // NOT NULL, STRICT, IMMUTABLE, MEMOIZABLE, CALLED ON NULL INPUT ...: no effect here
        }
        ExpectWord("AS");
        if (Current.Kind != TokenKind.String) throw Unexpected();
        return Advance().Value;
    }

    /// <summary>Parses a UDF body, which arrives as a string, with a parser of its own; all of it must be consumed.</summary>
    private T ParseBody<T>(string text, Func<Parser, T> parse)
    {
        var parser = new Parser(text) { _settings = _settings };
        var result = parse(parser);
        parser.AcceptSymbol(";");
        if (parser.Current.Kind != TokenKind.EndOfInput) throw parser.Unexpected();
        return result;
    }
}
