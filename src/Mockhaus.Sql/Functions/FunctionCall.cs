namespace Mockhaus.Sql.Functions;

/// <summary>A Snowflake function call as the generator hands it to the function library.</summary>
public sealed class FunctionCall
{
    public FunctionCall(string name, IReadOnlyList<FunctionArgument> arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    /// <summary>The upper-cased Snowflake function name.</summary>
    public string Name { get; }

    public IReadOnlyList<FunctionArgument> Arguments { get; }

    /// <summary>COUNT(DISTINCT x) and the like.</summary>
    public bool Distinct { get; init; }

    /// <summary>COUNT(*).</summary>
    public bool Star { get; init; }

    /// <summary>The generated ORDER BY list of WITHIN GROUP (ORDER BY ...), without the keywords, or null.</summary>
    public string? WithinGroupOrderBy { get; init; }

    /// <summary>The generated window clause, e.g. "OVER (PARTITION BY a ORDER BY b)", or null. The function places it.</summary>
    public string? Over { get; init; }

    /// <summary>IGNORE NULLS (true), RESPECT NULLS (false) or not given (null).</summary>
    public bool? IgnoreNulls { get; init; }

    /// <summary>
    /// For a table function in FROM: the SQL of its SEQ column, numbering the input rows (the rows to its left), or null
    /// when the generator cannot identify them and the function numbers its input value instead.
    /// </summary>
    public string? InputRowSequence { get; init; }
}
