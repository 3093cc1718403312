using Microsoft.Extensions.Logging;
using Mockhaus.Sql;

namespace Mockhaus.Server.Tests.Support;

/// <summary>Starts an in-process Mockhaus server on a free loopback port, as the drivers would meet it.</summary>
public static class TestServer
{
    public static readonly Action<ILoggingBuilder> Quiet = logging => logging.ClearProviders();

    public static async Task<MockhausServer> StartAsync(ServerOptions? options = null, ISqlTranslator? translator = null)
    {
        var server = MockhausServer.Create(options ?? new ServerOptions { Port = 0, ConfigureLogging = Quiet },
            translator ?? new Mockhaus.Sql.SnowflakeTranslator());
        await server.StartAsync();
        return server;
    }
}
