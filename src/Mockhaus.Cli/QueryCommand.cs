using Mockhaus.Engine;
using Mockhaus.Engine.Sessions;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Cli;

/// <summary>`mockhaus query`: runs Snowflake SQL on an in-process engine and prints the results as text.</summary>
internal static class QueryCommand
{
    public static int Run(CommandOptions options)
    {
        var sql = options.SingleSql();
        using var engine = new MockhausEngine(new EngineOptions { DataDirectory = options.Get("--data-dir") }, new SnowflakeTranslator());
        using var session = engine.OpenSession(new SessionOptions
        {
            Database = options.Get("--database") ?? "MOCKHAUS",
            Schema = options.Get("--schema") ?? "PUBLIC",
        });
        try
        {
            foreach (var statement in session.Translate(sql))
            {
                using var result = session.Execute(statement);
                ResultPrinter.Print(result, Console.Out);
            }
            return 0;
        }
        catch (SnowflakeSqlException e)
        {
            Console.Error.WriteLine($"{e.ErrorCode} ({e.SqlState}): {e.Message}");
            return 1;
        }
    }
}
