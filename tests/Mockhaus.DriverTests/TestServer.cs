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
            new SnowflakeTranslator());
        await server.StartAsync();
        return new TestServer(server.BaseAddress, server);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
