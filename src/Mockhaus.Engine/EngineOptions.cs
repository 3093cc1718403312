namespace Mockhaus.Engine;

public sealed class EngineOptions
{
    /// <summary>Directory holding one DuckDB file per Snowflake database; null keeps everything in memory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Create the database named at login when it does not exist (Snowflake itself would fail the login context).</summary>
    public bool CreateLoginDatabase { get; init; } = true;

    /// <summary>
    /// DuckDB worker threads (DuckDB's `threads` setting). 1 by default: an emulator runs many tiny statements, and
    /// handing each one to a background worker costs more than it saves (SELECT 1 takes about 30 µs less on one
    /// thread); sessions still run concurrently, each on its own request thread. Raise it for large scans.
    /// </summary>
    public int DuckDbThreads { get; init; } = 1;

    /// <summary>Memory a session may keep its recent results in, for RESULT_SCAN (older results are dropped beyond it).</summary>
    public long ResultHistoryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How many recent results a session keeps for RESULT_SCAN.</summary>
    public int ResultHistoryCount { get; init; } = 100;
}
