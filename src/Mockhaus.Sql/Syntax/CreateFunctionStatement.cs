namespace Mockhaus.Sql.Syntax;

/// <summary>One parameter of a SQL UDF: its name, type and optional DEFAULT.</summary>
public sealed record FunctionParameter(Identifier Name, DataType Type, Expression? Default);

/// <summary>
/// CREATE FUNCTION ... LANGUAGE SQL (https://docs.snowflake.com/en/sql-reference/sql/create-function): a scalar UDF whose
/// body is an expression (<see cref="Expression"/>), or a tabular one (RETURNS TABLE) whose body is a query.
/// </summary>
public sealed record CreateFunctionStatement(QualifiedName Name, IReadOnlyList<FunctionParameter> Parameters) : Statement
{
    public bool OrReplace { get; init; }
    public bool IfNotExists { get; init; }
    /// <summary>The scalar return type; null for RETURNS TABLE.</summary>
    public DataType? Returns { get; init; }
    /// <summary>RETURNS TABLE (name type, ...): the columns of a tabular UDF.</summary>
    public IReadOnlyList<(Identifier Name, DataType Type)>? ReturnsTable { get; init; }
    public Expression? Expression { get; init; }
    public QueryExpression? Query { get; init; }
}
