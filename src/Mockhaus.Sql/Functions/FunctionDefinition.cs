namespace Mockhaus.Sql.Functions;

/// <summary>How one Snowflake function is checked (arity) and translated to a DuckDB expression.</summary>
public sealed record FunctionDefinition(
    string Name,
    FunctionKind Kind,
    int MinArguments,
    int MaxArguments,
    Func<FunctionCall, string> Translate);
