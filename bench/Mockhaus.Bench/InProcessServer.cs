using System.Reflection;

namespace Mockhaus.Bench;

/// <summary>
/// Starts a <c>Mockhaus.Server.MockhausServer</c> with the real translator, bound late (reflection) so the bench
/// compiles before the server and translator branches are merged. API used: <c>MockhausServer.Create(ServerOptions,
/// ISqlTranslator)</c>, <c>StartAsync</c>, <c>BaseAddress</c>, <c>DisposeAsync</c>.
/// </summary>
public static class InProcessServer
{
    public static async Task<(Uri BaseAddress, IAsyncDisposable Server)> StartAsync(string host, int port, string? dataDirectory)
    {
        var serverType = Type.GetType("Mockhaus.Server.MockhausServer, Mockhaus.Server")
            ?? throw new InvalidOperationException("Mockhaus.Server.MockhausServer not found (server branch not merged).");
        var optionsType = Type.GetType("Mockhaus.Server.ServerOptions, Mockhaus.Server")!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("Host")!.SetValue(options, host);
        optionsType.GetProperty("Port")!.SetValue(options, port);
        optionsType.GetProperty("DataDirectory")!.SetValue(options, dataDirectory);
        var translator = Translator.Create()
            ?? throw new InvalidOperationException("Mockhaus.Sql.SnowflakeTranslator not found (translator not merged).");
        object server;
        try
        {
            server = serverType.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!
                .Invoke(null, [options, translator])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
        await (Task)serverType.GetMethod("StartAsync")!.Invoke(server, [CancellationToken.None])!;
        var baseAddress = (Uri)serverType.GetProperty("BaseAddress")!.GetValue(server)!;
        return (baseAddress, (IAsyncDisposable)server);
    }
}

/// <summary>The Snowflake→DuckDB translator, if present.</summary>
public static class Translator
{
    public static object? Create()
    {
        var t = Type.GetType("Mockhaus.Sql.SnowflakeTranslator, Mockhaus.Sql");
        return t is null ? null : Activator.CreateInstance(t);
    }

    /// <summary>The DuckDB SQL the translator produces for one Snowflake statement, or null.</summary>
    public static string? ToDuckDb(string snowflakeSql)
    {
        if (Create() is not Mockhaus.Sql.ISqlTranslator translator) return null;
        try
        {
            var statements = translator.Translate(snowflakeSql);
            return statements.Count == 1 ? statements[0].DuckDbSql : null;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
