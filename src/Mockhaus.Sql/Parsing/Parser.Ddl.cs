using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Lexing;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

// CREATE / ALTER / DROP / UNDROP / TRUNCATE.
public sealed partial class Parser
{
    private static readonly HashSet<string> TableKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "TEMPORARY", "TEMP", "TRANSIENT", "VOLATILE", "LOCAL", "GLOBAL",
    };

    private Statement ParseCreate()
    {
        ExpectWord("CREATE");
        var orReplace = AcceptWords("OR", "REPLACE");
        string? tableKind = null;
        while (Current.Kind == TokenKind.Word && TableKinds.Contains(Current.Text))
        {
            var word = Advance().Text.ToUpperInvariant();
            if (word is not ("LOCAL" or "GLOBAL")) tableKind = word == "TEMP" ? "TEMPORARY" : word;
        }
        var secure = AcceptWord("SECURE");
        var materialized = AcceptWord("MATERIALIZED");
        var kind = Current.Kind == TokenKind.Word ? Advance().Text.ToUpperInvariant() : throw Unexpected();
        var ifNotExists = AcceptWords("IF", "NOT", "EXISTS");
        switch (kind)
        {
            case "TABLE":
                return ParseCreateTable(ParseQualifiedName()) with { OrReplace = orReplace, TableKind = tableKind, IfNotExists = ifNotExists };
            case "VIEW":
                return ParseCreateView(orReplace, secure, materialized, tableKind is not null, ifNotExists);
            case "SCHEMA":
                return new CreateSchemaStatement(ParseQualifiedName())
                {
                    OrReplace = orReplace, IfNotExists = ifNotExists, Transient = tableKind == "TRANSIENT",
                    CloneOf = AcceptWord("CLONE") ? ParseQualifiedName() : null, Comment = ParseTrailingOptions(),
                };
            case "DATABASE":
                return new CreateDatabaseStatement(ParseQualifiedName())
                {
                    OrReplace = orReplace, IfNotExists = ifNotExists, Transient = tableKind == "TRANSIENT",
                    CloneOf = AcceptWord("CLONE") ? ParseQualifiedName() : null, Comment = ParseTrailingOptions(),
                };
            case "SEQUENCE":
                return ParseCreateSequence(orReplace, ifNotExists);
            case "FUNCTION":
                return ParseCreateFunction(orReplace, ifNotExists, tableKind is not null);
            case "WAREHOUSE" or "ROLE" or "USER":
                var name = ParseQualifiedName();
                AcceptWord("WITH");
                return new AccountObjectStatement("CREATE", kind, name)
                {
                    OrReplace = orReplace, IfNotExists = ifNotExists, Properties = ParseRemainingOptions(),
                };
            default:
                throw SnowflakeErrors.Unsupported("CREATE " + kind);
        }
    }

    /// <summary>Table/schema options after the definition: COMMENT = '...', CLUSTER BY (...), DATA_RETENTION_TIME_IN_DAYS = n, COPY GRANTS.</summary>
    private string? ParseTrailingOptions()
    {
        string? comment = null;
        while (true)
        {
            if (AcceptWords("CLUSTER", "BY")) SkipBalancedParentheses();
            else if (AcceptWords("COPY", "GRANTS")) { }
            else if (AcceptWords("WITH", "TAG") || AcceptWord("TAG")) SkipBalancedParentheses();
            else if (AcceptWords("WITH", "ROW", "ACCESS", "POLICY")) throw SnowflakeErrors.Unsupported("ROW ACCESS POLICY");
            else if (Current.Kind == TokenKind.Word && PeekToken().IsSymbol("="))
            {
                var setting = ParseOptionSettings(allowCommas: true);
                comment = setting.LastOrDefault(s => s.Name == "COMMENT")?.Value ?? comment;
            }
            else return comment;
        }
    }

    private List<OptionSetting> ParseRemainingOptions()
    {
        var options = ParseOptionSettings(allowCommas: true);
        if (!AtStatementEnd) throw Unexpected();
        return options;
    }

    private CreateTableStatement ParseCreateTable(QualifiedName name)
    {
        var statement = new CreateTableStatement(name);
        if (AcceptWord("LIKE")) return statement with { Like = ParseQualifiedName(), Comment = ParseTrailingOptions() };
        if (AcceptWord("CLONE"))
        {
            var source = ParseQualifiedName();
            if (IsWord("AT") || IsWord("BEFORE")) throw SnowflakeErrors.Unsupported("time travel (AT | BEFORE)");
            return statement with { CloneOf = source };
        }
        if (IsSymbol("(") && !LooksLikeParenthesizedQuery())
        {
            ExpectSymbol("(");
            var columns = new List<ColumnDefinition>();
            var constraints = new List<TableConstraint>();
            do
            {
                if (IsTableConstraintStart()) constraints.Add(ParseTableConstraint());
                else columns.Add(ParseColumnDefinition(requireType: true));
            } while (AcceptSymbol(","));
            ExpectSymbol(")");
            statement = statement with { Columns = columns, Constraints = constraints };
        }
        statement = statement with { Comment = ParseTrailingOptions() };
        if (AcceptWord("AS"))
            statement = statement with { AsQuery = ParseQuery() };
        else if (statement.Columns.Count == 0)
            throw Unexpected();
        return statement;
    }

    private bool IsTableConstraintStart() =>
        IsWord("CONSTRAINT") || IsWords("PRIMARY", "KEY") || IsWords("FOREIGN", "KEY") || (IsWord("UNIQUE") && PeekToken().IsSymbol("("));

    private TableConstraint ParseTableConstraint()
    {
        var name = AcceptWord("CONSTRAINT") ? ParseIdentifier() : null;
        string kind;
        if (AcceptWords("PRIMARY", "KEY")) kind = "PRIMARY KEY";
        else if (AcceptWord("UNIQUE")) kind = "UNIQUE";
        else { ExpectWord("FOREIGN"); ExpectWord("KEY"); kind = "FOREIGN KEY"; }
        var constraint = new TableConstraint(kind, ParseParenthesizedIdentifierList()) { Name = name };
        if (kind == "FOREIGN KEY")
            constraint = WithReference(constraint);
        SkipConstraintProperties();
        return constraint;
    }

    /// <summary>REFERENCES t [(cols)] [MATCH ...] [ON UPDATE | ON DELETE action]: the target is kept, the rest is informational.</summary>
    private TableConstraint WithReference(TableConstraint constraint)
    {
        ExpectWord("REFERENCES");
        var table = ParseQualifiedName();
        var columns = IsSymbol("(") ? ParseParenthesizedIdentifierList() : [];
        SkipReferentialActions();
        return constraint with { References = table, ReferencedColumns = columns };
    }

    private void SkipReferentialActions()
    {
        while (true)
        {
            if (AcceptWord("MATCH")) Advance();
            else if (IsWord("ON") && (PeekToken().IsWord("UPDATE") || PeekToken().IsWord("DELETE")))
            {
                Advance();
                Advance();
                if (AcceptWords("SET", "NULL") || AcceptWords("SET", "DEFAULT") || AcceptWords("NO", "ACTION")) { }
                else Advance(); // CASCADE | RESTRICT
            }
            else return;
        }
    }

    /// <summary>DROP CONSTRAINT n | DROP PRIMARY KEY | DROP UNIQUE (cols) | DROP FOREIGN KEY (cols); null for DROP [COLUMN].</summary>
    private DropConstraintAction? ParseDropConstraint()
    {
        DropConstraintAction? action = null;
        if (AcceptWord("CONSTRAINT")) action = new DropConstraintAction(ParseIdentifier(), null, []);
        else if (AcceptWords("PRIMARY", "KEY")) action = new DropConstraintAction(null, "PRIMARY KEY", []);
        else if (IsWord("UNIQUE") && PeekToken().IsSymbol("(")) { Advance(); action = new DropConstraintAction(null, "UNIQUE", ParseParenthesizedIdentifierList()); }
        else if (AcceptWords("FOREIGN", "KEY")) action = new DropConstraintAction(null, "FOREIGN KEY", ParseParenthesizedIdentifierList());
        if (action is not null && !AcceptWord("CASCADE"))
            AcceptWord("RESTRICT");
        return action;
    }

    /// <summary>ENFORCED / NOT ENFORCED / DEFERRABLE / RELY ...: informational constraint properties.</summary>
    private void SkipConstraintProperties()
    {
        while (IsWord("ENFORCED") || IsWords("NOT", "ENFORCED") || IsWord("DEFERRABLE") || IsWords("NOT", "DEFERRABLE")
               || IsWord("INITIALLY") || IsWord("DEFERRED") || IsWord("IMMEDIATE") || IsWord("RELY") || IsWord("NORELY")
               || IsWord("VALIDATE") || IsWord("NOVALIDATE") || IsWord("ENABLE") || IsWord("DISABLE"))
            Advance();
    }

    private ColumnDefinition ParseColumnDefinition(bool requireType)
    {
        var name = ParseIdentifier();
        DataType? type = null;
        if (requireType || (Current.Kind == TokenKind.Word && !IsColumnOptionStart()))
            type = ParseDataType();
        var column = new ColumnDefinition(name, type);
        var constraints = new List<TableConstraint>();
        Identifier? constraintName = null;
        // CONSTRAINT n names the constraint that follows it on this column.
        TableConstraint OnThisColumn(string kind)
        {
            var constraint = new TableConstraint(kind, [name]) { Name = constraintName };
            constraintName = null;
            return constraint;
        }
        while (true)
        {
            if (AcceptWords("NOT", "NULL")) column = column with { NotNull = true };
            else if (AcceptWord("NULL")) { }
            else if (AcceptWord("DEFAULT")) column = column with { Default = ParseExpression() };
            else if (AcceptWord("AUTOINCREMENT") || AcceptWord("IDENTITY")) column = column with { Identity = ParseIdentity() };
            else if (AcceptWord("COLLATE")) column = column with { Collation = ParseStringLiteral() };
            else if (AcceptWord("COMMENT")) column = column with { Comment = ParseStringLiteral() };
            else if (AcceptWord("CONSTRAINT")) constraintName = ParseIdentifier();
            else if (AcceptWords("PRIMARY", "KEY")) { constraints.Add(OnThisColumn("PRIMARY KEY")); SkipConstraintProperties(); }
            else if (AcceptWord("UNIQUE")) { constraints.Add(OnThisColumn("UNIQUE")); SkipConstraintProperties(); }
            else if (AcceptWords("FOREIGN", "KEY") || IsWord("REFERENCES"))
            {
                constraints.Add(WithReference(OnThisColumn("FOREIGN KEY")));
                SkipConstraintProperties();
            }
            else if (AcceptWords("WITH", "MASKING") || AcceptWords("MASKING", "POLICY")) throw SnowflakeErrors.Unsupported("MASKING POLICY");
            else if (AcceptWord("AS") && IsSymbol("(")) throw SnowflakeErrors.Unsupported("virtual columns");
            else return column with { Constraints = constraints };
        }
    }

    private bool IsColumnOptionStart() => IsWord("NOT") || IsWord("NULL") || IsWord("DEFAULT") || IsWord("COMMENT")
        || IsWord("AUTOINCREMENT") || IsWord("IDENTITY") || IsWord("PRIMARY") || IsWord("UNIQUE") || IsWord("CONSTRAINT");

    private IdentitySpecification ParseIdentity()
    {
        long start = 1, increment = 1;
        if (AcceptSymbol("("))
        {
            start = ParseSignedInteger();
            ExpectSymbol(",");
            increment = ParseSignedInteger();
            ExpectSymbol(")");
        }
        else
        {
            if (AcceptWord("START")) { AcceptWord("WITH"); AcceptSymbol("="); start = ParseSignedInteger(); }
            if (AcceptWord("INCREMENT")) { AcceptWord("BY"); AcceptSymbol("="); increment = ParseSignedInteger(); }
        }
        if (!AcceptWord("ORDER")) AcceptWord("NOORDER");
        return new IdentitySpecification(start, increment);
    }

    private Statement ParseCreateView(bool orReplace, bool secure, bool materialized, bool temporary, bool ifNotExists)
    {
        var name = ParseQualifiedName();
        IReadOnlyList<Identifier> columns = Array.Empty<Identifier>();
        if (AcceptSymbol("("))
        {
            var list = new List<Identifier>();
            do
            {
                list.Add(ParseIdentifier());
                if (AcceptWord("COMMENT")) ParseStringLiteral();
            } while (AcceptSymbol(","));
            ExpectSymbol(")");
            columns = list;
        }
        var comment = ParseTrailingOptions();
        ExpectWord("AS");
        return new CreateViewStatement(name, ParseQuery())
        {
            OrReplace = orReplace, Secure = secure, Materialized = materialized, Temporary = temporary,
            IfNotExists = ifNotExists, Columns = columns, Comment = comment,
        };
    }

    private Statement ParseCreateSequence(bool orReplace, bool ifNotExists)
    {
        var name = ParseQualifiedName();
        AcceptWord("WITH");
        long start = 1, increment = 1;
        string? comment = null;
        while (!AtStatementEnd)
        {
            if (AcceptWord("START")) { AcceptWord("WITH"); AcceptSymbol("="); start = ParseSignedInteger(); }
            else if (AcceptWord("INCREMENT")) { AcceptWord("BY"); AcceptSymbol("="); increment = ParseSignedInteger(); }
            else if (AcceptWord("ORDER") || AcceptWord("NOORDER")) { }
            else if (AcceptWord("COMMENT")) { ExpectSymbol("="); comment = ParseStringLiteral(); }
            else throw Unexpected();
        }
        return new CreateSequenceStatement(name, start, increment) { OrReplace = orReplace, IfNotExists = ifNotExists, Comment = comment };
    }

    private Statement ParseAlter()
    {
        ExpectWord("ALTER");
        if (AcceptWord("SESSION")) return ParseAlterSession();
        var kind = Current.Kind == TokenKind.Word ? Advance().Text.ToUpperInvariant() : throw Unexpected();
        if (kind == "MATERIALIZED") { ExpectWord("VIEW"); kind = "MATERIALIZED VIEW"; }
        var ifExists = AcceptWords("IF", "EXISTS");
        switch (kind)
        {
            case "TABLE": return ParseAlterTable(ParseQualifiedName(), ifExists);
            case "VIEW": return ParseAlterView(ParseQualifiedName(), ifExists);
            case "DATABASE": return ParseAlterDatabase(ParseQualifiedName(), ifExists);
            case "WAREHOUSE" or "ROLE" or "USER": return ParseAlterAccountObject(kind, ifExists);
            default: throw SnowflakeErrors.Unsupported("ALTER " + kind);
        }
    }

    private Statement ParseAlterSession()
    {
        if (AcceptWord("SET")) return new AlterSessionStatement(ParseRemainingOptions(), Array.Empty<string>());
        ExpectWord("UNSET");
        var names = new List<string>();
        do names.Add(ParseIdentifier().Resolved); while (AcceptSymbol(","));
        return new AlterSessionStatement(Array.Empty<OptionSetting>(), names);
    }

    private Statement ParseAlterTable(QualifiedName name, bool ifExists)
    {
        var actions = new List<AlterTableAction>();
        do actions.Add(ParseAlterTableAction()); while (AcceptSymbol(","));
        return new AlterTableStatement(name, ifExists, actions);
    }

    private AlterTableAction ParseAlterTableAction()
    {
        if (AcceptWord("ADD"))
        {
            if (IsTableConstraintStart()) return new AddConstraintAction(ParseTableConstraint());
            AcceptWord("COLUMN");
            var ifNotExists = AcceptWords("IF", "NOT", "EXISTS");
            var columns = new List<ColumnDefinition> { ParseColumnDefinition(requireType: true) };
            while (IsSymbol(",") && !StartsAlterTableAction(PeekToken())) { Advance(); columns.Add(ParseColumnDefinition(requireType: true)); }
            return new AddColumnAction(columns, ifNotExists);
        }
        if (AcceptWord("DROP"))
        {
            if (ParseDropConstraint() is { } dropConstraint)
                return dropConstraint;
            AcceptWord("COLUMN");
            var ifExists = AcceptWords("IF", "EXISTS");
            return new DropColumnAction(ParseIdentifierList(), ifExists);
        }
        if (AcceptWord("RENAME"))
        {
            if (AcceptWord("TO")) return new RenameTableAction(ParseQualifiedName());
            ExpectWord("COLUMN");
            var from = ParseIdentifier();
            ExpectWord("TO");
            return new RenameColumnAction(from, ParseIdentifier());
        }
        if (AcceptWords("SWAP", "WITH")) return new SwapWithAction(ParseQualifiedName());
        if (AcceptWord("ALTER") || AcceptWord("MODIFY")) return ParseAlterColumn();
        if (AcceptWords("CLUSTER", "BY")) { SkipBalancedParentheses(); return new IgnoredAlterAction("CLUSTER BY"); }
        if (AcceptWords("DROP", "CLUSTERING", "KEY")) return new IgnoredAlterAction("DROP CLUSTERING KEY");
        if (AcceptWord("SET"))
        {
            var settings = ParseOptionSettings(allowCommas: true);
            var comment = settings.FirstOrDefault(s => s.Name == "COMMENT");
            if (settings.Count == 0) throw Unexpected();
            return comment is not null ? new SetTableCommentAction(comment.Value) : new IgnoredAlterAction("SET");
        }
        if (AcceptWord("UNSET"))
        {
            var unset = ParseIdentifier().Resolved;
            return unset == "COMMENT" ? new SetTableCommentAction(null) : new IgnoredAlterAction("UNSET " + unset);
        }
        throw Unexpected();
    }

    private static bool StartsAlterTableAction(Token token) =>
        token.IsWord("ADD") || token.IsWord("DROP") || token.IsWord("RENAME") || token.IsWord("ALTER") || token.IsWord("MODIFY")
        || token.IsWord("SET") || token.IsWord("UNSET") || token.IsWord("CLUSTER") || token.IsWord("SWAP");

    private AlterTableAction ParseAlterColumn()
    {
        AcceptWord("COLUMN");
        var column = ParseIdentifier();
        if (AcceptWord("SET"))
        {
            if (AcceptWords("DATA", "TYPE")) return new AlterColumnAction(column, "TYPE", ParseDataType(), null, null);
            if (AcceptWords("NOT", "NULL")) return new AlterColumnAction(column, "SET NOT NULL", null, null, null);
            if (AcceptWord("DEFAULT")) return new AlterColumnAction(column, "SET DEFAULT", null, ParseExpression(), null);
            throw Unexpected();
        }
        if (AcceptWords("DROP", "NOT", "NULL")) return new AlterColumnAction(column, "DROP NOT NULL", null, null, null);
        if (AcceptWords("DROP", "DEFAULT")) return new AlterColumnAction(column, "DROP DEFAULT", null, null, null);
        if (AcceptWord("TYPE")) return new AlterColumnAction(column, "TYPE", ParseDataType(), null, null);
        if (AcceptWord("COMMENT")) return new AlterColumnAction(column, "COMMENT", null, null, ParseStringLiteral());
        if (AcceptWords("UNSET", "COMMENT")) return new AlterColumnAction(column, "COMMENT", null, null, null);
        throw Unexpected();
    }

    private Statement ParseAlterView(QualifiedName name, bool ifExists)
    {
        if (AcceptWords("RENAME", "TO"))
            return new AlterTableStatement(name, ifExists, new AlterTableAction[] { new RenameTableAction(ParseQualifiedName()) }) ;
        if (AcceptWord("SET") || AcceptWord("UNSET"))
        {
            while (!AtStatementEnd) Advance();
            return new AlterTableStatement(name, ifExists, new AlterTableAction[] { new IgnoredAlterAction("ALTER VIEW SET") });
        }
        throw Unexpected();
    }

    private Statement ParseAlterDatabase(QualifiedName name, bool ifExists)
    {
        if (AcceptWords("RENAME", "TO"))
            return new AlterDatabaseStatement(name, ifExists, "RENAME", ParseQualifiedName(), Array.Empty<OptionSetting>());
        if (AcceptWords("SWAP", "WITH"))
            return new AlterDatabaseStatement(name, ifExists, "SWAP", ParseQualifiedName(), Array.Empty<OptionSetting>());
        if (AcceptWord("SET"))
            return new AlterDatabaseStatement(name, ifExists, "SET", null, ParseRemainingOptions());
        if (AcceptWord("UNSET"))
        {
            var names = new List<OptionSetting>();
            do names.Add(new OptionSetting(ParseIdentifier().Resolved, "", false)); while (AcceptSymbol(","));
            return new AlterDatabaseStatement(name, ifExists, "UNSET", null, names);
        }
        throw Unexpected();
    }

    private Statement ParseAlterAccountObject(string kind, bool ifExists)
    {
        var name = ParseQualifiedName();
        var statement = new AccountObjectStatement("ALTER", kind, name) { IfExists = ifExists };
        if (AcceptWords("RENAME", "TO")) return statement with { AlterAction = "RENAME", NewName = ParseQualifiedName() };
        if (Current.Kind != TokenKind.Word) throw Unexpected();
        var action = Advance().Text.ToUpperInvariant();
        if (action == "UNSET")
        {
            var names = new List<OptionSetting>();
            do names.Add(new OptionSetting(ParseIdentifier().Resolved, "", false)); while (AcceptSymbol(","));
            return statement with { AlterAction = action, Properties = names };
        }
        while (Current.Kind == TokenKind.Word && !PeekToken().IsSymbol("=") && !AtStatementEnd) action += " " + Advance().Text.ToUpperInvariant();
        return statement with { AlterAction = action, Properties = ParseRemainingOptions() };
    }

    private static readonly HashSet<string> DropKindsWithTwoWords = new(StringComparer.OrdinalIgnoreCase) { "MATERIALIZED", "FILE", "EXTERNAL" };

    private Statement ParseDrop()
    {
        ExpectWord("DROP");
        var kind = Current.Kind == TokenKind.Word ? Advance().Text.ToUpperInvariant() : throw Unexpected();
        if (DropKindsWithTwoWords.Contains(kind)) kind += " " + Advance().Text.ToUpperInvariant();
        var ifExists = AcceptWords("IF", "EXISTS");
        var name = ParseQualifiedName();
        if (kind is "FUNCTION" or "PROCEDURE" && IsSymbol("(")) SkipBalancedParentheses();
        var cascade = AcceptWord("CASCADE");
        if (!cascade) AcceptWord("RESTRICT");
        return new DropStatement(kind, name, ifExists, cascade);
    }

    private Statement ParseUndrop()
    {
        ExpectWord("UNDROP");
        var kind = Current.Kind == TokenKind.Word ? Advance().Text.ToUpperInvariant() : throw Unexpected();
        return new UndropStatement(kind, ParseQualifiedName());
    }

    private Statement ParseTruncate()
    {
        ExpectWord("TRUNCATE");
        AcceptWord("TABLE");
        var ifExists = AcceptWords("IF", "EXISTS");
        return new TruncateStatement(ParseQualifiedName(), ifExists);
    }
}
