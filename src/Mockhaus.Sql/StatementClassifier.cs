using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql;

/// <summary>Derives the <see cref="StatementKind"/> and the target object of a parsed statement.</summary>
internal static class StatementClassifier
{
    public static StatementKind Kind(Statement statement) => statement switch
    {
        QueryStatement => StatementKind.Select,
        ExplainStatement => StatementKind.Explain,
        InsertStatement => StatementKind.Insert,
        MultiInsertStatement => StatementKind.MultiInsert,
        UpdateStatement => StatementKind.Update,
        DeleteStatement => StatementKind.Delete,
        MergeStatement => StatementKind.Merge,
        CreateTableStatement => StatementKind.CreateTable,
        CreateViewStatement => StatementKind.CreateView,
        CreateSchemaStatement => StatementKind.CreateSchema,
        CreateDatabaseStatement => StatementKind.CreateDatabase,
        CreateSequenceStatement => StatementKind.CreateSequence,
        CreateFunctionStatement => StatementKind.CreateFunction,
        AlterTableStatement => StatementKind.AlterTable,
        AlterDatabaseStatement => StatementKind.AlterOther,
        DropStatement => StatementKind.Drop,
        UndropStatement => StatementKind.Undrop,
        TruncateStatement => StatementKind.Truncate,
        CommentStatement => StatementKind.Comment,
        UseStatement => StatementKind.Use,
        AlterSessionStatement => StatementKind.AlterSession,
        SetVariableStatement => StatementKind.SetVariable,
        UnsetVariableStatement => StatementKind.UnsetVariable,
        ShowStatement => StatementKind.Show,
        DescribeStatement => StatementKind.Describe,
        TransactionStatement { Kind: "BEGIN" } => StatementKind.Begin,
        TransactionStatement { Kind: "COMMIT" } => StatementKind.Commit,
        TransactionStatement => StatementKind.Rollback,
        GrantStatement { Revoke: false } => StatementKind.Grant,
        GrantStatement => StatementKind.Revoke,
        AccountObjectStatement { Action: "CREATE" } => StatementKind.CreateOther,
        AccountObjectStatement { Action: "ALTER" } => StatementKind.AlterOther,
        AccountObjectStatement => StatementKind.Drop,
        CallStatement => StatementKind.Call,
        FileStatement { Command: "PUT" } => StatementKind.Put,
        FileStatement { Command: "GET" } => StatementKind.Get,
        FileStatement { Command: "LIST" } => StatementKind.List,
        FileStatement => StatementKind.Remove,
        _ => StatementKind.Unknown,
    };

    public static ObjectName? Target(Statement statement) => TargetName(statement)?.ToObjectName();

    private static QualifiedName? TargetName(Statement statement) => statement switch
    {
        InsertStatement insert => insert.Table,
        UpdateStatement update => update.Table,
        DeleteStatement delete => delete.Table,
        MergeStatement merge => merge.Target,
        CreateTableStatement create => create.Name,
        CreateViewStatement view => view.Name,
        CreateSchemaStatement schema => schema.Name,
        CreateDatabaseStatement database => database.Name,
        CreateSequenceStatement sequence => sequence.Name,
        CreateFunctionStatement function => function.Name,
        AlterTableStatement alter => alter.Name,
        AlterDatabaseStatement alter => alter.Name,
        DropStatement drop => drop.Name,
        UndropStatement undrop => undrop.Name,
        TruncateStatement truncate => truncate.Name,
        CommentStatement comment => comment.Name,
        DescribeStatement describe => describe.Name,
        UseStatement use => use.Name,
        AccountObjectStatement account => account.Name,
        _ => null,
    };
}
