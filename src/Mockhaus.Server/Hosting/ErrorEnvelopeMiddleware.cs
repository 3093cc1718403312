using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Mockhaus.Server.Protocol;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Server.Hosting;

/// <summary>
/// Last line of defence: any exception becomes Snowflake's envelope with HTTP 200 (401 for invalid tokens),
/// never a 500 that the drivers would retry for minutes.
/// </summary>
public sealed class ErrorEnvelopeMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger _logger;

    public ErrorEnvelopeMiddleware(RequestDelegate next, ILogger<ErrorEnvelopeMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await _next(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            http.Response.Clear();
            switch (e)
            {
                case ProtocolError protocol:
                    _logger.LogDebug("{Method} {Path}: {Code} {Message}", http.Request.Method, http.Request.Path, protocol.Code, protocol.Message);
                    await JsonEnvelope.Failure(http, protocol);
                    break;
                case SnowflakeSqlException sql:
                    await JsonEnvelope.Failure(http, sql.ErrorCode, sql.Message,
                        writer => JsonEnvelope.ErrorData(writer, sql.ErrorCode, sql.SqlState, null, sql.Line, sql.Position));
                    break;
                default:
                    _logger.LogError(e, "Unhandled error in {Method} {Path}", http.Request.Method, http.Request.Path);
                    await JsonEnvelope.Failure(http, ErrorCodes.Internal, $"Internal error: {e.Message}",
                        writer => JsonEnvelope.ErrorData(writer, ErrorCodes.Internal, "XX000", null, type: "INTERNAL"));
                    break;
            }
        }
    }
}
