using System.Globalization;
using System.Text.Json;
using Mockhaus.Server.Protocol;

namespace Mockhaus.Server.Queries;

/// <summary>The body of POST /queries/v1/query-request (protocol doc §3.5), parsed leniently for both drivers.</summary>
public sealed class QueryRequest
{
    public required string SqlText { get; init; }
    public bool AsyncExec { get; init; }
    public bool DescribeOnly { get; init; }
    public string? RequestId { get; init; }
    public RequestBindings? Bindings { get; init; }
    public string? BindStage { get; init; }

    /// <summary>scheme://host:port as the client addressed the server (for absolute chunk URLs).</summary>
    public Uri? ClientBaseAddress { get; init; }

    /// <summary>Statement-level parameters (MULTI_STATEMENT_COUNT, QUERY_TAG, ...) as text.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// STATEMENT_TIMEOUT_IN_SECONDS sent with this statement (drivers put it in `parameters`): it overrides the session
    /// value for this statement only; null when absent or not a whole number of seconds.
    /// </summary>
    public int? StatementTimeoutSeconds =>
        Parameters.TryGetValue("STATEMENT_TIMEOUT_IN_SECONDS", out var text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    /// <param name="bindings">The bindings read from the request bytes beforehand (<see cref="RequestBindings.Extract"/>);
    /// otherwise they are taken from <paramref name="body"/>.</param>
    public static QueryRequest Parse(JsonDocument? body, string? requestId, Uri? clientBaseAddress = null, RequestBindings? bindings = null)
    {
        if (body is null)
            throw ProtocolError.BadRequest("query-request needs a JSON body with sqlText");
        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw ProtocolError.BadRequest("query-request body must be a JSON object");
        var sql = JsonFields.String(root, "sqlText");
        if (sql is null)
            throw ProtocolError.BadRequest("query-request body has no sqlText");
        return new QueryRequest
        {
            SqlText = sql,
            AsyncExec = JsonFields.Bool(root, "asyncExec"),
            DescribeOnly = JsonFields.Bool(root, "describeOnly"),
            RequestId = requestId,
            ClientBaseAddress = clientBaseAddress,
            Bindings = bindings ?? (JsonFields.Property(root, "bindings") is { ValueKind: JsonValueKind.Object } b ? RequestBindings.FromElement(b) : null),
            BindStage = JsonFields.String(root, "bindStage"),
            Parameters = ReadParameters(root),
        };
    }

    private static Dictionary<string, string> ReadParameters(JsonElement root)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (JsonFields.Property(root, "parameters") is { ValueKind: JsonValueKind.Object } parameters)
            foreach (var property in parameters.EnumerateObject())
                if (property.Value.ValueKind != JsonValueKind.Null)
                    result[property.Name] = JsonFields.AsText(property.Value);
        return result;
    }
}
