using System.Globalization;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Results;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// The session's two entry points into metadata, reading the parsed statement (TranslatedStatement.Syntax):
/// <list type="bullet">
/// <item><see cref="TryExecute"/> runs SHOW, DESCRIBE and COMMENT ON (statements with DuckDbSql null);</item>
/// <item><see cref="AfterStatement"/> records what a DDL statement declared, after it succeeded (on DuckDB or in the engine).</item>
/// </list>
/// </summary>
public static class MetadataStatements
{
    /// <summary>Runs SHOW / DESCRIBE / COMMENT ON; false for any other statement.</summary>
    public static bool TryExecute(TranslatedStatement statement, MetadataContext context, out IResultStream result)
    {
        switch (statement.Syntax)
        {
            case ShowStatement show:
                result = ShowCommand.Execute(ToRequest(show, context), context);
                return true;
            case DescribeStatement describe:
                var parts = Resolve(describe.Name, context);
                result = DescribeCommand.Execute(describe.ObjectKind, ToObjectName(parts), context);
                return true;
            case CommentStatement comment when statement.DuckDbSql is null:
                result = Comment(comment, context);
                return true;
            default:
                result = null!;
                return false;
        }
    }

    /// <summary>
    /// Records a successful DDL statement: CREATE TABLE/VIEW/SCHEMA/DATABASE/SEQUENCE, ALTER TABLE, DROP, COMMENT
    /// (when run on DuckDB). Statements that declare nothing are ignored. Call after the statement ran (CREATE DATABASE:
    /// after the catalog attached it; the store is installed here when missing).
    /// </summary>
    public static void AfterStatement(TranslatedStatement statement, MetadataContext context)
    {
        try
        {
            Record(statement, context);
        }
        catch (DuckDB.NET.Data.DuckDBException)
        {
            // The statement itself succeeded; a bookkeeping failure (e.g. a write conflict with another session on the
            // store) must not turn it into an error. SHOW / DESCRIBE then fall back to what DuckDB knows.
        }
    }

    private static void Record(TranslatedStatement statement, MetadataContext context)
    {
        var mapping = context.TimestampTypeMapping;
        switch (statement.Syntax)
        {
            case CreateDatabaseStatement create:
            {
                var name = Resolve(create.Name, context)[^1];
                if (!context.Catalog.Exists(name)) return;
                MetadataStore.Install(context.Connection, name);
                MetadataStore.RecordCreateDatabase(context.Connection, name, create.Comment, create.Transient);
                if (context.Catalog.SchemaExists(name, DatabaseCatalog.DefaultSchema))
                    MetadataStore.RecordCreateSchema(context.Connection, name, DatabaseCatalog.DefaultSchema, null);
                break;
            }
            case CreateSchemaStatement create:
            {
                var (database, schema) = Qualify2(Resolve(create.Name, context), context);
                Ensure(context, database);
                MetadataStore.RecordCreateSchema(context.Connection, database, schema, create.Comment, create.Transient);
                break;
            }
            case CreateTableStatement create:
            {
                var (database, schema, name) = Qualify3(Resolve(create.Name, context), context);
                Ensure(context, database);
                if (create.IfNotExists && !create.OrReplace && Recorded(context, database, schema, name))
                    return;
                var source = create.Like ?? create.CloneOf;
                if (source is not null)
                {
                    var (sd, ss, sn) = Qualify3(Resolve(source, context), context);
                    MetadataStore.RecordCopyTable(context.Connection, sd, ss, sn, database, schema, name, create.TableKind, create.Comment);
                    return;
                }
                MetadataStore.RecordCreateTable(context.Connection, database, schema, ToTableMetadata(create, name), mapping);
                if (create.AsQuery is not null && create.Columns.Count == 0)
                    StructuredTypesOfQuery.Record(context, database, schema, name, create.AsQuery);
                break;
            }
            case CreateViewStatement view:
            {
                var (database, schema, name) = Qualify3(Resolve(view.Name, context), context);
                Ensure(context, database);
                if (view.IfNotExists && !view.OrReplace && Recorded(context, database, schema, name))
                    return;
                MetadataStore.RecordCreateView(context.Connection, database, schema, name, statement.SourceText.Trim().TrimEnd(';').Trim(),
                    view.Comment, view.Secure, view.Temporary);
                break;
            }
            case CreateSequenceStatement sequence:
            {
                var (database, schema, name) = Qualify3(Resolve(sequence.Name, context), context);
                Ensure(context, database);
                MetadataStore.RecordCreateSequence(context.Connection, database, schema, name, sequence.Start, sequence.Increment, sequence.Comment);
                break;
            }
            case DropStatement drop:
            {
                var kind = MetadataStore.NormalizeKind(drop.ObjectKind);
                var parts = Resolve(drop.Name, context);
                if (kind == "SCHEMA")
                {
                    var (database, schema) = Qualify2(parts, context);
                    if (context.Catalog.Exists(database)) MetadataStore.RecordDrop(context.Connection, database, null, schema, "SCHEMA");
                }
                else if (kind is "TABLE" or "VIEW" or "SEQUENCE")
                {
                    var (database, schema, name) = Qualify3(parts, context);
                    if (context.Catalog.Exists(database)) MetadataStore.RecordDrop(context.Connection, database, schema, name, kind);
                }
                break;
            }
            case AlterTableStatement alter:
                AlterTable(alter, context);
                break;
            case CommentStatement comment:
                Comment(comment, context);
                break;
        }
    }

    private static void AlterTable(AlterTableStatement alter, MetadataContext context)
    {
        var (database, schema, name) = Qualify3(Resolve(alter.Name, context), context);
        if (!context.Catalog.Exists(database)) return;
        Ensure(context, database);
        var c = context.Connection;
        foreach (var action in alter.Actions)
        {
            switch (action)
            {
                case AddColumnAction add:
                    MetadataStore.RecordAddColumns(c, database, schema, name, add.Columns.Select(ToColumnMetadata).ToList(), context.TimestampTypeMapping);
                    break;
                case DropColumnAction drop:
                    MetadataStore.RecordDropColumns(c, database, schema, name, drop.Columns.Select(i => i.Resolved).ToList());
                    break;
                case RenameColumnAction rename:
                    MetadataStore.RecordRenameColumn(c, database, schema, name, rename.From.Resolved, rename.To.Resolved);
                    break;
                case RenameTableAction rename:
                {
                    var parts = Resolve(rename.NewName, context);
                    var newDatabase = parts.Count >= 3 ? parts[^3] : database;
                    var newSchema = parts.Count >= 2 ? parts[^2] : schema;
                    // ALTER TABLE and ALTER VIEW share this node: move whichever record exists.
                    MetadataStore.RecordRename(c, database, schema, name, "TABLE", newDatabase, newSchema, parts[^1]);
                    MetadataStore.RecordRename(c, database, schema, name, "VIEW", newDatabase, newSchema, parts[^1]);
                    (database, schema, name) = (newDatabase, newSchema, parts[^1]);
                    break;
                }
                case SwapWithAction swap:
                {
                    var (_, otherSchema, otherName) = Qualify3(Resolve(swap.Other, context), context);
                    MetadataStore.RecordSwap(c, database, schema, name, otherSchema, otherName);
                    break;
                }
                case SetTableCommentAction comment:
                    MetadataStore.RecordComment(c, database, schema, name, "TABLE", comment.Comment);
                    break;
                case AddConstraintAction add:
                    MetadataStore.RecordAddConstraint(c, database, schema, name, ToConstraintMetadata(add.Constraint));
                    break;
                case DropConstraintAction drop:
                    MetadataStore.RecordDropConstraint(c, database, schema, name, drop.Name?.Resolved, drop.Kind,
                        drop.Columns.Count == 0 ? null : drop.Columns.Select(i => i.Resolved).ToList());
                    break;
                case AlterColumnAction column:
                {
                    var col = column.Column.Resolved;
                    switch (column.Change)
                    {
                        case "TYPE":
                            MetadataStore.RecordAlterColumn(c, database, schema, name, col, declaredType: column.Type!.SnowflakeText,
                                timestampTypeMapping: context.TimestampTypeMapping);
                            break;
                        case "SET NOT NULL":
                            MetadataStore.RecordAlterColumn(c, database, schema, name, col, notNull: true);
                            break;
                        case "DROP NOT NULL":
                            MetadataStore.RecordAlterColumn(c, database, schema, name, col, notNull: false);
                            break;
                        case "SET DEFAULT":
                            MetadataStore.RecordAlterColumn(c, database, schema, name, col, defaultText: SnowflakeText(column.Default));
                            break;
                        case "DROP DEFAULT":
                            MetadataStore.RecordAlterColumn(c, database, schema, name, col, dropDefault: true);
                            break;
                        default:
                            MetadataStore.RecordColumnComment(c, database, schema, name, col, column.Comment);
                            break;
                    }
                    break;
                }
            }
        }
    }

    private static IResultStream Comment(CommentStatement comment, MetadataContext context)
    {
        var kind = MetadataStore.NormalizeKind(comment.ObjectKind);
        var parts = Resolve(comment.Name, context);
        var text = comment.Comment.Length == 0 ? null : comment.Comment;
        switch (kind)
        {
            case "DATABASE":
                Require(context.Catalog.Exists(parts[^1]), comment, parts);
                Ensure(context, parts[^1]);
                MetadataStore.RecordComment(context.Connection, parts[^1], null, parts[^1], "DATABASE", text);
                break;
            case "SCHEMA":
            {
                var (database, schema) = Qualify2(parts, context);
                Require(context.Catalog.Exists(database) && context.Catalog.SchemaExists(database, schema), comment, parts);
                Ensure(context, database);
                MetadataStore.RecordComment(context.Connection, database, null, schema, "SCHEMA", text);
                break;
            }
            case "COLUMN":
            {
                // COMMENT ON COLUMN [[db.]schema.]table.column
                var column = parts[^1];
                var (database, schema, table) = Qualify3(parts.Take(parts.Count - 1).ToList(), context);
                Require(context.Catalog.Exists(database) && MetadataReader.Columns(context.Connection, database, schema, table).Any(c => c.Name == column), comment, parts);
                MetadataStore.RecordColumnComment(context.Connection, database, schema, table, column, text);
                break;
            }
            default:
            {
                var (database, schema, name) = Qualify3(parts, context);
                var exists = context.Catalog.Exists(database) && (kind == "SEQUENCE"
                    ? MetadataReader.Sequences(context.Connection, database, schema).Any(s => s.Name == name)
                    : MetadataReader.Tables(context.Connection, database, schema, name).Any());
                Require(exists, comment, parts);
                if (kind is "TABLE" or "VIEW")
                    kind = MetadataReader.Tables(context.Connection, database, schema, name).First().ObjectKind;
                MetadataStore.RecordComment(context.Connection, database, schema, name, kind, text);
                break;
            }
        }
        return InMemoryResultStream.Status("Statement executed successfully.");
    }

    private static void Require(bool exists, CommentStatement comment, IReadOnlyList<string> parts)
    {
        if (!exists && !comment.IfExists)
            throw SnowflakeErrors.ObjectDoesNotExist(string.Join('.', parts));
    }

    /// <summary>SHOW as parsed to the request ShowCommand takes.</summary>
    public static ShowRequest ToRequest(ShowStatement show, MetadataContext context)
    {
        ObjectName? scopeName = null;
        if (show.In?.Name is { } name)
        {
            var parts = Resolve(name, context);
            var kind = show.In.Kind.ToUpperInvariant();
            scopeName = kind switch
            {
                "DATABASE" => new ObjectName(null, null, parts[^1]),
                "SCHEMA" => new ObjectName(null, parts.Count >= 2 ? parts[^2] : null, parts[^1]),
                _ => ToObjectName(parts),
            };
            if (kind == "" && show.ObjectKind is not ("COLUMNS" or "PRIMARY KEYS" or "UNIQUE KEYS" or "IMPORTED KEYS"))
                scopeName = new ObjectName(null, parts.Count >= 2 ? parts[^2] : null, parts[^1]);
        }
        return new ShowRequest(show.ObjectKind)
        {
            Terse = show.Terse,
            Like = show.LikePattern,
            ScopeKind = show.In?.Kind,
            ScopeName = scopeName,
            StartsWith = show.StartsWith,
            Limit = show.Limit,
            LimitFrom = show.LimitFrom,
        };
    }

    /// <summary>CREATE TABLE's declarations; column-level constraints become one-column table constraints.</summary>
    public static TableMetadata ToTableMetadata(CreateTableStatement create, string name)
    {
        var constraints = create.Columns.SelectMany(c => c.Constraints).Concat(create.Constraints).Select(ToConstraintMetadata).ToList();
        return new TableMetadata(name)
        {
            TableKind = create.TableKind,
            Comment = create.Comment,
            Columns = create.Columns.Where(c => c.Type is not null)
                .Select(c => ToColumnMetadata(create.PrimaryKeyColumns.Contains(c.Name.Resolved) ? c with { NotNull = true } : c)).ToList(),
            Constraints = constraints,
        };
    }

    public static ConstraintMetadata ToConstraintMetadata(TableConstraint constraint) =>
        new(constraint.Kind, constraint.Columns.Select(c => c.Resolved).ToList())
        {
            Name = constraint.Name?.Resolved,
            References = constraint.References?.ToObjectName(),
            ReferencedColumns = constraint.ReferencedColumns.Select(c => c.Resolved).ToList(),
        };

    public static ColumnMetadata ToColumnMetadata(ColumnDefinition column) => new(column.Name.Resolved, column.Type!.SnowflakeText)
    {
        NotNull = column.NotNull || column.Constraints.Any(c => c.Kind == "PRIMARY KEY"),
        Default = column.Identity is null ? SnowflakeText(column.Default) : null,
        Comment = column.Comment,
        IdentityStart = column.Identity?.Start,
        IdentityIncrement = column.Identity?.Increment,
    };

    /// <summary>A DEFAULT expression as Snowflake prints it (literals, function calls, casts); null when not printable.</summary>
    internal static string? SnowflakeText(Expression? expression) => expression switch
    {
        null => null,
        NumberLiteral n => n.Text,
        StringLiteral s => "'" + s.Value.Replace("'", "\\'") + "'",
        BooleanLiteral b => b.Value ? "TRUE" : "FALSE",
        NullLiteral => "NULL",
        UnaryExpression { Operator: "-" } u when SnowflakeText(u.Operand) is { } operand => "-" + operand,
        FunctionCallExpression f when f.Over is null && f.Arguments.All(a => a.Name is null && SnowflakeText(a.Value) is not null) =>
            f.Name.ToString().ToUpperInvariant() + "(" + string.Join(", ", f.Arguments.Select(a => SnowflakeText(a.Value))) + ")",
        CastExpression c when SnowflakeText(c.Operand) is { } operand =>
            $"CAST({operand} AS {DeclaredType.Resolve(c.Type.Name, c.Type.Arguments)})",
        TypedLiteral t => $"CAST('{t.Value}' AS {DeclaredType.Resolve(t.Type.Name, t.Type.Arguments)})",
        _ => null,
    };

    private static IReadOnlyList<string> Resolve(QualifiedName name, MetadataContext context) =>
        context.NameResolver?.Invoke(name) ?? name.Parts.Select(p => p.Resolved).ToList();

    private static ObjectName ToObjectName(IReadOnlyList<string> parts) => parts.Count switch
    {
        1 => new ObjectName(null, null, parts[0]),
        2 => new ObjectName(null, parts[0], parts[1]),
        _ => new ObjectName(parts[^3], parts[^2], parts[^1]),
    };

    private static (string Database, string Schema, string Name) Qualify3(IReadOnlyList<string> parts, MetadataContext context) =>
        (parts.Count >= 3 ? parts[^3] : context.Database ?? throw NoContext(),
         parts.Count >= 2 ? parts[^2] : context.Schema ?? throw NoContext(),
         parts[^1]);

    private static (string Database, string Schema) Qualify2(IReadOnlyList<string> parts, MetadataContext context) =>
        (parts.Count >= 2 ? parts[^2] : context.Database ?? throw NoContext(), parts[^1]);

    private static SnowflakeSqlException NoContext() =>
        new("090105", "22000", "Cannot perform operation. This session does not have a current database. Call 'USE DATABASE', or use a qualified name.");

    private static bool Recorded(MetadataContext context, string database, string schema, string name) =>
        MetadataStore.Query(context.Connection, $"SELECT 1 FROM {MetadataStore.Meta(database)}.\"OBJECTS\" WHERE schema_name = $1 AND name = $2 AND kind IN ('TABLE', 'VIEW')",
            schema, name).Count > 0;

    private static void Ensure(MetadataContext context, string database) => MetadataStore.EnsureInstalled(context.Connection, database);
}
