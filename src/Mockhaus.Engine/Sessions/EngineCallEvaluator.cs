using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Metadata;
using Mockhaus.Engine.Results;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// Answers a statement's <see cref="EngineCall"/>s before it runs: evaluates their constant arguments on DuckDB,
/// computes each value (RESULT_SCAN: the temporary table of an earlier result; GET_DDL: the DDL text from the
/// metadata store, as the session sees it, temporary tables included) and stores it in the call's variable.
/// </summary>
internal sealed class EngineCallEvaluator(DuckDBConnection connection, ResultHistory results, Func<string, bool> ranInSession,
    Func<MetadataContext> metadata)
{
    /// <summary>Prepares every call; returns the results RESULT_SCAN read (their column types apply to the output).</summary>
    public IReadOnlyList<RetainedResult> Prepare(IReadOnlyList<EngineCall> calls)
    {
        var scanned = new List<RetainedResult>();
        foreach (var call in calls)
        {
            var arguments = Evaluate(call);
            var value = call.Function switch
            {
                "RESULT_SCAN" => ResultScans.TableFor(connection, results, arguments[0] ?? "", ranInSession, scanned),
                "GET_DDL" => GetDdl(arguments),
                _ => throw SnowflakeErrors.Unsupported(call.Function),
            };
            Run($"SET VARIABLE {call.Variable} = {Identifiers.LiteralOrNull(value)}");
        }
        return scanned;
    }

    /// <summary>GET_DDL of a NULL argument is NULL, like any other function.</summary>
    private string? GetDdl(IReadOnlyList<string?> arguments)
    {
        if (arguments.Any(a => a is null))
            return null;
        var qualified = arguments.Count > 2 && arguments[2]!.Equals("true", StringComparison.OrdinalIgnoreCase);
        return DdlGenerator.GetDdl(arguments[0]!, arguments[1]!, metadata(), qualified);
    }

    /// <summary>
    /// The arguments as text. They are evaluated alone, before the statement: an argument that refers to the
    /// statement's own columns cannot be, and fails by name.
    /// </summary>
    private IReadOnlyList<string?> Evaluate(EngineCall call)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", call.Arguments.Select(a => $"CAST({a} AS VARCHAR)"));
        try
        {
            using var reader = command.ExecuteReader();
            reader.Read();
            return Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToList();
        }
        catch (DuckDBException)
        {
            throw SnowflakeErrors.Unsupported($"{call.Function} with arguments that are not constants");
        }
    }

    private void Run(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
