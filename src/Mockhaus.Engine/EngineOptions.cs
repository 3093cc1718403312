namespace Mockhaus.Engine;

public sealed class EngineOptions
{
    /// <summary>Directory holding one DuckDB file per Snowflake database; null keeps everything in memory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Create the database named at login when it does not exist (Snowflake itself would fail the login context).</summary>
    public bool CreateLoginDatabase { get; init; } = true;
}
