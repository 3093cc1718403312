using System.Reflection;

namespace Mockhaus.DriverTests;

/// <summary>
/// An in-process Mockhaus server on a free loopback port, with the real Snowflake translator.
/// Set MOCKHAUS_URL to run the Node tests against an already running server instead.
/// </summary>
/// <remarks>
/// Bound late (reflection) so this project compiles before the server/translator branches are merged;
/// the public API used is <c>MockhausServer.Create(ServerOptions, ISqlTranslator)</c>, <c>StartAsync</c>,
/// <c>BaseAddress</c> and <c>DisposeAsync</c>.
/// </remarks>
public sealed class TestServer : IAsyncDisposable
{
    private readonly IAsyncDisposable? _server;

    private TestServer(Uri baseAddress, IAsyncDisposable? server)
    {
        BaseAddress = baseAddress;
        _server = server;
    }

    public Uri BaseAddress { get; }

    public static async Task<TestServer> StartAsync(string dataDirectory)
    {
        var external = Environment.GetEnvironmentVariable("MOCKHAUS_URL");
        if (!string.IsNullOrWhiteSpace(external)) return new TestServer(new Uri(external), null);

        var serverType = Type.GetType("Mockhaus.Server.MockhausServer, Mockhaus.Server")
            ?? throw new InvalidOperationException(
                "Mockhaus.Server.MockhausServer not found: the server branch is not merged yet.");
        var optionsType = Type.GetType("Mockhaus.Server.ServerOptions, Mockhaus.Server")
            ?? throw new InvalidOperationException("Mockhaus.Server.ServerOptions not found.");
        var translatorType = Type.GetType("Mockhaus.Sql.SnowflakeTranslator, Mockhaus.Sql")
            ?? throw new InvalidOperationException(
                "Mockhaus.Sql.SnowflakeTranslator not found: the translator is not merged yet.");

        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("Host")!.SetValue(options, "127.0.0.1");
        optionsType.GetProperty("Port")!.SetValue(options, 0);
        optionsType.GetProperty("DataDirectory")!.SetValue(options, dataDirectory);
        var translator = Activator.CreateInstance(translatorType)!;

        var create = serverType.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;
        object server;
        try { server = create.Invoke(null, [options, translator])!; }
        catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }

        var start = serverType.GetMethod("StartAsync")!;
        await (Task)start.Invoke(server, [CancellationToken.None])!;
        var baseAddress = (Uri)serverType.GetProperty("BaseAddress")!.GetValue(server)!;
        return new TestServer(baseAddress, (IAsyncDisposable)server);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
