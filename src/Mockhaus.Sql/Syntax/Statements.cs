namespace Mockhaus.Sql.Syntax;

/// <summary>Base of every statement node.</summary>
public abstract record Statement : SyntaxNode;

public sealed record QueryStatement(QueryExpression Query) : Statement;

/// <summary>EXPLAIN [USING TEXT|JSON|TABULAR] statement.</summary>
public sealed record ExplainStatement(Statement Inner) : Statement;
