using Microsoft.AspNetCore.Http;
using Mockhaus.Server.Hosting;
using Mockhaus.Server.Protocol;
using Mockhaus.Server.Queries;

namespace Mockhaus.Server.Endpoints;

/// <summary>Execute, poll/re-fetch, status and cancel (protocol doc §3.5–3.8).</summary>
public static class QueryEndpoints
{
    /// <summary>POST /queries/v1/query-request: waits a while for the result, then answers 333333 (or 333334 for asyncExec).</summary>
    public static async Task Execute(HttpContext http, ServerContext server)
    {
        var session = server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request));
        // Array binds are read as the bytes stream by; the small rest of the body is parsed as usual.
        var (rest, bindings) = RequestBindings.Extract(await RequestBodyReader.ReadBytesAsync(http.Request, http.RequestAborted));
        using var body = RequestBodyReader.ParseJson(rest);
        var request = QueryRequest.Parse(body, http.Request.Query["requestId"].ToString(), ClientBaseAddress(http.Request), bindings);
        // A retried request (retryCount=n / retry=true) or a Node resubmission (execute with requestId) reuses the
        // requestId: it gets the first execution's outcome and never runs the statement twice.
        var execution = session.FindOrStart(request.RequestId, () => server.Runner.Start(session, request));
        if (request.AsyncExec)
        {
            // Node accepts only 333334 as "async accepted" (it crashes on 333333 without rowtype).
            await QueryResponder.InProgress(http, execution, ErrorCodes.QueryInProgressAsync, "Asynchronous query in progress.");
            return;
        }
        await QueryResponder.Respond(http, execution, server.Options.QueryWaitTimeout);
    }

    /// <summary>The address of the last request: clients keep using one, and building a Uri costs microseconds.</summary>
    private static BaseAddress _lastBaseAddress = new("", "", null);

    private sealed record BaseAddress(string Scheme, string Host, Uri? Address);

    private static Uri? ClientBaseAddress(HttpRequest request)
    {
        if (!request.Host.HasValue)
            return null;
        var (scheme, host) = (request.Scheme, request.Host.Value);
        var last = Volatile.Read(ref _lastBaseAddress);
        if (last.Scheme == scheme && last.Host == host)
            return last.Address;
        var address = Uri.TryCreate($"{scheme}://{host}/", UriKind.Absolute, out var uri) ? uri : null;
        Volatile.Write(ref _lastBaseAddress, new BaseAddress(scheme, host, address));
        return address;
    }

    /// <summary>GET /queries/{id}/result: long-polls a running query, or re-serves a finished result.</summary>
    public static async Task Result(HttpContext http, ServerContext server, string queryId)
    {
        var session = server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request));
        var execution = session.FindQuery(queryId)
            ?? throw new ProtocolError("000709", $"Statement {queryId} not found", "02000");
        await QueryResponder.Respond(http, execution, server.Options.ResultPollTimeout);
    }

    /// <summary>GET /monitoring/queries/{id}: an empty list for unknown ids (the drivers read it as NO_DATA).</summary>
    public static async Task Monitoring(HttpContext http, ServerContext server, string queryId)
    {
        var session = server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request));
        var execution = session.FindQuery(queryId);
        await JsonEnvelope.Success(http, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("queries");
            if (execution is not null)
            {
                var status = execution.Status;
                var error = execution.Completion.IsCompleted ? execution.Completion.Result.Error : null;
                writer.WriteStartObject();
                writer.WriteString("id", execution.QueryId);
                writer.WriteString("status", status);
                writer.WriteString("state", status);
                writer.WriteNumber("startTime", execution.StartedAt.ToUnixTimeMilliseconds());
                if (execution.FinishedAt is { } finished)
                    writer.WriteNumber("endTime", finished.ToUnixTimeMilliseconds());
                if (error is null) writer.WriteNull("errorCode"); else writer.WriteString("errorCode", error.ErrorCode);
                if (error is null) writer.WriteNull("errorMessage"); else writer.WriteString("errorMessage", error.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>POST /queries/v1/abort-request with {"requestId"}: cancels the query-request with that requestId (.NET).</summary>
    public static async Task AbortByRequestId(HttpContext http, ServerContext server)
    {
        var session = server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request));
        using var body = await RequestBodyReader.ReadJsonAsync(http.Request, http.RequestAborted);
        var requestId = body is null ? null : JsonFields.String(body.RootElement, "requestId");
        if (requestId is null)
            throw ProtocolError.BadRequest("abort-request body needs requestId");
        await Abort(http, session.FindByRequestId(requestId));
    }

    /// <summary>POST /queries/{id}/abort-request: cancels by query id (Node).</summary>
    public static async Task AbortByQueryId(HttpContext http, ServerContext server, string queryId)
    {
        var session = server.Sessions.Authenticate(AuthorizationHeader.Token(http.Request));
        await Abort(http, session.FindQuery(queryId));
    }

    private static async Task Abort(HttpContext http, QueryExecution? execution)
    {
        if (execution is null || execution.Completion.IsCompleted)
        {
            await JsonEnvelope.Failure(http, "", "Identified SQL statement is not currently executing.",
                writer => JsonEnvelope.ErrorData(writer, ErrorCodes.NotExecuting, "01000", execution?.QueryId));
            return;
        }
        execution.Cancel();
        await JsonEnvelope.Success(http);
    }
}
