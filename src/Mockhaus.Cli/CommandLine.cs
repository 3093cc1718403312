namespace Mockhaus.Cli;

/// <summary>Dispatches `mockhaus &lt;command&gt;`: serve, translate, query, history.</summary>
internal static class CommandLine
{
    private const string Usage = """
        Usage:
          mockhaus serve [--host 127.0.0.1] [--port 8080] [--data-dir DIR] [--duckdb-threads 1]
          mockhaus translate [--explain] "<snowflake sql>"
          mockhaus query [--data-dir DIR] [--database DB] [--schema S] "<snowflake sql>"
          mockhaus history [--url http://127.0.0.1:8080] [--limit 20]
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            var options = CommandOptions.Parse(args.Skip(1));
            return args[0] switch
            {
                "serve" => await ServeCommand.RunAsync(options),
                "translate" => TranslateCommand.Run(options),
                "query" => QueryCommand.Run(options),
                "history" => await HistoryCommand.RunAsync(options),
                _ => Fail($"unknown command '{args[0]}'"),
            };
        }
        catch (ArgumentException e)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"mockhaus: {message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
