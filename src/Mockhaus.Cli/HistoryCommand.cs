using System.Text.Json;

namespace Mockhaus.Cli;

/// <summary>`mockhaus history`: the most recent queries of a running server, newest first.</summary>
internal static class HistoryCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var url = new Uri(options.Get("--url") ?? "http://127.0.0.1:8080");
        var limit = options.GetInt("--limit", 20);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        string body;
        try
        {
            body = await http.GetStringAsync(new Uri(url, $"/admin/queries?limit={limit}"));
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"mockhaus: no server at {url} ({e.Message})");
            return 1;
        }
        Console.WriteLine("started\tduration_ms\tsession\tquery_id\tstatus\terror\tsql");
        using var document = JsonDocument.Parse(body);
        foreach (var entry in document.RootElement.GetProperty("queries").EnumerateArray())
            Console.WriteLine(string.Join('\t',
                entry.GetProperty("startedAt").GetDateTimeOffset().ToString("HH:mm:ss.fff"),
                entry.GetProperty("durationMs").GetDouble().ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
                entry.GetProperty("sessionId").GetInt64(),
                entry.GetProperty("queryId").GetString(),
                entry.GetProperty("status").GetString(),
                entry.GetProperty("errorCode").GetString() ?? "",
                OneLine(entry.GetProperty("sqlText").GetString() ?? "")));
        return 0;
    }

    private static string OneLine(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 120 ? flat[..117] + "..." : flat;
    }
}
