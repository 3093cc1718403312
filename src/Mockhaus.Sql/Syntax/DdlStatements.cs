namespace Mockhaus.Sql.Syntax;

/// <summary>AUTOINCREMENT / IDENTITY [(start, step)] | [START s INCREMENT i].</summary>
public sealed record IdentitySpecification(long Start, long Increment);

public sealed record ColumnDefinition(Identifier Name, DataType? Type) : SyntaxNode
{
    public bool NotNull { get; init; }
    public Expression? Default { get; init; }
    public IdentitySpecification? Identity { get; init; }
    public string? Comment { get; init; }
    /// <summary>
    /// PRIMARY KEY / UNIQUE / REFERENCES written on the column, as one-column constraints: kept for metadata, never
    /// enforced (as in Snowflake).
    /// </summary>
    public IReadOnlyList<TableConstraint> Constraints { get; init; } = Array.Empty<TableConstraint>();
    public string? Collation { get; init; }
}

/// <summary>
/// A constraint ([CONSTRAINT name] PRIMARY KEY (a) | UNIQUE (b) | FOREIGN KEY (c) REFERENCES t [(d)]). Informational
/// only, as in Snowflake; kept for SHOW ... KEYS, INFORMATION_SCHEMA and GET_DDL.
/// </summary>
public sealed record TableConstraint(string Kind, IReadOnlyList<Identifier> Columns)
{
    /// <summary>CONSTRAINT name as written; null when unnamed (Snowflake then names it SYS_CONSTRAINT_&lt;uuid&gt;).</summary>
    public Identifier? Name { get; init; }

    /// <summary>FOREIGN KEY: the referenced table.</summary>
    public QualifiedName? References { get; init; }

    /// <summary>FOREIGN KEY: the referenced columns; empty means the referenced table's primary key.</summary>
    public IReadOnlyList<Identifier> ReferencedColumns { get; init; } = Array.Empty<Identifier>();
}

public sealed record CreateTableStatement(QualifiedName Name) : Statement
{
    public bool OrReplace { get; init; }
    /// <summary>TEMPORARY, TRANSIENT, VOLATILE, ... as written, or null.</summary>
    public string? TableKind { get; init; }
    public bool IfNotExists { get; init; }
    public IReadOnlyList<ColumnDefinition> Columns { get; init; } = Array.Empty<ColumnDefinition>();
    public IReadOnlyList<TableConstraint> Constraints { get; init; } = Array.Empty<TableConstraint>();

    /// <summary>
    /// Resolved names of the PRIMARY KEY columns, declared on a column or for the table: Snowflake makes them NOT NULL
    /// and enforces that (https://docs.snowflake.com/en/sql-reference/constraints-overview).
    /// </summary>
    public IReadOnlySet<string> PrimaryKeyColumns =>
        Columns.SelectMany(c => c.Constraints).Concat(Constraints).Where(c => c.Kind == "PRIMARY KEY")
            .SelectMany(c => c.Columns).Select(c => c.Resolved).ToHashSet(StringComparer.Ordinal);

    public QueryExpression? AsQuery { get; init; }
    public QualifiedName? Like { get; init; }
    public QualifiedName? CloneOf { get; init; }
    public string? Comment { get; init; }
}

public sealed record CreateViewStatement(QualifiedName Name, QueryExpression Query) : Statement
{
    public bool OrReplace { get; init; }
    public bool Secure { get; init; }
    public bool Temporary { get; init; }
    public bool Materialized { get; init; }
    public bool IfNotExists { get; init; }
    public IReadOnlyList<Identifier> Columns { get; init; } = Array.Empty<Identifier>();
    public string? Comment { get; init; }
}

public sealed record CreateSchemaStatement(QualifiedName Name) : Statement
{
    public bool OrReplace { get; init; }
    public bool IfNotExists { get; init; }
    public bool Transient { get; init; }
    public QualifiedName? CloneOf { get; init; }
    public string? Comment { get; init; }
}

/// <summary>Base of ALTER TABLE actions.</summary>
public abstract record AlterTableAction : SyntaxNode;

public sealed record AddColumnAction(IReadOnlyList<ColumnDefinition> Columns, bool IfNotExists) : AlterTableAction;

public sealed record DropColumnAction(IReadOnlyList<Identifier> Columns, bool IfExists) : AlterTableAction;

public sealed record RenameColumnAction(Identifier From, Identifier To) : AlterTableAction;

/// <summary>ALTER COLUMN c SET DATA TYPE t | SET/DROP NOT NULL | SET/DROP DEFAULT | COMMENT '...'.</summary>
public sealed record AlterColumnAction(Identifier Column, string Change, DataType? Type, Expression? Default, string? Comment) : AlterTableAction;

public sealed record RenameTableAction(QualifiedName NewName) : AlterTableAction;

public sealed record SwapWithAction(QualifiedName Other) : AlterTableAction;

public sealed record SetTableCommentAction(string? Comment) : AlterTableAction;

/// <summary>ALTER TABLE ADD [CONSTRAINT n] PRIMARY KEY | UNIQUE | FOREIGN KEY ...: metadata only.</summary>
public sealed record AddConstraintAction(TableConstraint Constraint) : AlterTableAction;

/// <summary>ALTER TABLE DROP CONSTRAINT n | DROP PRIMARY KEY | DROP UNIQUE (cols) | DROP FOREIGN KEY (cols): metadata only.</summary>
public sealed record DropConstraintAction(Identifier? Name, string? Kind, IReadOnlyList<Identifier> Columns) : AlterTableAction;

/// <summary>CLUSTER BY, SET DATA_RETENTION... and other storage options: no effect in an emulator.</summary>
public sealed record IgnoredAlterAction(string Description) : AlterTableAction;

public sealed record AlterTableStatement(QualifiedName Name, bool IfExists, IReadOnlyList<AlterTableAction> Actions) : Statement;

/// <summary>DROP kind [IF EXISTS] name [CASCADE|RESTRICT]. For DATABASE / WAREHOUSE / ROLE / USER the engine executes it.</summary>
public sealed record DropStatement(string ObjectKind, QualifiedName Name, bool IfExists, bool Cascade) : Statement;

/// <summary>UNDROP kind name.</summary>
public sealed record UndropStatement(string ObjectKind, QualifiedName Name) : Statement;

public sealed record TruncateStatement(QualifiedName Name, bool IfExists) : Statement;
