using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Lexing;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

// Statement dispatch, DML and the statements the engine executes itself.
public sealed partial class Parser
{
    private Statement ParseStatement()
    {
        if (AtQueryStart) return new QueryStatement(ParseQuery());
        if (Current.Kind != TokenKind.Word) throw Unexpected();
        switch (Current.Text.ToUpperInvariant())
        {
            case "INSERT": return ParseInsert();
            case "UPDATE": return ParseUpdate();
            case "DELETE": return ParseDelete();
            case "MERGE": return ParseMerge();
            case "CREATE": return ParseCreate();
            case "ALTER": return ParseAlter();
            case "DROP": return ParseDrop();
            case "UNDROP": return ParseUndrop();
            case "TRUNCATE": return ParseTruncate();
            case "USE": return ParseUse();
            case "SHOW": return ParseShow();
            case "DESCRIBE" or "DESC": return ParseDescribe();
            case "SET": return ParseSet();
            case "UNSET": return ParseUnset();
            case "BEGIN" or "START" or "COMMIT" or "ROLLBACK" or "END": return ParseTransaction();
            case "GRANT" or "REVOKE": return ParseGrant();
            case "COMMENT": return ParseComment();
            case "CALL": return ParseCall();
            case "PUT" or "GET" or "LIST" or "LS" or "REMOVE" or "RM": return ParseFileCommand();
            case "EXPLAIN": return ParseExplain();
            case "COPY": throw SnowflakeErrors.Unsupported("COPY INTO");
            case "EXECUTE": return ParseExecuteImmediate();
            case "DECLARE": throw SnowflakeErrors.Unsupported("Snowflake Scripting");
            default: throw Unexpected();
        }
    }

    /// <summary>
    /// EXECUTE IMMEDIATE '&lt;statement&gt;' (https://docs.snowflake.com/en/sql-reference/sql/execute-immediate) is the
    /// statement its text holds. A text from a variable, USING binds and Snowflake Scripting blocks fail by name.
    /// </summary>
    private Statement ParseExecuteImmediate()
    {
        ExpectWord("EXECUTE");
        ExpectWord("IMMEDIATE");
        if (Current.Kind != TokenKind.String) throw SnowflakeErrors.Unsupported("EXECUTE IMMEDIATE of a variable or bind");
        var text = Advance().Value;
        if (IsWord("USING")) throw SnowflakeErrors.Unsupported("EXECUTE IMMEDIATE ... USING");
        var inner = Tokenizer.Tokenize(text);
        if (inner.Count > 0 && (inner[0].IsWord("BEGIN") && !(inner.Count > 1 && (inner[1].IsWord("TRANSACTION") || inner[1].IsWord("WORK") || inner[1].IsSymbol(";") || inner[1].Kind == TokenKind.EndOfInput))
                                || inner[0].IsWord("DECLARE")))
            throw SnowflakeErrors.Unsupported("Snowflake Scripting");
        return ParseBody(text, parser => parser.ParseStatement());
    }

    private Statement ParseExplain()
    {
        ExpectWord("EXPLAIN");
        if (AcceptWord("USING")) Advance();
        return new ExplainStatement(ParseStatement());
    }

    // ---- DML ---------------------------------------------------------------------------------------------------------

    private Statement ParseInsert()
    {
        ExpectWord("INSERT");
        var overwrite = AcceptWord("OVERWRITE");
        if (IsWord("ALL") || IsWord("FIRST")) return ParseMultiInsert(overwrite);
        ExpectWord("INTO");
        var table = ParseQualifiedName();
        IReadOnlyList<Identifier> columns = IsSymbol("(") && !LooksLikeParenthesizedQuery()
            ? ParseParenthesizedIdentifierList()
            : Array.Empty<Identifier>();
        var source = ParseQuery();
        return new InsertStatement(table, overwrite, columns, source);
    }

    private Statement ParseMultiInsert(bool overwrite)
    {
        var first = Advance().IsWord("FIRST");
        var branches = new List<InsertBranch>();
        // FIRST needs WHEN clauses (docs: a syntax error otherwise).
        if (IsWord("INTO") && first) throw Unexpected();
        if (IsWord("INTO"))
            branches.Add(new InsertBranch(null, false, ParseInsertTargets()));
        while (AcceptWord("WHEN"))
        {
            var condition = ParseExpression();
            ExpectWord("THEN");
            branches.Add(new InsertBranch(condition, false, ParseInsertTargets()));
        }
        if (AcceptWord("ELSE"))
            branches.Add(new InsertBranch(null, true, ParseInsertTargets()));
        if (branches.Count == 0) throw Unexpected();
        return new MultiInsertStatement(overwrite, first, branches, ParseQuery());
    }

    private List<InsertInto> ParseInsertTargets()
    {
        var targets = new List<InsertInto>();
        while (AcceptWord("INTO"))
        {
            var table = ParseQualifiedName();
            IReadOnlyList<Identifier> columns = IsSymbol("(") ? ParseParenthesizedIdentifierList() : Array.Empty<Identifier>();
            List<Expression>? values = null;
            if (AcceptWord("VALUES"))
            {
                ExpectSymbol("(");
                values = ParseExpressionList();
                ExpectSymbol(")");
            }
            targets.Add(new InsertInto(table, columns, values));
        }
        if (targets.Count == 0) throw Unexpected();
        return targets;
    }

    private Statement ParseUpdate()
    {
        ExpectWord("UPDATE");
        var table = ParseQualifiedName();
        var alias = ParseTableAlias();
        ExpectWord("SET");
        var assignments = ParseAssignments();
        TableSource? from = AcceptWord("FROM") ? ParseFromList() : null;
        Expression? where = AcceptWord("WHERE") ? ParseExpression() : null;
        return new UpdateStatement(table, alias, assignments, from, where);
    }

    private List<Assignment> ParseAssignments()
    {
        var assignments = new List<Assignment>();
        do
        {
            var column = new List<Identifier> { ParseIdentifier() };
            while (AcceptSymbol(".")) column.Add(ParseIdentifier());
            ExpectSymbol("=");
            assignments.Add(new Assignment(column, ParseExpression()));
        } while (AcceptSymbol(","));
        return assignments;
    }

    private Statement ParseDelete()
    {
        ExpectWord("DELETE");
        ExpectWord("FROM");
        var table = ParseQualifiedName();
        var alias = ParseTableAlias();
        TableSource? usingSource = AcceptWord("USING") ? ParseFromList() : null;
        Expression? where = AcceptWord("WHERE") ? ParseExpression() : null;
        return new DeleteStatement(table, alias, usingSource, where);
    }

    private Statement ParseMerge()
    {
        ExpectWord("MERGE");
        ExpectWord("INTO");
        var target = ParseQualifiedName();
        var alias = ParseTableAlias();
        ExpectWord("USING");
        var source = ParseTablePrimary();
        ExpectWord("ON");
        var on = ParseExpression();
        var clauses = new List<MergeClause>();
        while (AcceptWord("WHEN"))
            clauses.Add(ParseMergeClause());
        if (clauses.Count == 0) throw Unexpected();
        return new MergeStatement(target, alias, source, on, clauses);
    }

    private MergeClause ParseMergeClause()
    {
        var matched = !AcceptWord("NOT");
        ExpectWord("MATCHED");
        Expression? condition = AcceptWord("AND") ? ParseExpression() : null;
        ExpectWord("THEN");
        if (AcceptWord("DELETE"))
            return new MergeClause(matched, condition, "DELETE", Array.Empty<Assignment>(), Array.Empty<Identifier>(), Array.Empty<Expression>());
        if (AcceptWord("UPDATE"))
        {
            ExpectWord("SET");
            return new MergeClause(matched, condition, "UPDATE", ParseAssignments(), Array.Empty<Identifier>(), Array.Empty<Expression>());
        }
        ExpectWord("INSERT");
        IReadOnlyList<Identifier> columns = IsSymbol("(") ? ParseParenthesizedIdentifierList() : Array.Empty<Identifier>();
        ExpectWord("VALUES");
        ExpectSymbol("(");
        var values = ParseExpressionList();
        ExpectSymbol(")");
        return new MergeClause(matched, condition, "INSERT", Array.Empty<Assignment>(), columns, values);
    }

    // ---- session and engine statements -------------------------------------------------------------------------

    private Statement ParseUse()
    {
        ExpectWord("USE");
        if (AcceptWords("SECONDARY", "ROLES"))
        {
            var roles = new List<string>();
            do roles.Add(ParseIdentifier().Resolved); while (AcceptSymbol(","));
            return new UseStatement("SECONDARY ROLES", null, string.Join(",", roles));
        }
        string? kind = null;
        if ((IsWord("DATABASE") || IsWord("SCHEMA") || IsWord("WAREHOUSE") || IsWord("ROLE"))
            && PeekToken().Kind is TokenKind.Word or TokenKind.QuotedIdentifier)
            kind = Advance().Text.ToUpperInvariant();
        return new UseStatement(kind, ParseQualifiedName(), null);
    }

    private static readonly HashSet<string> ShowClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "HISTORY", "LIKE", "IN", "STARTS", "LIMIT", "ON", "TO", "OF", "FROM",
    };

    private Statement ParseShow()
    {
        ExpectWord("SHOW");
        var terse = AcceptWord("TERSE");
        var kindWords = new List<string>();
        while (Current.Kind == TokenKind.Word && !ShowClauseWords.Contains(Current.Text))
            kindWords.Add(Advance().Text.ToUpperInvariant());
        if (kindWords.Count == 0) throw Unexpected();
        var show = new ShowStatement(string.Join(' ', kindWords)) { Terse = terse, History = AcceptWord("HISTORY") };
        if (AcceptWord("LIKE")) show = show with { LikePattern = ParseStringLiteral() };
        if (IsWord("ON") || IsWord("TO") || IsWord("OF"))
        {
            var preposition = Advance().Text.ToUpperInvariant();
            string? targetKind = null;
            if (Current.Kind == TokenKind.Word && PeekToken().Kind is TokenKind.Word or TokenKind.QuotedIdentifier)
                targetKind = Advance().Text.ToUpperInvariant();
            show = show with { TargetPreposition = preposition, TargetKind = targetKind, TargetName = AtStatementEnd ? null : ParseQualifiedName() };
        }
        if (AcceptWord("IN")) show = show with { In = ParseShowScope() };
        if (AcceptWords("STARTS", "WITH")) show = show with { StartsWith = ParseStringLiteral() };
        if (AcceptWord("LIMIT"))
        {
            show = show with { Limit = (int)ParseSignedInteger() };
            if (AcceptWord("FROM")) show = show with { LimitFrom = ParseStringLiteral() };
        }
        return show;
    }

    private ShowScope ParseShowScope()
    {
        if (AcceptWord("ACCOUNT")) return new ShowScope("ACCOUNT", null);
        if (AcceptWord("SESSION")) return new ShowScope("SESSION", null);
        foreach (var kind in new[] { "DATABASE", "SCHEMA", "TABLE", "VIEW", "WAREHOUSE", "USER", "APPLICATION" })
            if (AcceptWord(kind))
                return new ShowScope(kind, AtStatementEnd || IsWord("STARTS") || IsWord("LIMIT") ? null : ParseQualifiedName());
        return new ShowScope("", ParseQualifiedName());
    }

    private static readonly HashSet<string> DescribeKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "TABLE", "VIEW", "SCHEMA", "DATABASE", "SEQUENCE", "WAREHOUSE", "USER", "ROLE", "STAGE", "FUNCTION", "PROCEDURE",
        "RESULT", "STREAM", "TASK", "PIPE",
    };

    private Statement ParseDescribe()
    {
        Advance();
        var kind = "TABLE";
        if (AcceptWords("MATERIALIZED", "VIEW")) kind = "MATERIALIZED VIEW";
        else if (AcceptWords("FILE", "FORMAT")) kind = "FILE FORMAT";
        else if (AcceptWords("EXTERNAL", "TABLE")) kind = "EXTERNAL TABLE";
        else if (Current.Kind == TokenKind.Word && DescribeKinds.Contains(Current.Text)
                 && PeekToken().Kind is TokenKind.Word or TokenKind.QuotedIdentifier or TokenKind.String)
            kind = Advance().Text.ToUpperInvariant();
        QualifiedName name = Current.Kind == TokenKind.String
            ? new QualifiedName(new[] { new Identifier(Advance().Value, true) })
            : ParseQualifiedName();
        if (IsSymbol("(")) SkipBalancedParentheses(); // DESCRIBE FUNCTION f(NUMBER)
        string? describeType = null;
        if (AcceptWord("TYPE"))
        {
            ExpectSymbol("=");
            describeType = ParseIdentifier().Resolved;
        }
        return new DescribeStatement(kind, name) { DescribeType = describeType };
    }

    private void SkipBalancedParentheses()
    {
        var depth = 0;
        do
        {
            if (Current.Kind == TokenKind.EndOfInput) throw Unexpected();
            if (IsSymbol("(")) depth++;
            else if (IsSymbol(")")) depth--;
            Advance();
        } while (depth > 0);
    }

    private Statement ParseSet()
    {
        ExpectWord("SET");
        var names = new List<string>();
        var values = new List<Expression>();
        if (AcceptSymbol("("))
        {
            do names.Add(ParseIdentifier().Resolved); while (AcceptSymbol(","));
            ExpectSymbol(")");
            ExpectSymbol("=");
            ExpectSymbol("(");
            values.AddRange(ParseExpressionList());
            ExpectSymbol(")");
            if (values.Count != names.Count) throw Unexpected(_tokens[_index - 1]);
        }
        else
        {
            names.Add(ParseIdentifier().Resolved);
            ExpectSymbol("=");
            values.Add(ParseExpression());
        }
        return new SetVariableStatement(names, values);
    }

    private Statement ParseUnset()
    {
        ExpectWord("UNSET");
        var names = new List<string>();
        if (AcceptSymbol("("))
        {
            do names.Add(ParseIdentifier().Resolved); while (AcceptSymbol(","));
            ExpectSymbol(")");
        }
        else names.Add(ParseIdentifier().Resolved);
        return new UnsetVariableStatement(names);
    }

    private Statement ParseTransaction()
    {
        var word = Advance().Text.ToUpperInvariant();
        switch (word)
        {
            case "BEGIN":
                if (!AtStatementEnd && !IsWord("TRANSACTION") && !IsWord("WORK") && !IsWord("NAME"))
                    throw SnowflakeErrors.Unsupported("Snowflake Scripting");
                if (!AcceptWord("TRANSACTION")) AcceptWord("WORK");
                if (AcceptWord("NAME")) ParseIdentifier();
                return new TransactionStatement("BEGIN");
            case "START":
                ExpectWord("TRANSACTION");
                if (AcceptWord("NAME")) ParseIdentifier();
                return new TransactionStatement("BEGIN");
            case "END":
                throw Unexpected(_tokens[_index - 1]);
            default:
                AcceptWord("WORK");
                return new TransactionStatement(word);
        }
    }

    private Statement ParseGrant()
    {
        var revoke = Advance().IsWord("REVOKE");
        if (revoke && AcceptWords("GRANT", "OPTION")) ExpectWord("FOR");
        var privileges = new List<string>();
        var current = new List<string>();
        while (!IsWord("ON") && !IsWord(revoke ? "FROM" : "TO"))
        {
            if (AtStatementEnd) throw Unexpected();
            if (AcceptSymbol(","))
            {
                privileges.Add(string.Join(' ', current));
                current.Clear();
                continue;
            }
            if (IsSymbol("(")) { SkipBalancedParentheses(); continue; }
            current.Add(Advance().Text.ToUpperInvariant());
        }
        if (current.Count > 0) privileges.Add(string.Join(' ', current));
        string? onKind = null;
        QualifiedName? onName = null;
        if (AcceptWord("ON")) (onKind, onName) = ParseGrantObject(revoke ? "FROM" : "TO");
        Advance(); // TO / FROM
        string? granteeKind = null;
        if (AcceptWords("DATABASE", "ROLE")) granteeKind = "DATABASE ROLE";
        else if (IsWord("ROLE") || IsWord("USER") || IsWord("SHARE") || IsWord("APPLICATION"))
            granteeKind = Advance().Text.ToUpperInvariant();
        var grantee = ParseQualifiedName();
        while (!AtStatementEnd) Advance(); // WITH GRANT OPTION, COPY CURRENT GRANTS, CASCADE, RESTRICT
        return new GrantStatement(revoke, privileges, onKind, onName, granteeKind, grantee);
    }

    /// <summary>ON [kind words] name, e.g. ON TABLE db.s.t, ON ALL TABLES IN SCHEMA s, ON ACCOUNT.</summary>
    private (string? Kind, QualifiedName? Name) ParseGrantObject(string terminator)
    {
        var start = _index;
        while (!IsWord(terminator) && !AtStatementEnd) Advance();
        var end = _index;
        if (end == start) throw Unexpected();
        if (end - start == 1 && _tokens[start].IsWord("ACCOUNT")) return ("ACCOUNT", null);
        // The name is the trailing dotted identifier chain; the words before it are the object kind.
        var nameStart = end - 1;
        while (nameStart - 2 >= start && _tokens[nameStart - 1].IsSymbol(".")) nameStart -= 2;
        var kind = string.Join(' ', _tokens.Skip(start).Take(nameStart - start).Select(t => t.Text.ToUpperInvariant()));
        _index = nameStart;
        var name = ParseQualifiedName();
        if (_index != end) throw Unexpected();
        return (kind.Length == 0 ? null : kind, name);
    }

    private Statement ParseComment()
    {
        ExpectWord("COMMENT");
        var ifExists = AcceptWords("IF", "EXISTS");
        ExpectWord("ON");
        var kind = Advance().Text.ToUpperInvariant();
        if (kind is "MATERIALIZED" or "FILE" or "EXTERNAL" or "MASKING") kind += " " + Advance().Text.ToUpperInvariant();
        // A column is named table.column, so COMMENT ON COLUMN takes up to four parts.
        var name = kind == "COLUMN" ? ParseColumnPath() : ParseQualifiedName();
        ExpectWord("IS");
        return new CommentStatement(kind, name, ParseStringLiteral(), ifExists);
    }

    private QualifiedName ParseColumnPath()
    {
        var parts = new List<Identifier> { ParseIdentifier() };
        while (parts.Count < 4 && AcceptSymbol(".")) parts.Add(ParseIdentifier());
        return new QualifiedName(parts);
    }

    private Statement ParseCall()
    {
        ExpectWord("CALL");
        var name = ParseQualifiedName();
        ExpectSymbol("(");
        var arguments = IsSymbol(")") ? new List<Expression>() : ParseExpressionList();
        ExpectSymbol(")");
        return new CallStatement(name, arguments);
    }

    private Statement ParseFileCommand()
    {
        var command = Advance().Text.ToUpperInvariant() switch { "LS" => "LIST", "RM" => "REMOVE", var c => c };
        var locations = new List<string>();
        var options = new List<OptionSetting>();
        var chunks = new List<string>();
        while (Current.Kind == TokenKind.RawText) chunks.Add(Advance().Text);
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var equals = chunk.IndexOf('=');
            if (equals < 0 && i + 1 < chunks.Count && chunks[i + 1].StartsWith('='))
            {
                chunk += chunks[++i];
                equals = chunk.IndexOf('=');
            }
            if (equals >= 0 && !chunk.StartsWith('\'') && !chunk.StartsWith('@'))
            {
                if (equals == chunk.Length - 1 && i + 1 < chunks.Count) chunk += chunks[++i];
                options.Add(MakeFileOption(chunk[..equals], chunk[(equals + 1)..]));
            }
            else locations.Add(Unquote(chunk));
        }
        if (locations.Count == 0) throw Unexpected();
        return new FileStatement(command, locations, options);
    }

    private static OptionSetting MakeFileOption(string name, string value)
    {
        var quoted = value.Length >= 2 && value.StartsWith('\'') && value.EndsWith('\'');
        return new OptionSetting(name.Trim().ToUpperInvariant(), quoted ? Unquote(value) : value.Trim().ToUpperInvariant(), quoted);
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '\'' && text[^1] == '\'' ? text[1..^1].Replace("''", "'") : text;

    /// <summary>NAME = value options (warehouse/user properties, table options, ALTER SESSION).</summary>
    private List<OptionSetting> ParseOptionSettings(bool allowCommas)
    {
        var settings = new List<OptionSetting>();
        while (Current.Kind == TokenKind.Word && PeekToken().IsSymbol("="))
        {
            var name = Advance().Text.ToUpperInvariant();
            Advance();
            settings.Add(ParseOptionValue(name));
            if (allowCommas) AcceptSymbol(",");
        }
        return settings;
    }

    private OptionSetting ParseOptionValue(string name)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String:
                Advance();
                return new OptionSetting(name, token.Value, true);
            case TokenKind.Number or TokenKind.Word or TokenKind.QuotedIdentifier:
                Advance();
                return new OptionSetting(name, token.Kind == TokenKind.Word ? token.Text.ToUpperInvariant() : token.Value, false);
            case TokenKind.Symbol when token.Text == "-":
                return new OptionSetting(name, ParseSignedInteger().ToString(), false);
            case TokenKind.Symbol when token.Text == "(":
                var start = _index;
                SkipBalancedParentheses();
                return new OptionSetting(name, SourceSlice(start, _index), false);
            default:
                throw Unexpected();
        }
    }
}
