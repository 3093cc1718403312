namespace Mockhaus.Sql.Functions;

/// <summary>How one Snowflake function is checked (arity) and translated to a DuckDB expression.</summary>
public sealed record FunctionDefinition(
    string Name,
    FunctionKind Kind,
    int MinArguments,
    int MaxArguments,
    Func<FunctionCall, string> Translate)
{
    /// <summary>
    /// False for a function whose value can differ between two runs over the same data (the clock, randomness, the
    /// session's context or history, side effects): a query calling it is never answered from an earlier result
    /// (https://docs.snowflake.com/en/user-guide/querying-persisted-results).
    /// </summary>
    public bool ResultReusable { get; init; } = true;
}
