using Microsoft.Extensions.Logging;
using Mockhaus.Server;
using Mockhaus.Sql;

namespace Mockhaus.DriverTests;

/// <summary>
/// An in-process Mockhaus server on a free loopback port, with the real Snowflake translator.
/// Set MOCKHAUS_URL to run the Node tests against an already running server instead.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly MockhausServer? _server;

    private TestServer(Uri baseAddress, MockhausServer? server)
    {
        BaseAddress = baseAddress;
        _server = server;
    }

    public Uri BaseAddress { get; }

    public static async Task<TestServer> StartAsync(string dataDirectory)
    {
        var external = Environment.GetEnvironmentVariable("MOCKHAUS_URL");
        if (!string.IsNullOrWhiteSpace(external)) return new TestServer(new Uri(external), null);

        var server = MockhausServer.Create(
            new ServerOptions
            {
                Host = "127.0.0.1",
                Port = 0,
                DataDirectory = dataDirectory,
                ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning),
            },
            CreateTranslator());
        await server.StartAsync();
        return new TestServer(server.BaseAddress, server);
    }

    /// <summary>
    /// <c>new Mockhaus.Sql.SnowflakeTranslator()</c>, bound late so this project compiles before the translator
    /// branch is merged.
    /// </summary>
    private static ISqlTranslator CreateTranslator()
    {
        var type = typeof(ISqlTranslator).Assembly.GetType("Mockhaus.Sql.SnowflakeTranslator")
            ?? throw new InvalidOperationException(
                "Mockhaus.Sql.SnowflakeTranslator not found: the translator is not merged yet.");
        return (ISqlTranslator)Activator.CreateInstance(type)!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
