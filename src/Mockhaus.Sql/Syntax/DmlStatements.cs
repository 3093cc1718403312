namespace Mockhaus.Sql.Syntax;

/// <summary>INSERT [OVERWRITE] INTO t [(cols)] VALUES ... | query.</summary>
public sealed record InsertStatement(QualifiedName Table, bool Overwrite, IReadOnlyList<Identifier> Columns, QueryExpression Source) : Statement;

/// <summary>One INTO target of a multi-table insert.</summary>
public sealed record InsertInto(QualifiedName Table, IReadOnlyList<Identifier> Columns, IReadOnlyList<Expression>? Values);

/// <summary>WHEN cond THEN INTO ... (Condition null for unconditional INSERT ALL / ELSE).</summary>
public sealed record InsertBranch(Expression? Condition, bool IsElse, IReadOnlyList<InsertInto> Targets);

/// <summary>INSERT [OVERWRITE] ALL|FIRST ... SELECT.</summary>
public sealed record MultiInsertStatement(bool Overwrite, bool First, IReadOnlyList<InsertBranch> Branches, QueryExpression Source) : Statement;

public sealed record Assignment(IReadOnlyList<Identifier> Column, Expression Value);

public sealed record UpdateStatement(QualifiedName Table, TableAlias? Alias, IReadOnlyList<Assignment> Assignments,
    TableSource? From, Expression? Where) : Statement;

public sealed record DeleteStatement(QualifiedName Table, TableAlias? Alias, TableSource? Using, Expression? Where) : Statement;

/// <summary>One WHEN [NOT] MATCHED [AND cond] THEN UPDATE SET / DELETE / INSERT (cols) VALUES (...) clause.</summary>
public sealed record MergeClause(bool Matched, Expression? Condition, string Action, IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<Identifier> InsertColumns, IReadOnlyList<Expression> InsertValues);

public sealed record MergeStatement(QualifiedName Target, TableAlias? TargetAlias, TableSource Source, Expression On,
    IReadOnlyList<MergeClause> Clauses) : Statement;
