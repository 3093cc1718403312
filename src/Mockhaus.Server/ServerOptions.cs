using Microsoft.Extensions.Logging;

namespace Mockhaus.Server;

/// <summary>Settings of a Mockhaus server: where it listens, token lifetimes, result chunking and memory budget.</summary>
public sealed class ServerOptions
{
    /// <summary>Interface to bind; loopback by default because the emulator has no real authentication.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks any free port (see <see cref="MockhausServer.BaseAddress"/>).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>Directory of the engine's database files; null keeps everything in memory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>DuckDB worker threads (see <see cref="Mockhaus.Engine.EngineOptions.DuckDbThreads"/>).</summary>
    public int DuckDbThreads { get; init; } = 1;

    /// <summary>Validity of a session token; after it the drivers get 390112 and renew with the master token.</summary>
    public TimeSpan SessionTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Validity of a master token; a session idle for longer than this is closed.</summary>
    public TimeSpan MasterTokenLifetime { get; init; } = TimeSpan.FromHours(4);

    /// <summary>How long a finished result (and its chunks) stays fetchable by query id.</summary>
    public TimeSpan ResultLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long query-request waits for a statement before answering 333333 (query in progress).</summary>
    public TimeSpan QueryWaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long GET /queries/{id}/result holds the request (long poll) before answering 333333 again.</summary>
    public TimeSpan ResultPollTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Approximate uncompressed size of the first part of a result, sent inline in the query response.</summary>
    public int InlineResultBytes { get; init; } = 256 * 1024;

    /// <summary>Approximate uncompressed size of each downloadable chunk.</summary>
    public int ChunkBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Upper bound on the rows of one chunk (a chunk also ends when it reaches <see cref="ChunkBytes"/>).</summary>
    public int MaxChunkRows { get; init; } = 1_000_000;

    /// <summary>Memory kept for encoded chunks across all sessions; chunks beyond it spill to temp files.</summary>
    public long ChunkMemoryBudgetBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Where spilled chunks go; null = a fresh directory under the system temp directory.</summary>
    public string? SpillDirectory { get; init; }

    /// <summary>Gzip chunks (served with Content-Encoding: gzip to clients that accept it).</summary>
    public bool CompressChunks { get; init; } = true;

    /// <summary>How often expired sessions and results are swept.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Hook for the host's logging setup (the CLI adds its console formatter, tests silence it).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
