using Mockhaus.Server;
using Mockhaus.Sql;

namespace Mockhaus.Bench;

/// <summary>Hosts a <see cref="MockhausServer"/> with the real translator (or the pass-through one, on request).</summary>
public static class InProcessServer
{
    public static async Task<(Uri BaseAddress, IAsyncDisposable Server)> StartAsync(string host, int port,
        string? dataDirectory, bool passthrough, bool compressChunks = true)
    {
        ISqlTranslator translator = passthrough ? new PassthroughTranslator() : new SnowflakeTranslator();
        var server = MockhausServer.Create(
            new ServerOptions
            {
                Host = host,
                Port = port,
                DataDirectory = dataDirectory,
                CompressChunks = compressChunks,
                // Logging as `mockhaus serve` does it (one Information line per statement, to the console, which the
                // bench drains): the statement path measured is the one users run.
            },
            translator);
        await server.StartAsync();
        return (server.BaseAddress, server);
    }
}

/// <summary>The Snowflake→DuckDB translator.</summary>
public static class Translator
{

    /// <summary>The DuckDB SQL the translator produces for one Snowflake statement, or null.</summary>
    public static string? ToDuckDb(string snowflakeSql)
    {
        try
        {
            var statements = new SnowflakeTranslator().Translate(snowflakeSql);
            return statements is { Count: 1 } ? statements[0].DuckDbSql : null;
        }
        catch (Exception)
        {
            return null;
        }
    }
}

/// <summary>
/// Bench-only fallback (<c>--translator passthrough</c>): sends the text to DuckDB unchanged and classifies it by
/// its first keyword. Lets the protocol be measured without the Snowflake translator; queries must be DuckDB SQL.
/// </summary>
public sealed class PassthroughTranslator : ISqlTranslator
{
    public IReadOnlyList<TranslatedStatement> Translate(string sql)
    {
        var first = sql.TrimStart().Split([' ', '\n', '\t', '('], 2)[0].ToUpperInvariant();
        var kind = first switch
        {
            "SELECT" or "WITH" or "FROM" or "VALUES" => StatementKind.Select,
            "INSERT" => StatementKind.Insert,
            "UPDATE" => StatementKind.Update,
            "DELETE" => StatementKind.Delete,
            _ => StatementKind.Unknown,
        };
        return [new TranslatedStatement(sql, kind, sql)];
    }
}
