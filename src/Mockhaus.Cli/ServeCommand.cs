using Mockhaus.Server;
using Mockhaus.Sql;

namespace Mockhaus.Cli;

/// <summary>`mockhaus serve`: runs the Snowflake-compatible server until Ctrl-C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var serverOptions = new ServerOptions
        {
            Host = options.Get("--host") ?? "127.0.0.1",
            Port = options.GetInt("--port", 8080),
            DataDirectory = options.Get("--data-dir"),
            DuckDbThreads = options.GetInt("--duckdb-threads", 1),
        };
        await using var server = MockhausServer.Create(serverOptions, new SnowflakeTranslator());
        await server.StartAsync();
        await server.WaitForShutdownAsync();
        return 0;
    }
}
