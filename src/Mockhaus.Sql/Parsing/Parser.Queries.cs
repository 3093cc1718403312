using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Lexing;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

// Queries: WITH, set operations, SELECT, VALUES, FROM items and joins.
public sealed partial class Parser
{
    private bool AtQueryStart => IsWord("SELECT") || IsWord("WITH") || IsWord("VALUES")
        || (IsSymbol("(") && LooksLikeParenthesizedQuery());

    private bool LooksLikeParenthesizedQuery()
    {
        var ahead = 1;
        while (PeekToken(ahead).IsSymbol("(")) ahead++;
        return PeekToken(ahead).IsWord("SELECT") || PeekToken(ahead).IsWord("WITH") || PeekToken(ahead).IsWord("VALUES");
    }

    private QueryExpression ParseQuery()
    {
        using var scope = EnterNesting();
        WithClause? with = null;
        if (IsWord("WITH")) with = ParseWith();
        var body = ParseSetOperations();
        body = ParseQueryTail(body);
        if (with is not null)
            body = body.With is null ? body with { With = with } : WrapQuery(body) with { With = with };
        return body;
    }

    private WithClause ParseWith()
    {
        ExpectWord("WITH");
        var recursive = AcceptWord("RECURSIVE");
        var tables = new List<CommonTableExpression>();
        do
        {
            var name = ParseIdentifier();
            IReadOnlyList<Identifier> columns = IsSymbol("(") ? ParseParenthesizedIdentifierList() : Array.Empty<Identifier>();
            ExpectWord("AS");
            ExpectSymbol("(");
            var query = ParseQuery();
            ExpectSymbol(")");
            tables.Add(new CommonTableExpression(name, columns, query));
        } while (AcceptSymbol(","));
        return new WithClause(recursive, tables);
    }

    /// <summary>ORDER BY / LIMIT / OFFSET / FETCH after a query body.</summary>
    private QueryExpression ParseQueryTail(QueryExpression body)
    {
        IReadOnlyList<OrderItem> orderBy = Array.Empty<OrderItem>();
        Expression? limit = null, offset = null;
        if (AcceptWord("ORDER"))
        {
            ExpectWord("BY");
            orderBy = ParseOrderItems();
        }
        if (AcceptWord("LIMIT"))
        {
            limit = ParseAdditive();
            if (AcceptWord("OFFSET")) offset = ParseAdditive();
        }
        else
        {
            if (AcceptWord("OFFSET"))
            {
                offset = ParseAdditive();
                if (!AcceptWord("ROWS")) AcceptWord("ROW");
            }
            if (AcceptWord("FETCH"))
            {
                if (!AcceptWord("FIRST")) ExpectWord("NEXT");
                limit = IsWord("ROWS") || IsWord("ROW") ? new NumberLiteral("1") : ParseAdditive();
                if (!AcceptWord("ROWS")) AcceptWord("ROW");
                AcceptWord("ONLY");
            }
        }
        if (orderBy.Count == 0 && limit is null && offset is null) return body;
        if (body.OrderBy.Count > 0 || body.Limit is not null || body.Offset is not null || body.With is not null)
            body = WrapQuery(body);
        return body with { OrderBy = orderBy, Limit = limit, Offset = offset };
    }

    /// <summary>SELECT * FROM (query): used when a parenthesized query is decorated again from outside.</summary>
    private static SelectQuery WrapQuery(QueryExpression query) => new()
    {
        Items = new[] { new SelectItem(new StarExpression(Array.Empty<Identifier>()), null, "*", "*") },
        From = new DerivedTable(query, null, false),
    };

    private QueryExpression ParseSetOperations()
    {
        var left = ParseQueryTerm();
        while (true)
        {
            string op;
            if (AcceptWord("UNION")) op = "UNION";
            else if (AcceptWord("INTERSECT")) op = "INTERSECT";
            else if (AcceptWord("EXCEPT") || AcceptWord("MINUS")) op = "EXCEPT";
            else return left;
            var all = AcceptWord("ALL");
            if (!all) AcceptWord("DISTINCT");
            var byName = AcceptWords("BY", "NAME");
            if (byName && op != "UNION") throw Unexpected(_tokens[_index - 2]);
            left = new SetOperationQuery(left, op, all, ParseQueryTerm()) { ByName = byName };
        }
    }

    private QueryExpression ParseQueryTerm()
    {
        using var scope = EnterNesting();
        if (IsWord("SELECT")) return ParseSelect();
        if (IsWord("VALUES")) return ParseValues();
        if (AcceptSymbol("("))
        {
            var inner = ParseQuery();
            ExpectSymbol(")");
            return inner;
        }
        throw Unexpected();
    }

    private ValuesQuery ParseValues()
    {
        ExpectWord("VALUES");
        var rows = new List<IReadOnlyList<Expression>>();
        do
        {
            ExpectSymbol("(");
            rows.Add(ParseExpressionList());
            ExpectSymbol(")");
        } while (AcceptSymbol(","));
        return new ValuesQuery(rows);
    }

    private SelectQuery ParseSelect()
    {
        ExpectWord("SELECT");
        var distinct = AcceptWord("DISTINCT");
        if (!distinct) AcceptWord("ALL");
        Expression? top = null;
        if (AcceptWord("TOP")) top = ParsePrimary();
        var items = ParseSelectItems();
        TableSource? from = null;
        if (AcceptWord("FROM")) from = ParseFromList();
        var hierarchy = ParseHierarchy();
        Expression? where = AcceptWord("WHERE") ? ParseExpression() : null;
        hierarchy ??= ParseHierarchy();
        var groupByAll = false;
        IReadOnlyList<Expression> groupBy = Array.Empty<Expression>();
        if (AcceptWord("GROUP"))
        {
            ExpectWord("BY");
            if (IsWord("ALL") && !PeekToken().IsSymbol("(")) { Advance(); groupByAll = true; }
            else groupBy = ParseGroupByItems();
        }
        Expression? having = AcceptWord("HAVING") ? ParseExpression() : null;
        Expression? qualify = AcceptWord("QUALIFY") ? ParseExpression() : null;
        var windows = new List<NamedWindow>();
        if (AcceptWord("WINDOW"))
        {
            do
            {
                var name = ParseIdentifier();
                ExpectWord("AS");
                ExpectSymbol("(");
                windows.Add(new NamedWindow(name, ParseWindowSpecificationBody()));
                ExpectSymbol(")");
            } while (AcceptSymbol(","));
        }
        if (qualify is null && AcceptWord("QUALIFY")) qualify = ParseExpression();
        return new SelectQuery
        {
            Distinct = distinct, Top = top, Items = items, From = from, Where = where, GroupByAll = groupByAll,
            GroupBy = groupBy, Having = having, Qualify = qualify, Windows = windows, Hierarchy = hierarchy,
        };
    }

    /// <summary>[START WITH predicate] CONNECT BY condition [, condition ...], in either order; null when absent.</summary>
    private HierarchyClause? ParseHierarchy()
    {
        Expression? startWith = null;
        if (AcceptWords("START", "WITH")) startWith = ParseExpression();
        if (!IsWords("CONNECT", "BY"))
        {
            if (startWith is null) return null;
            throw Unexpected();
        }
        Advance();
        Advance();
        if (IsWord("NOCYCLE")) throw SnowflakeErrors.Unsupported("CONNECT BY NOCYCLE");
        var condition = ParseExpression();
        // The docs' form separates the conditions with commas; they all must hold.
        while (AcceptSymbol(","))
            condition = new BinaryExpression("AND", condition, ParseExpression());
        if (startWith is null && AcceptWords("START", "WITH")) startWith = ParseExpression();
        return new HierarchyClause(startWith, condition);
    }

    private bool IsWords(string first, string second) => IsWord(first) && IsWordAt(1, second);

    private List<SelectItem> ParseSelectItems()
    {
        var items = new List<SelectItem>();
        do
        {
            var start = _index;
            var expression = ParseExpression();
            var end = _index;
            Identifier? alias = null;
            if (AcceptWord("AS")) alias = ParseAliasName();
            else if (IsIdentifierStart(Current)) alias = ParseIdentifier();
            items.Add(new SelectItem(expression, alias, SourceSlice(start, end), DisplayText(start, end)));
        } while (AcceptSymbol(","));
        return items;
    }

    /// <summary>After AS any identifier (even a keyword) or a string is an alias name.</summary>
    private Identifier ParseAliasName()
    {
        if (Current.Kind == TokenKind.String) return new Identifier(Advance().Value, true);
        return ParseIdentifier();
    }

    private List<Expression> ParseGroupByItems()
    {
        var items = new List<Expression>();
        do
        {
            if ((IsWord("ROLLUP") || IsWord("CUBE")) && PeekToken().IsSymbol("("))
            {
                var kind = Advance().Text.ToUpperInvariant();
                ExpectSymbol("(");
                var sets = ParseExpressionList().Select(e => (IReadOnlyList<Expression>)new[] { e }).ToList();
                ExpectSymbol(")");
                items.Add(new GroupingExpression(kind, sets));
            }
            else if (AcceptWords("GROUPING", "SETS"))
            {
                ExpectSymbol("(");
                var sets = new List<IReadOnlyList<Expression>>();
                do
                {
                    if (AcceptSymbol("("))
                    {
                        sets.Add(IsSymbol(")") ? Array.Empty<Expression>() : ParseExpressionList());
                        ExpectSymbol(")");
                    }
                    else sets.Add(new[] { ParseExpression() });
                } while (AcceptSymbol(","));
                ExpectSymbol(")");
                items.Add(new GroupingExpression("GROUPING SETS", sets));
            }
            else items.Add(ParseExpression());
        } while (AcceptSymbol(","));
        return items;
    }

    // ---- FROM ---------------------------------------------------------------------------------------------------

    private TableSource ParseFromList()
    {
        var source = ParseJoinChain();
        while (AcceptSymbol(","))
            source = new JoinSource(source, ParseJoinChain(), "CROSS") { Comma = true };
        return source;
    }

    private TableSource ParseJoinChain()
    {
        var left = ParseTablePrimary();
        while (TryParseJoinType(out var joinType, out var natural))
        {
            var right = ParseTablePrimary();
            var join = new JoinSource(left, right, joinType) { Natural = natural };
            if (joinType == "ASOF")
            {
                ExpectWord("MATCH_CONDITION");
                ExpectSymbol("(");
                join = join with { MatchCondition = ParseExpression() };
                ExpectSymbol(")");
            }
            if (AcceptWord("ON")) join = join with { On = ParseExpression() };
            else if (AcceptWord("USING")) join = join with { Using = ParseParenthesizedIdentifierList() };
            else if (joinType is "LEFT" or "RIGHT" or "FULL" && !natural) throw Unexpected();
            left = join;
        }
        return left;
    }

    private bool TryParseJoinType(out string joinType, out bool natural)
    {
        var start = _index;
        natural = AcceptWord("NATURAL");
        joinType = "INNER";
        if (AcceptWord("INNER")) joinType = "INNER";
        else if (AcceptWord("LEFT")) { joinType = "LEFT"; AcceptWord("OUTER"); }
        else if (AcceptWord("RIGHT")) { joinType = "RIGHT"; AcceptWord("OUTER"); }
        else if (AcceptWord("FULL")) { joinType = "FULL"; AcceptWord("OUTER"); }
        else if (AcceptWord("CROSS")) joinType = "CROSS";
        else if (AcceptWord("ASOF")) joinType = "ASOF";
        if (AcceptWord("JOIN")) return true;
        _index = start;
        return false;
    }

    private TableSource ParseTablePrimary()
    {
        using var scope = EnterNesting();
        var lateral = AcceptWord("LATERAL");
        TableSource source;
        if (IsSymbol("(") && LooksLikeParenthesizedQuery())
        {
            ExpectSymbol("(");
            var query = ParseQuery();
            ExpectSymbol(")");
            source = new DerivedTable(query, ParseTableAlias(), lateral);
        }
        else if (AcceptSymbol("("))
        {
            source = ParseFromList();
            ExpectSymbol(")");
        }
        else if (IsWord("VALUES"))
            source = new DerivedTable(ParseValues(), ParseTableAlias(), false);
        else if (IsWord("TABLE") && PeekToken().IsSymbol("(") && PeekToken(2).Kind is TokenKind.String or TokenKind.Variable)
        {
            // TABLE('name') / TABLE($var): a table named by a string or a session variable, like IDENTIFIER().
            Advance();
            Advance();
            var token = Advance();
            var name = token.Kind == TokenKind.String
                ? ParseNameFromString(token)
                : new QualifiedName(Array.Empty<Identifier>(), token.Value.ToUpperInvariant());
            ExpectSymbol(")");
            source = new TableReference(name, ParseTableAlias());
        }
        else if (IsWord("TABLE") && PeekToken().IsSymbol("("))
        {
            Advance();
            ExpectSymbol("(");
            var call = ParseTableFunctionCall();
            ExpectSymbol(")");
            source = new TableFunctionSource(call, ParseTableAlias(), lateral);
        }
        else if (Current.Kind == TokenKind.Word && !IsWord("IDENTIFIER") && IsTableFunctionAhead())
            source = new TableFunctionSource(ParseTableFunctionCall(), ParseTableAlias(), lateral);
        else
            source = ParseTableReference();
        return ParsePivots(source);
    }

    /// <summary>name(...) or a.b.name(...) in FROM: a table function.</summary>
    private bool IsTableFunctionAhead()
    {
        var ahead = 1;
        while (PeekToken(ahead).IsSymbol(".") && PeekToken(ahead + 1).Kind is TokenKind.Word or TokenKind.QuotedIdentifier) ahead += 2;
        return PeekToken(ahead).IsSymbol("(");
    }

    private FunctionCallExpression ParseTableFunctionCall()
    {
        var expression = ParseNameExpression();
        return expression as FunctionCallExpression ?? throw Unexpected();
    }

    private TableSource ParseTableReference()
    {
        var name = ParseQualifiedName();
        if ((IsWord("AT") || IsWord("BEFORE") || IsWord("CHANGES")) && PeekToken().IsSymbol("("))
            throw SnowflakeErrors.Unsupported("time travel (AT | BEFORE)");
        var sample = ParseSample();
        var alias = ParseTableAlias();
        sample ??= ParseSample();
        return new TableReference(name, alias) { Sample = sample };
    }

    private SampleClause? ParseSample()
    {
        if (!IsWord("SAMPLE") && !IsWord("TABLESAMPLE")) return null;
        Advance();
        string? method = null;
        if (IsWord("BERNOULLI") || IsWord("ROW") || IsWord("SYSTEM") || IsWord("BLOCK"))
            method = Advance().Text.ToUpperInvariant();
        ExpectSymbol("(");
        var size = ParseAdditive();
        var rows = AcceptWord("ROWS");
        ExpectSymbol(")");
        Expression? seed = null;
        if (AcceptWord("SEED") || AcceptWord("REPEATABLE"))
        {
            ExpectSymbol("(");
            seed = ParseAdditive();
            ExpectSymbol(")");
        }
        return new SampleClause(method, size, rows, seed);
    }

    private TableAlias? ParseTableAlias()
    {
        Identifier name;
        if (AcceptWord("AS")) name = ParseIdentifier();
        else if (IsIdentifierStart(Current) && !IsJoinKeyword()) name = ParseIdentifier();
        else return null;
        IReadOnlyList<Identifier> columns = IsSymbol("(") ? ParseParenthesizedIdentifierList() : Array.Empty<Identifier>();
        return new TableAlias(name, columns);
    }

    private bool IsJoinKeyword() => IsWord("JOIN") || IsWord("INNER") || IsWord("LEFT") || IsWord("RIGHT") || IsWord("FULL")
        || IsWord("CROSS") || IsWord("NATURAL") || IsWord("ASOF") || IsWord("OUTER");

    private TableSource ParsePivots(TableSource source)
    {
        while (true)
        {
            if (AcceptWord("PIVOT")) source = ParsePivot(source);
            else if (AcceptWord("UNPIVOT")) source = ParseUnpivot(source);
            else return source;
        }
    }

    private TableSource ParsePivot(TableSource source)
    {
        ExpectSymbol("(");
        var aggregate = ParseExpression() as FunctionCallExpression ?? throw Unexpected(_tokens[_index - 1]);
        ExpectWord("FOR");
        var column = ParseIdentifier();
        ExpectWord("IN");
        ExpectSymbol("(");
        var any = false;
        var values = new List<Expression>();
        if (AcceptWord("ANY")) any = true;
        else if (IsWord("SELECT")) throw SnowflakeErrors.Unsupported("PIVOT with a subquery");
        else values = ParseExpressionList();
        ExpectSymbol(")");
        if (AcceptWord("DEFAULT")) throw SnowflakeErrors.Unsupported("PIVOT DEFAULT ON NULL");
        ExpectSymbol(")");
        return new PivotSource(source, aggregate, column, values, any, ParseTableAlias());
    }

    private TableSource ParseUnpivot(TableSource source)
    {
        var includeNulls = false;
        if (AcceptWord("INCLUDE")) { ExpectWord("NULLS"); includeNulls = true; }
        else if (AcceptWord("EXCLUDE")) ExpectWord("NULLS");
        ExpectSymbol("(");
        var value = ParseIdentifier();
        ExpectWord("FOR");
        var name = ParseIdentifier();
        ExpectWord("IN");
        var columns = ParseParenthesizedIdentifierList();
        ExpectSymbol(")");
        return new UnpivotSource(source, value, name, columns, includeNulls, ParseTableAlias());
    }
}
