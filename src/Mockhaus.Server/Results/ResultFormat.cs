using Mockhaus.Engine.Sessions;
using Mockhaus.Server.Sessions;

namespace Mockhaus.Server.Results;

/// <summary>The two result encodings of the protocol (`queryResultFormat`).</summary>
public enum ResultFormat
{
    Json,
    Arrow,
}

/// <summary>
/// Picks the format per client (protocol doc §5.1): Node reads JSON only; .NET, Python and JDBC get Arrow
/// unless their session (or statement) parameter asks for JSON.
/// </summary>
public static class ResultFormatChooser
{
    public static ResultFormat Choose(ClientInfo client, SessionParameters parameters, IReadOnlyDictionary<string, string> statementParameters)
    {
        var parameter = client switch
        {
            { IsDotNet: true } => "DOTNET_QUERY_RESULT_FORMAT",
            { IsPython: true } => "PYTHON_CONNECTOR_QUERY_RESULT_FORMAT",
            { IsJdbc: true } => "JDBC_QUERY_RESULT_FORMAT",
            _ => null,
        };
        if (parameter is null)
            return ResultFormat.Json;
        var value = statementParameters.TryGetValue(parameter, out var fromStatement) ? fromStatement : parameters.Get(parameter);
        return value.Trim().Equals("JSON", StringComparison.OrdinalIgnoreCase) ? ResultFormat.Json : ResultFormat.Arrow;
    }
}
