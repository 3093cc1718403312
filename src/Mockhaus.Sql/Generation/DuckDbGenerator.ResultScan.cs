using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// TABLE(RESULT_SCAN(id)) reads an earlier result of the session
/// (https://docs.snowflake.com/en/sql-reference/functions/result_scan). The results live in the engine, not in
/// DuckDB, so the translation only says where the rows will be: the engine evaluates each id expression, loads
/// that result into a temporary table and names the table in a DuckDB variable the translated SQL reads.
/// Translations stay independent of the session and cacheable by text.
/// </summary>
public sealed partial class DuckDbGenerator
{
    /// <summary>Prefix of the DuckDB variables naming the table of the n-th RESULT_SCAN of a statement.</summary>
    public const string ResultScanVariablePrefix = "MH_RESULT_SCAN_";

    private readonly List<string> _resultScanIds = [];

    /// <summary>DuckDB SQL of the query id argument of each RESULT_SCAN, in the order of their variables.</summary>
    public IReadOnlyList<string> ResultScanIds => _resultScanIds;

    private string ResultScan(TableFunctionSource source)
    {
        var arguments = source.Call.Arguments;
        if (arguments.Count != 1 || arguments[0].Name is not null)
            throw SnowflakeErrors.WrongArgumentCount("RESULT_SCAN", arguments.Count, 1, 1);
        var variable = ResultScanVariablePrefix + _resultScanIds.Count;
        _resultScanIds.Add($"CAST({Expression(arguments[0].Value)} AS VARCHAR)");
        Note("TABLE(RESULT_SCAN(id)) -> query_table(<temporary table the engine loads with that result>)");
        return $"query_table(getvariable({QuoteString(variable)})){Alias(source.Alias)}";
    }
}
