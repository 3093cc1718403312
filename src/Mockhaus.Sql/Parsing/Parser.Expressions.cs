using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Lexing;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

// Expressions, by precedence: OR < AND < NOT < comparison/IS/IN/BETWEEN/LIKE < + - || < * / % < unary < postfix (:: [] :path).
public sealed partial class Parser
{
    private static readonly HashSet<string> ComparisonOperators = new() { "=", "==", "<>", "!=", "<", ">", "<=", ">=" };

    private Expression ParseExpression()
    {
        using var scope = EnterNesting();
        return ParseOr();
    }

    private List<Expression> ParseExpressionList()
    {
        var list = new List<Expression> { ParseExpression() };
        while (AcceptSymbol(",")) list.Add(ParseExpression());
        return list;
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (AcceptWord("OR") && CountsOperator()) left = new BinaryExpression("OR", left, ParseAnd());
        return left;
    }

    private bool CountsOperator()
    {
        CountOperator();
        return true;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        while (AcceptWord("AND") && CountsOperator()) left = new BinaryExpression("AND", left, ParseNot());
        return left;
    }

    private Expression ParseNot()
    {
        if (!IsWord("NOT")) return ParseComparison();
        Advance();
        using var scope = EnterNesting();
        return new UnaryExpression("NOT", ParseNot());
    }

    private Expression ParseComparison()
    {
        var left = ParseAdditive();
        while (true)
        {
            if (Current.Kind == TokenKind.Symbol && ComparisonOperators.Contains(Current.Text))
            {
                CountOperator();
                var op = Advance().Text switch { "==" => "=", "!=" => "<>", var other => other };
                left = ParseComparisonRight(left, op);
            }
            else if (IsWord("IS")) left = ParseIs(left);
            else if (IsWord("NOT") && (IsWordAt(1, "IN") || IsWordAt(1, "BETWEEN") || IsLikeWord(PeekToken())))
            {
                Advance();
                left = ParsePredicate(left, negated: true);
            }
            else if (IsWord("IN") || IsWord("BETWEEN") || IsLikeWord(Current)) left = ParsePredicate(left, negated: false);
            else return left;
        }
    }

    private static bool IsLikeWord(Token token) =>
        token.IsWord("LIKE") || token.IsWord("ILIKE") || token.IsWord("RLIKE") || token.IsWord("REGEXP");

    private Expression ParseComparisonRight(Expression left, string op)
    {
        if ((IsWord("ANY") || IsWord("ALL") || IsWord("SOME")) && PeekToken().IsSymbol("(")
            && (IsWordAt(2, "SELECT") || IsWordAt(2, "WITH")))
        {
            var quantifier = Advance().Text.ToUpperInvariant();
            ExpectSymbol("(");
            var query = ParseQuery();
            ExpectSymbol(")");
            return new QuantifiedComparison(left, op, quantifier == "SOME" ? "ANY" : quantifier, query);
        }
        return new BinaryExpression(op, left, ParseAdditive());
    }

    private Expression ParseIs(Expression left)
    {
        ExpectWord("IS");
        var negated = AcceptWord("NOT");
        if (AcceptWord("NULL")) return new IsNullExpression(left, negated);
        if (AcceptWord("TRUE")) return new IsBooleanExpression(left, true, negated);
        if (AcceptWord("FALSE")) return new IsBooleanExpression(left, false, negated);
        if (AcceptWords("DISTINCT", "FROM")) return new IsDistinctFromExpression(left, ParseAdditive(), negated);
        throw Unexpected();
    }

    private Expression ParsePredicate(Expression left, bool negated)
    {
        if (AcceptWord("IN")) return ParseIn(left, negated);
        if (AcceptWord("BETWEEN"))
        {
            var low = ParseAdditive();
            ExpectWord("AND");
            return new BetweenExpression(left, low, ParseAdditive(), negated);
        }
        return ParseLike(left, negated);
    }

    private Expression ParseIn(Expression left, bool negated)
    {
        ExpectSymbol("(");
        if (IsWord("SELECT") || IsWord("WITH"))
        {
            var query = ParseQuery();
            ExpectSymbol(")");
            return new InExpression(left, null, query, negated);
        }
        var values = ParseExpressionList();
        ExpectSymbol(")");
        return new InExpression(left, values, null, negated);
    }

    private Expression ParseLike(Expression left, bool negated)
    {
        var op = Advance().Text.ToUpperInvariant();
        if (op == "REGEXP") op = "RLIKE";
        string? quantifier = null;
        List<Expression> patterns;
        if ((IsWord("ANY") || IsWord("ALL")) && PeekToken().IsSymbol("(") && op != "RLIKE")
        {
            quantifier = Advance().Text.ToUpperInvariant();
            ExpectSymbol("(");
            patterns = ParseExpressionList();
            ExpectSymbol(")");
        }
        else patterns = new List<Expression> { ParseAdditive() };
        Expression? escape = null;
        if (AcceptWord("ESCAPE")) escape = ParseAdditive();
        return new LikeExpression(left, op, negated, quantifier, patterns, escape);
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (IsSymbol("+") || IsSymbol("-") || IsSymbol("||"))
        {
            var op = Advance().Text;
            CountOperator();
            left = new BinaryExpression(op, left, ParseMultiplicative());
        }
        return left;
    }

    private Expression ParseMultiplicative()
    {
        var left = ParseUnary();
        while (IsSymbol("*") || IsSymbol("/") || IsSymbol("%"))
        {
            var op = Advance().Text;
            CountOperator();
            left = new BinaryExpression(op, left, ParseUnary());
        }
        return left;
    }

    private Expression ParseUnary()
    {
        if (IsSymbol("-") || IsSymbol("+"))
        {
            var op = Advance().Text;
            using var scope = EnterNesting();
            var operand = ParseUnary();
            // Fold -<number> into the literal so that large negative literals and names stay exact.
            if (op == "-" && operand is NumberLiteral number && !number.Text.StartsWith('-'))
                return new NumberLiteral("-" + number.Text);
            return new UnaryExpression(op, operand);
        }
        return ParsePostfix(ParsePrimary());
    }

    private Expression ParsePostfix(Expression expression)
    {
        while (true)
        {
            if (AcceptSymbol("::"))
                expression = new CastExpression(expression, ParseDataType(), CastStyle.DoubleColon);
            else if (IsSymbol("[") || (IsSymbol(":") && PeekToken().Kind is TokenKind.Word or TokenKind.QuotedIdentifier))
                expression = ParsePath(expression);
            else if (IsWord("COLLATE"))
            {
                Advance();
                ParseStringLiteral(); // collation has no effect on DuckDB's binary comparison; Snowflake's default is binary too.
            }
            else return expression;
        }
    }

    /// <summary>v:a.b[0]['c'] semi-structured access.</summary>
    private Expression ParsePath(Expression operand)
    {
        var steps = new List<PathStep>();
        if (AcceptSymbol(":"))
        {
            steps.Add(new PathStep(ParsePathField(), null));
            while (IsSymbol(".") || IsSymbol("["))
                steps.Add(ParsePathStep());
        }
        while (IsSymbol("["))
            steps.Add(ParsePathStep());
        return new PathAccess(operand, steps);
    }

    private PathStep ParsePathStep()
    {
        if (AcceptSymbol("."))
            return new PathStep(ParsePathField(), null);
        ExpectSymbol("[");
        var index = ParseExpression();
        ExpectSymbol("]");
        return new PathStep(null, index);
    }

    private string ParsePathField()
    {
        var token = Advance();
        return token.Kind switch
        {
            TokenKind.Word => token.Text,
            TokenKind.QuotedIdentifier => token.Value,
            _ => throw Unexpected(token),
        };
    }

    private Expression ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new NumberLiteral(token.Text);
            case TokenKind.String:
                Advance();
                return new StringLiteral(token.Value);
            case TokenKind.Variable:
                Advance();
                return new SessionVariable(token.Value);
            case TokenKind.PositionalColumn:
                Advance();
                return new PositionalColumn(int.Parse(token.Value));
            case TokenKind.Bind:
                Advance();
                return MakeBind(token);
            case TokenKind.QuotedIdentifier:
                return ParseNameExpression();
            case TokenKind.Word:
                return ParseWordExpression();
            case TokenKind.Symbol when token.Text == "(":
                return ParseParenthesized();
            case TokenKind.Symbol when token.Text == "[":
                return ParseArrayLiteral();
            case TokenKind.Symbol when token.Text == "{":
                return ParseObjectLiteral();
            case TokenKind.Symbol when token.Text == "*":
                Advance();
                return ParseStarModifiers(new StarExpression(Array.Empty<Identifier>()));
            default:
                throw Unexpected();
        }
    }

    private BindParameter MakeBind(Token token)
    {
        if (token.Value.Length == 0)
        {
            _positionalBinds++;
            _bindKeys.Add("#" + _positionalBinds);
            return new BindParameter(_positionalBinds, null);
        }
        if (int.TryParse(token.Value, out var index))
        {
            _bindKeys.Add("#" + index);
            return new BindParameter(index, null);
        }
        _bindKeys.Add(token.Value.ToUpperInvariant());
        return new BindParameter(null, token.Value);
    }

    private Expression ParseParenthesized()
    {
        ExpectSymbol("(");
        using var scope = EnterNesting();
        if (IsWord("SELECT") || IsWord("WITH"))
        {
            var query = ParseQuery();
            ExpectSymbol(")");
            return new SubqueryExpression(query);
        }
        var items = ParseExpressionList();
        ExpectSymbol(")");
        return items.Count == 1 ? items[0] : new TupleExpression(items);
    }

    private Expression ParseArrayLiteral()
    {
        ExpectSymbol("[");
        var items = IsSymbol("]") ? new List<Expression>() : ParseExpressionList();
        ExpectSymbol("]");
        return new ArrayLiteral(items);
    }

    private Expression ParseObjectLiteral()
    {
        ExpectSymbol("{");
        var entries = new List<(string, Expression)>();
        while (!IsSymbol("}"))
        {
            if (entries.Count > 0) ExpectSymbol(",");
            var key = ParseStringLiteral();
            ExpectSymbol(":");
            entries.Add((key, ParseExpression()));
        }
        ExpectSymbol("}");
        return new ObjectLiteral(entries);
    }

    private static readonly HashSet<string> TypedLiteralTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "DATE", "TIME", "TIMESTAMP", "TIMESTAMP_NTZ", "TIMESTAMP_LTZ", "TIMESTAMP_TZ", "DATETIME",
    };

    private static readonly HashSet<string> NiladicFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "CURRENT_USER", "CURRENT_ROLE",
    };

    private Expression ParseWordExpression()
    {
        var token = Current;
        var word = token.Text.ToUpperInvariant();
        var next = PeekToken();
        switch (word)
        {
            case "NULL": Advance(); return new NullLiteral();
            case "DEFAULT" when next.IsSymbol(",") || next.IsSymbol(")") || next.Kind == TokenKind.EndOfInput || next.IsSymbol(";")
                                || next.IsWord("WHERE") || next.IsWord("FROM"):
                Advance();
                return new DefaultValue();
            case "TRUE": Advance(); return new BooleanLiteral(true);
            case "FALSE": Advance(); return new BooleanLiteral(false);
            case "CASE": return ParseCase();
            case "EXISTS" when next.IsSymbol("("):
                Advance();
                ExpectSymbol("(");
                var query = ParseQuery();
                ExpectSymbol(")");
                return new ExistsExpression(query);
            case "CAST" or "TRY_CAST" when next.IsSymbol("("): return ParseCast(word == "TRY_CAST" ? CastStyle.TryCast : CastStyle.Cast);
            case "EXTRACT" when next.IsSymbol("("): return ParseExtract();
            case "POSITION" when next.IsSymbol("("): return ParsePosition();
            case "INTERVAL" when next.Kind == TokenKind.String: return ParseInterval();
            case "PRIOR" or "CONNECT_BY_ROOT" when IsIdentifierStart(next) || next.IsSymbol("("):
            {
                Advance();
                using var scope = EnterNesting();
                return new HierarchyOperator(word, ParsePostfix(ParsePrimary()));
            }
            case "IDENTIFIER" when next.IsSymbol("("):
                var name = ParseIdentifierFunction();
                if (name.Variable is not null) throw SnowflakeErrors.Unsupported("IDENTIFIER($variable) as a column reference");
                return new ColumnReference(name.Parts);
        }
        if (NiladicFunctions.Contains(word) && !next.IsSymbol("(") && !next.IsSymbol("."))
        {
            // CURRENT_DATE and friends may be written without parentheses; they are still function calls.
            Advance();
            return new FunctionCallExpression(new QualifiedName(new[] { new Identifier(token.Text, false) }), Array.Empty<FunctionArgumentSyntax>());
        }
        if (TypedLiteralTypes.Contains(word) && next.Kind == TokenKind.String)
        {
            Advance();
            return new TypedLiteral(new DataType(TypeName(word), Array.Empty<int>()), Advance().Value);
        }
        if (Reserved.Contains(word) && !next.IsSymbol("(")) throw Unexpected();
        return ParseNameExpression();
    }

    /// <summary>a, t.a, s.t.a, t.*, f(...), s.f(...).</summary>
    private Expression ParseNameExpression()
    {
        var parts = new List<Identifier> { ParseIdentifier() };
        while (IsSymbol("."))
        {
            var next = PeekToken();
            if (next.IsSymbol("*"))
            {
                Advance();
                Advance();
                return ParseStarModifiers(new StarExpression(parts));
            }
            if (next.Kind is not (TokenKind.Word or TokenKind.QuotedIdentifier)) throw Unexpected(next);
            Advance();
            parts.Add(ParseIdentifier());
        }
        if (IsSymbol("("))
            return ParseFunctionCall(new QualifiedName(parts));
        return new ColumnReference(parts);
    }

    private Expression ParseStarModifiers(StarExpression star)
    {
        if (AcceptWord("ILIKE"))
            star = star with { ILikePattern = ParseStringLiteral() };
        if (AcceptWord("EXCLUDE"))
            star = star with { Exclude = IsSymbol("(") ? ParseParenthesizedIdentifierList() : new List<Identifier> { ParseIdentifier() } };
        if (AcceptWord("RENAME"))
        {
            var renames = new List<(Identifier, Identifier)>();
            var parenthesized = AcceptSymbol("(");
            do
            {
                var from = ParseIdentifier();
                ExpectWord("AS");
                renames.Add((from, ParseIdentifier()));
            } while (parenthesized && AcceptSymbol(","));
            if (parenthesized) ExpectSymbol(")");
            star = star with { Rename = renames };
        }
        return star;
    }

    private Expression ParseCase()
    {
        ExpectWord("CASE");
        Expression? operand = IsWord("WHEN") ? null : ParseExpression();
        var whens = new List<WhenClause>();
        while (AcceptWord("WHEN"))
        {
            var condition = ParseExpression();
            ExpectWord("THEN");
            whens.Add(new WhenClause(condition, ParseExpression()));
        }
        if (whens.Count == 0) throw Unexpected();
        Expression? otherwise = AcceptWord("ELSE") ? ParseExpression() : null;
        ExpectWord("END");
        return new CaseExpression(operand, whens, otherwise);
    }

    private Expression ParseCast(CastStyle style)
    {
        Advance();
        ExpectSymbol("(");
        var operand = ParseExpression();
        ExpectWord("AS");
        var type = ParseDataType();
        ExpectSymbol(")");
        return new CastExpression(operand, type, style);
    }

    private Expression ParseExtract()
    {
        Advance();
        ExpectSymbol("(");
        var part = Current.Kind is TokenKind.Word or TokenKind.String ? Advance() : throw Unexpected();
        if (!AcceptWord("FROM")) ExpectSymbol(",");
        var operand = ParseExpression();
        ExpectSymbol(")");
        return new ExtractExpression(part.Kind == TokenKind.String ? part.Value : part.Text, operand);
    }

    /// <summary>POSITION(needle IN haystack); the comma form POSITION(a, b [, start]) is an ordinary function call.</summary>
    private Expression ParsePosition()
    {
        var start = _index;
        Advance();
        ExpectSymbol("(");
        var needle = ParseAdditive();
        if (!AcceptWord("IN"))
        {
            _index = start;
            return ParseNameExpression();
        }
        var haystack = ParseExpression();
        ExpectSymbol(")");
        return new PositionExpression(needle, haystack);
    }

    private Expression ParseInterval()
    {
        Advance();
        var value = Advance().Value;
        string? unit = null;
        // Only a date/time part is a unit: in `INTERVAL '1 day' prev_day` the word after the string is an alias.
        if (Current.Kind == TokenKind.Word && Functions.DatePart.TryResolve(Current.Text, out _))
            unit = Advance().Text.ToUpperInvariant();
        return new IntervalLiteral(value, unit);
    }

    private Expression ParseFunctionCall(QualifiedName name)
    {
        ExpectSymbol("(");
        using var scope = EnterNesting();
        var call = new FunctionCallExpression(name, Array.Empty<FunctionArgumentSyntax>());
        if (AcceptSymbol("*"))
            call = call with { Star = true };
        else if (!IsSymbol(")"))
        {
            if (AcceptWord("DISTINCT")) call = call with { Distinct = true };
            else AcceptWord("ALL");
            call = call with { Arguments = ParseFunctionArguments() };
        }
        if (AcceptWords("IGNORE", "NULLS")) call = call with { IgnoreNulls = true };
        else if (AcceptWords("RESPECT", "NULLS")) call = call with { IgnoreNulls = false };
        ExpectSymbol(")");
        if (AcceptWords("WITHIN", "GROUP"))
        {
            ExpectSymbol("(");
            ExpectWord("ORDER");
            ExpectWord("BY");
            call = call with { WithinGroup = ParseOrderItems() };
            ExpectSymbol(")");
        }
        if (AcceptWords("IGNORE", "NULLS")) call = call with { IgnoreNulls = true };
        else if (AcceptWords("RESPECT", "NULLS")) call = call with { IgnoreNulls = false };
        if (AcceptWord("OVER"))
            call = call with { Over = ParseWindowReference() };
        return call;
    }

    private List<FunctionArgumentSyntax> ParseFunctionArguments()
    {
        var arguments = new List<FunctionArgumentSyntax>();
        do
        {
            Identifier? argumentName = null;
            if (Current.Kind is TokenKind.Word or TokenKind.QuotedIdentifier && PeekToken().IsSymbol("=>"))
            {
                argumentName = ParseIdentifier();
                Advance();
            }
            arguments.Add(new FunctionArgumentSyntax(ParseExpression(), argumentName));
        } while (AcceptSymbol(","));
        return arguments;
    }

    private WindowSpecification ParseWindowReference()
    {
        if (!IsSymbol("("))
            return new WindowSpecification(ParseIdentifier(), Array.Empty<Expression>(), Array.Empty<OrderItem>(), null, null, null);
        ExpectSymbol("(");
        var specification = ParseWindowSpecificationBody();
        ExpectSymbol(")");
        return specification;
    }

    private WindowSpecification ParseWindowSpecificationBody()
    {
        Identifier? baseWindow = null;
        if (IsIdentifierStart(Current) && !IsWord("PARTITION") && !IsWord("ROWS") && !IsWord("RANGE") && !IsWord("GROUPS"))
            baseWindow = ParseIdentifier();
        IReadOnlyList<Expression> partition = Array.Empty<Expression>();
        IReadOnlyList<OrderItem> order = Array.Empty<OrderItem>();
        if (AcceptWords("PARTITION", "BY")) partition = ParseExpressionList();
        if (AcceptWords("ORDER", "BY")) order = ParseOrderItems();
        string? unit = null;
        WindowFrameBound? start = null, end = null;
        if (IsWord("ROWS") || IsWord("RANGE") || IsWord("GROUPS"))
        {
            unit = Advance().Text.ToUpperInvariant();
            if (AcceptWord("BETWEEN"))
            {
                start = ParseFrameBound();
                ExpectWord("AND");
                end = ParseFrameBound();
            }
            else start = ParseFrameBound();
        }
        return new WindowSpecification(baseWindow, partition, order, unit, start, end);
    }

    private WindowFrameBound ParseFrameBound()
    {
        if (AcceptWords("UNBOUNDED", "PRECEDING")) return new WindowFrameBound("UNBOUNDED PRECEDING", null);
        if (AcceptWords("UNBOUNDED", "FOLLOWING")) return new WindowFrameBound("UNBOUNDED FOLLOWING", null);
        if (AcceptWords("CURRENT", "ROW")) return new WindowFrameBound("CURRENT ROW", null);
        var offset = ParseAdditive();
        if (AcceptWord("PRECEDING")) return new WindowFrameBound("PRECEDING", offset);
        if (AcceptWord("FOLLOWING")) return new WindowFrameBound("FOLLOWING", offset);
        throw Unexpected();
    }

    private List<OrderItem> ParseOrderItems()
    {
        var items = new List<OrderItem>();
        do
        {
            var expression = ParseExpression();
            var descending = false;
            if (AcceptWord("DESC")) descending = true;
            else AcceptWord("ASC");
            bool? nullsFirst = null;
            if (AcceptWords("NULLS", "FIRST")) nullsFirst = true;
            else if (AcceptWords("NULLS", "LAST")) nullsFirst = false;
            items.Add(new OrderItem(expression, descending, nullsFirst));
        } while (AcceptSymbol(","));
        return items;
    }

    private static readonly HashSet<string> MultiWordTypeStarts = new(StringComparer.OrdinalIgnoreCase) { "DOUBLE", "CHARACTER", "CHAR", "NCHAR" };

    /// <summary>A Snowflake type name with optional (precision[, scale]) arguments.</summary>
    private DataType ParseDataType()
    {
        if (Current.Kind != TokenKind.Word) throw Unexpected();
        var name = Advance().Text.ToUpperInvariant();
        if (name == "DOUBLE" && AcceptWord("PRECISION")) name = "DOUBLE PRECISION";
        else if (MultiWordTypeStarts.Contains(name) && AcceptWord("VARYING")) name += " VARYING";
        var arguments = new List<int>();
        if (name is "ARRAY" or "OBJECT" or "MAP" && IsSymbol("(") && PeekToken(1).Kind is TokenKind.Word or TokenKind.QuotedIdentifier)
            return ParseStructuredType(name);
        if (AcceptSymbol("("))
        {
            do
            {
                var token = Current;
                if (token.Kind != TokenKind.Number || !int.TryParse(token.Text, out var value))
                    throw Unexpected();
                Advance();
                arguments.Add(value);
            } while (AcceptSymbol(","));
            ExpectSymbol(")");
        }
        if (name is "TIMESTAMP" or "TIME" && (IsWord("WITH") || IsWord("WITHOUT")) && IsWordAt(1, "TIME") && IsWordAt(2, "ZONE"))
        {
            var with = Advance().IsWord("WITH");
            Advance();
            Advance();
            name = with ? "TIMESTAMP_TZ" : "TIMESTAMP_NTZ";
        }
        return new DataType(TypeName(name), arguments);
    }
}
