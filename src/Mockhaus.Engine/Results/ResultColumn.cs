using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Results;

/// <summary>One column of a statement result, as reported in `rowtype`.</summary>
public sealed record ResultColumn(string Name, SnowflakeType Type, bool Nullable = true)
{
    public string? Database { get; init; }
    public string? Schema { get; init; }
    public string? Table { get; init; }
}
