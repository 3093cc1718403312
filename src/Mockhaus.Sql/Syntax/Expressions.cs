namespace Mockhaus.Sql.Syntax;

/// <summary>Base of every value expression.</summary>
public abstract record Expression : SyntaxNode;

public sealed record NumberLiteral(string Text) : Expression
{
    public bool IsInteger => Text.All(char.IsDigit);

    /// <summary>Exact literals (no exponent) are Snowflake NUMBERs; with an exponent they are FLOATs.</summary>
    public bool IsExact => !Text.Contains('e', StringComparison.OrdinalIgnoreCase);

    public int Scale => IsExact && Text.IndexOf('.') is var dot and >= 0 ? Text.Length - dot - 1 : 0;
}

public sealed record StringLiteral(string Value) : Expression;

public sealed record BooleanLiteral(bool Value) : Expression;

public sealed record NullLiteral : Expression;

/// <summary>DEFAULT as a value in INSERT ... VALUES or UPDATE ... SET: the column's default.</summary>
public sealed record DefaultValue : Expression;

/// <summary>DATE '2024-01-01', TIMESTAMP '...', TIME '...'.</summary>
public sealed record TypedLiteral(DataType Type, string Value) : Expression;

/// <summary>INTERVAL '1 day' or INTERVAL '2' DAY.</summary>
public sealed record IntervalLiteral(string Value, string? Unit) : Expression;

/// <summary>A column reference, possibly qualified (t.c, s.t.c).</summary>
public sealed record ColumnReference(IReadOnlyList<Identifier> Parts) : Expression
{
    public Identifier Name => Parts[^1];
}

/// <summary>* or t.* with Snowflake's EXCLUDE / RENAME / ILIKE modifiers.</summary>
public sealed record StarExpression(IReadOnlyList<Identifier> Qualifier) : Expression
{
    public IReadOnlyList<Identifier> Exclude { get; init; } = Array.Empty<Identifier>();
    public IReadOnlyList<(Identifier From, Identifier To)> Rename { get; init; } = Array.Empty<(Identifier, Identifier)>();
    public string? ILikePattern { get; init; }
}

public sealed record UnaryExpression(string Operator, Expression Operand) : Expression;

/// <summary>PRIOR x in a CONNECT BY condition, or CONNECT_BY_ROOT x in a hierarchical query's select list.</summary>
public sealed record HierarchyOperator(string Operator, Expression Operand) : Expression;

/// <summary>Arithmetic, comparison, AND/OR and || (Operator holds the upper-cased operator text).</summary>
public sealed record BinaryExpression(string Operator, Expression Left, Expression Right) : Expression;

public sealed record FunctionArgumentSyntax(Expression Value, Identifier? Name);

public sealed record FunctionCallExpression(QualifiedName Name, IReadOnlyList<FunctionArgumentSyntax> Arguments) : Expression
{
    public bool Distinct { get; init; }
    public bool Star { get; init; }
    public IReadOnlyList<OrderItem>? WithinGroup { get; init; }
    public WindowSpecification? Over { get; init; }
    public bool? IgnoreNulls { get; init; }
}

public enum CastStyle
{
    Cast,
    TryCast,
    DoubleColon,
}

public sealed record CastExpression(Expression Operand, DataType Type, CastStyle Style) : Expression;

public sealed record WhenClause(Expression Condition, Expression Result);

public sealed record CaseExpression(Expression? Operand, IReadOnlyList<WhenClause> Whens, Expression? Else) : Expression;

/// <summary>x [NOT] IN (list) or x [NOT] IN (subquery).</summary>
public sealed record InExpression(Expression Operand, IReadOnlyList<Expression>? Values, QueryExpression? Subquery, bool Negated) : Expression;

public sealed record ExistsExpression(QueryExpression Query) : Expression;

public sealed record SubqueryExpression(QueryExpression Query) : Expression;

/// <summary>x = ANY (subquery), x &gt; ALL (subquery).</summary>
public sealed record QuantifiedComparison(Expression Left, string Operator, string Quantifier, QueryExpression Query) : Expression;

public sealed record BetweenExpression(Expression Operand, Expression Low, Expression High, bool Negated) : Expression;

/// <summary>LIKE / ILIKE / RLIKE (REGEXP) with optional ANY/ALL pattern lists and ESCAPE.</summary>
public sealed record LikeExpression(Expression Operand, string Operator, bool Negated, string? Quantifier,
    IReadOnlyList<Expression> Patterns, Expression? Escape) : Expression;

public sealed record IsNullExpression(Expression Operand, bool Negated) : Expression;

/// <summary>x IS [NOT] TRUE / FALSE.</summary>
public sealed record IsBooleanExpression(Expression Operand, bool Value, bool Negated) : Expression;

public sealed record IsDistinctFromExpression(Expression Left, Expression Right, bool Negated) : Expression;

public sealed record ExtractExpression(string Part, Expression Operand) : Expression;

public sealed record PositionExpression(Expression Needle, Expression Haystack) : Expression;

/// <summary>$name: a session variable.</summary>
public sealed record SessionVariable(string Name) : Expression
{
    public string ResolvedName => Name.ToUpperInvariant();
}

/// <summary>A bind placeholder. '?' and ':n' have an Index (1-based); ':name' has a Name.</summary>
public sealed record BindParameter(int? Index, string? Name) : Expression;

/// <summary>$1, $2: a positional column.</summary>
public sealed record PositionalColumn(int Number) : Expression;

/// <summary>(a, b): a row value, used by (a, b) IN (...).</summary>
public sealed record TupleExpression(IReadOnlyList<Expression> Items) : Expression;

/// <summary>[1, 2, 3]: an ARRAY constructor.</summary>
public sealed record ArrayLiteral(IReadOnlyList<Expression> Items) : Expression;

/// <summary>{'a': 1}: an OBJECT constructor.</summary>
public sealed record ObjectLiteral(IReadOnlyList<(string Key, Expression Value)> Entries) : Expression;

/// <summary>Semi-structured access: v:a.b[0] or v['a'].</summary>
public sealed record PathAccess(Expression Operand, IReadOnlyList<PathStep> Steps) : Expression;

/// <summary>One step of a path: a field name or an index / key expression.</summary>
public sealed record PathStep(string? Field, Expression? Index);

/// <summary>GROUP BY ROLLUP (...), CUBE (...), GROUPING SETS (...).</summary>
public sealed record GroupingExpression(string Kind, IReadOnlyList<IReadOnlyList<Expression>> Sets) : Expression;
