using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Cli;

/// <summary>`mockhaus translate`: prints the DuckDB SQL for Snowflake SQL (and the AST with --explain).</summary>
internal static class TranslateCommand
{
    public static int Run(CommandOptions options)
    {
        var sql = options.SingleSql();
        var translator = new SnowflakeTranslator();
        try
        {
            if (options.Has("--explain"))
            {
                Console.WriteLine(translator.Explain(sql));
                return 0;
            }
            foreach (var statement in translator.Translate(sql))
                Console.WriteLine((statement.DuckDbSql ?? $"-- handled by the engine: {statement.Kind}") + ";");
            return 0;
        }
        catch (SnowflakeSqlException e)
        {
            Console.Error.WriteLine($"{e.ErrorCode} ({e.SqlState}): {e.Message}");
            return 1;
        }
    }
}
