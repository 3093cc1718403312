using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Functions the engine answers before the statement runs (see <see cref="EngineCall"/>):
/// TABLE(RESULT_SCAN(id)) (https://docs.snowflake.com/en/sql-reference/functions/result_scan) becomes a scan of
/// the temporary table the engine loads with that result; GET_DDL(kind, name[, fully_qualified])
/// (https://docs.snowflake.com/en/sql-reference/functions/get_ddl) becomes the text the engine computed.
/// </summary>
public sealed partial class DuckDbGenerator
{
    /// <summary>Prefix of the DuckDB variables holding the value of the n-th engine call of a statement.</summary>
    public const string EngineCallVariablePrefix = "MH_CALL_";

    private readonly List<EngineCall> _engineCalls = [];

    /// <summary>The engine calls of the statement generated so far, in the order of their variables.</summary>
    public IReadOnlyList<EngineCall> EngineCalls => _engineCalls;

    private string ResultScan(TableFunctionSource source)
    {
        var variable = AddEngineCall("RESULT_SCAN", source.Call, 1, 1);
        Note("TABLE(RESULT_SCAN(id)) -> query_table(<temporary table the engine loads with that result>)");
        return $"query_table(getvariable({QuoteString(variable)})){Alias(source.Alias)}";
    }

    private string GetDdl(FunctionCallExpression call)
    {
        var variable = AddEngineCall("GET_DDL", call, 2, 3);
        Note("GET_DDL(...) -> the DDL text the engine computes before the statement runs");
        return $"CAST(getvariable({QuoteString(variable)}) AS VARCHAR)";
    }

    private string AddEngineCall(string function, FunctionCallExpression call, int minArguments, int maxArguments)
    {
        var arguments = call.Arguments;
        if (arguments.Count < minArguments || arguments.Count > maxArguments || arguments.Any(a => a.Name is not null))
            throw SnowflakeErrors.WrongArgumentCount(function, arguments.Count, minArguments, maxArguments);
        var variable = EngineCallVariablePrefix + _engineCalls.Count;
        _engineCalls.Add(new EngineCall(function, arguments.Select(a => Expression(a.Value)).ToList(), variable));
        return variable;
    }
}
