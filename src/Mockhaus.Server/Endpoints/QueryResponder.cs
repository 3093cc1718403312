using Microsoft.AspNetCore.Http;
using Mockhaus.Server.Protocol;
using Mockhaus.Server.Queries;

namespace Mockhaus.Server.Endpoints;

/// <summary>
/// Answers for a query: its result or error once finished, otherwise 333333 with a stable, plain-path
/// `getResultUrl` (.NET reuses the first one and builds the poll URL from the path only).
/// </summary>
public static class QueryResponder
{
    public static async Task Respond(HttpContext http, QueryExecution execution, TimeSpan wait)
    {
        if (!execution.Completion.IsCompleted && wait > TimeSpan.Zero)
        {
            try
            {
                await execution.Completion.WaitAsync(wait, http.RequestAborted);
            }
            catch (TimeoutException)
            {
            }
        }
        if (!execution.Completion.IsCompleted)
        {
            await InProgress(http, execution, ErrorCodes.QueryInProgress, "Query execution in progress.");
            return;
        }
        await Finished(http, execution.QueryId, execution.Completion.Result);
    }

    public static Task InProgress(HttpContext http, QueryExecution execution, string code, string message) =>
        JsonEnvelope.Success(http, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("queryId", execution.QueryId);
            writer.WriteString("getResultUrl", $"/queries/{execution.QueryId}/result");
            writer.WriteNull("progressDesc");
            writer.WriteNumber("queryAbortsAfterSecs", 300);
            writer.WriteEndObject();
        }, code, message);

    private static Task Finished(HttpContext http, string queryId, QueryOutcome outcome)
    {
        if (outcome.Data is { } data)
            return JsonEnvelope.SuccessRaw(http, data);
        var error = outcome.Error!;
        var type = error.Message.StartsWith("SQL compilation error", StringComparison.Ordinal) ? "COMPILATION" : "EXECUTION";
        return JsonEnvelope.Failure(http, error.ErrorCode, error.Message,
            writer => JsonEnvelope.ErrorData(writer, error.ErrorCode, error.SqlState, queryId, error.Line, error.Position, type));
    }
}
