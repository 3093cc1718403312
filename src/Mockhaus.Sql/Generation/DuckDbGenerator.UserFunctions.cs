using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// SQL UDFs (https://docs.snowflake.com/en/sql-reference/sql/create-function) as DuckDB macros named
/// <see cref="UserFunctionPrefix"/> + the function's name, in the function's schema: a scalar UDF is a macro whose
/// arguments convert to their declared types and whose result converts to the RETURNS type; a tabular UDF is a table
/// macro whose columns get the RETURNS TABLE names and types. The prefix keeps them apart from DuckDB's own functions,
/// so a name the function library does not know is only called when the catalog holds such a UDF
/// (<see cref="ITableColumns.IsUserFunction"/>).
/// </summary>
public sealed partial class DuckDbGenerator
{
    public const string UserFunctionPrefix = "mh_udf_";

    /// <summary>The parameters of the UDF whose body is being generated, by resolved name.</summary>
    private Dictionary<string, DataType>? _udfParameters;

    private string CreateFunction(CreateFunctionStatement function)
    {
        if (function.IfNotExists) throw SnowflakeErrors.Unsupported("CREATE FUNCTION IF NOT EXISTS");
        Note("SQL UDF -> DuckDB macro " + UserFunctionPrefix + function.Name.Last.Resolved);
        var parameters = string.Join(", ", function.Parameters.Select(p =>
            p.Default is null ? Quote(p.Name) : $"{Quote(p.Name)} := {Expression(p.Default)}"));
        _udfParameters = function.Parameters.ToDictionary(p => p.Name.Resolved, p => p.Type, StringComparer.OrdinalIgnoreCase);
        try
        {
            var head = $"CREATE{(function.OrReplace ? " OR REPLACE" : "")} MACRO {UserFunctionName(function.Name)}({parameters}) AS ";
            if (function.Returns is { } returns)
                return head + $"CAST(({Expression(function.Expression!)}) AS {TypeMapper.ToDuckDb(returns)})";
            var columns = function.ReturnsTable!;
            var casts = string.Join(", ", columns.Select(c => $"CAST({Quote(c.Name)} AS {TypeMapper.ToDuckDb(c.Type)}) AS {Quote(c.Name)}"));
            return head + $"TABLE SELECT {casts} FROM ({Query(function.Query!)}) AS \"_udf\"({JoinList(columns, c => Quote(c.Name))})";
        }
        finally { _udfParameters = null; }
    }

    /// <summary>Inside a UDF body a parameter stands for its argument converted to the declared type.</summary>
    private bool TryUdfParameter(ColumnReference column, out string sql)
    {
        sql = "";
        if (_udfParameters is null || column.Parts.Count != 1 || !_udfParameters.TryGetValue(column.Parts[0].Resolved, out var type))
            return false;
        sql = $"CAST({Quote(column.Parts[0])} AS {TypeMapper.ToDuckDb(type)})";
        return true;
    }

    /// <summary>A call of a name the library does not know: a UDF of the catalog, or Snowflake's "Unknown function".</summary>
    private string UserFunctionCall(FunctionCallExpression call)
    {
        var parts = call.Name.Parts.Select(p => p.Resolved).ToList();
        if (Tables?.IsUserFunction(parts) != true)
            throw SnowflakeErrors.UnknownFunction(string.Join('.', parts));
        Note("UDF call -> " + UserFunctionPrefix + parts[^1]);
        NotReusable("user-defined function " + string.Join('.', parts));
        var arguments = JoinList(call.Arguments, a =>
            a.Name is null ? Expression(a.Value) : $"{Quote(a.Name)} := {Expression(a.Value)}");
        return $"{UserFunctionName(call.Name)}({arguments})";
    }

    private static string UserFunctionName(QualifiedName name)
    {
        var parts = name.Parts.Take(name.Parts.Count - 1).Select(Quote).ToList();
        parts.Add(Quote(UserFunctionPrefix + name.Last.Resolved));
        return string.Join('.', parts);
    }
}
