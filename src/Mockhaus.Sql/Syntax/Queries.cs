namespace Mockhaus.Sql.Syntax;

/// <summary>Base of query bodies. WITH, ORDER BY and LIMIT may decorate any of them.</summary>
public abstract record QueryExpression : SyntaxNode
{
    public WithClause? With { get; init; }
    public IReadOnlyList<OrderItem> OrderBy { get; init; } = Array.Empty<OrderItem>();
    public Expression? Limit { get; init; }
    public Expression? Offset { get; init; }
}

public sealed record CommonTableExpression(Identifier Name, IReadOnlyList<Identifier> Columns, QueryExpression Query);

public sealed record WithClause(bool Recursive, IReadOnlyList<CommonTableExpression> Tables);

/// <summary>
/// One select-list item. DefaultName is the column name Snowflake shows when there is no alias: the item's source text
/// with unquoted parts upper-cased (SELECT a + 1 shows "A + 1"; SELECT count(*) shows "COUNT(*)").
/// </summary>
public sealed record SelectItem(Expression Expression, Identifier? Alias, string SourceText, string DefaultName);

public sealed record OrderItem(Expression Expression, bool Descending, bool? NullsFirst);

public sealed record NamedWindow(Identifier Name, WindowSpecification Specification);

public sealed record SelectQuery : QueryExpression
{
    public bool Distinct { get; init; }
    public Expression? Top { get; init; }
    public required IReadOnlyList<SelectItem> Items { get; init; }
    public TableSource? From { get; init; }
    public Expression? Where { get; init; }
    public bool GroupByAll { get; init; }
    public IReadOnlyList<Expression> GroupBy { get; init; } = Array.Empty<Expression>();
    public Expression? Having { get; init; }
    public Expression? Qualify { get; init; }
    public IReadOnlyList<NamedWindow> Windows { get; init; } = Array.Empty<NamedWindow>();
    /// <summary>START WITH ... CONNECT BY ...: the query walks a hierarchy (see <see cref="HierarchyClause"/>).</summary>
    public HierarchyClause? Hierarchy { get; init; }
}

/// <summary>
/// A hierarchical query's START WITH predicate (the roots; all rows when absent) and CONNECT BY condition, in which
/// PRIOR marks the parent row's side (https://docs.snowflake.com/en/sql-reference/constructs/connect-by).
/// </summary>
public sealed record HierarchyClause(Expression? StartWith, Expression ConnectBy);

/// <summary>UNION [ALL] / INTERSECT / EXCEPT (MINUS is normalised to EXCEPT).</summary>
public sealed record SetOperationQuery(QueryExpression Left, string Operator, bool All, QueryExpression Right) : QueryExpression
{
    /// <summary>UNION [ALL] BY NAME: columns are matched by name instead of position.</summary>
    public bool ByName { get; init; }
}

public sealed record ValuesQuery(IReadOnlyList<IReadOnlyList<Expression>> Rows) : QueryExpression;

public sealed record WindowFrameBound(string Kind, Expression? Offset);

/// <summary>OVER ( [name] PARTITION BY ... ORDER BY ... [ROWS|RANGE frame] ) or OVER name.</summary>
public sealed record WindowSpecification(Identifier? BaseWindow, IReadOnlyList<Expression> PartitionBy,
    IReadOnlyList<OrderItem> OrderBy, string? FrameUnit, WindowFrameBound? FrameStart, WindowFrameBound? FrameEnd);

public sealed record TableAlias(Identifier Name, IReadOnlyList<Identifier> Columns);

/// <summary>Base of FROM-clause items.</summary>
public abstract record TableSource : SyntaxNode;

/// <summary>SAMPLE / TABLESAMPLE [BERNOULLI|ROW|SYSTEM|BLOCK] (n [ROWS]) [SEED|REPEATABLE (s)].</summary>
public sealed record SampleClause(string? Method, Expression Size, bool Rows, Expression? Seed);

public sealed record TableReference(QualifiedName Name, TableAlias? Alias) : TableSource
{
    public SampleClause? Sample { get; init; }
    /// <summary>AT / BEFORE (time travel) was written; not supported.</summary>
    public bool TimeTravel { get; init; }
}

public sealed record DerivedTable(QueryExpression Query, TableAlias? Alias, bool Lateral) : TableSource;

/// <summary>TABLE(f(...)) or a bare table function such as FLATTEN(...) in FROM.</summary>
public sealed record TableFunctionSource(FunctionCallExpression Call, TableAlias? Alias, bool Lateral) : TableSource;

public sealed record JoinSource(TableSource Left, TableSource Right, string JoinType) : TableSource
{
    public Expression? On { get; init; }
    public IReadOnlyList<Identifier> Using { get; init; } = Array.Empty<Identifier>();
    public bool Natural { get; init; }
    /// <summary>A comma join (FROM a, b).</summary>
    public bool Comma { get; init; }
    /// <summary>ASOF JOIN ... MATCH_CONDITION (...).</summary>
    public Expression? MatchCondition { get; init; }
}

/// <summary>source PIVOT (agg(x) FOR col IN (values)) [alias].</summary>
public sealed record PivotSource(TableSource Source, FunctionCallExpression Aggregate, Identifier PivotColumn,
    IReadOnlyList<Expression> Values, bool AnyValues, TableAlias? Alias) : TableSource;

/// <summary>source UNPIVOT [INCLUDE NULLS] (value FOR name IN (cols)) [alias].</summary>
public sealed record UnpivotSource(TableSource Source, Identifier ValueColumn, Identifier NameColumn,
    IReadOnlyList<Identifier> Columns, bool IncludeNulls, TableAlias? Alias) : TableSource;
