using System.Text.Json;
using Mockhaus.Engine.Binds;

namespace Mockhaus.Server.Queries;

/// <summary>
/// One entry of a query-request's `bindings` (protocol doc §6.1): its key ("1" or a name), its Snowflake type, and
/// its value: a scalar or list as JSON, or a list already read into a typed <see cref="BindColumn"/>.
/// </summary>
public sealed record RequestBind(string Key, string Type, JsonElement? Value, BindColumn? Column)
{
    /// <summary>An array bind (batch DML): one value per bind row.</summary>
    public bool IsArray => Column is not null || Value is { ValueKind: JsonValueKind.Array };

    public int ArrayLength => Column?.Count ?? Value!.Value.GetArrayLength();
}

/// <summary>
/// The `bindings` of a query-request. Large array binds are read straight from the request bytes
/// (<see cref="Extract"/>): a 100,000-row batch is a few typed arrays, not a 5 MB JSON document walked twice.
/// </summary>
public sealed class RequestBindings(IReadOnlyList<RequestBind> binds)
{
    public IReadOnlyList<RequestBind> Binds { get; } = binds;

    public int Count => Binds.Count;

    /// <summary>The bindings of an already parsed body (small requests, or when <see cref="Extract"/> found none).</summary>
    public static RequestBindings FromElement(JsonElement bindings)
    {
        var binds = new List<RequestBind>();
        foreach (var property in bindings.EnumerateObject())
        {
            var type = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("type", out var t)
                && t.ValueKind == JsonValueKind.String ? t.GetString()! : "TEXT";
            var value = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("value", out var v)
                ? v.Clone() : (JsonElement?)null;
            binds.Add(new RequestBind(property.Name, type, value, null));
        }
        return new RequestBindings(binds);
    }

    /// <summary>
    /// Reads the top-level `bindings` object of a request body as it streams by, and returns the body without it
    /// (`"bindings": null`) for the ordinary parse of the small rest. Null bindings, and the body unchanged, when
    /// there is no bindings object or the body is not valid JSON (the ordinary parse then reports it).
    /// </summary>
    public static (byte[] Remainder, RequestBindings? Bindings) Extract(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return (body, null);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isBindings = reader.ValueTextEquals("bindings"u8);
                reader.Read();
                if (!isBindings || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }
                var start = (int)reader.TokenStartIndex;
                var bindings = ReadBindings(ref reader, body);
                var end = (int)reader.BytesConsumed;
                return (Splice(body, start, end), bindings);
            }
            return (body, null);
        }
        catch (JsonException)
        {
            return (body, null);
        }
    }

    /// <summary>Reads `{"key": {"type": ..., "value": ...}, ...}`; the reader ends on the closing brace.</summary>
    private static RequestBindings ReadBindings(ref Utf8JsonReader reader, byte[] body)
    {
        var binds = new List<RequestBind>();
        // Every list of one request has the same length: the first one read sizes the others.
        var rowsSeen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                binds.Add(new RequestBind(key, "TEXT", null, null));
                continue;
            }
            var bind = ReadBind(key, ref reader, rowsSeen, body);
            rowsSeen = Math.Max(rowsSeen, bind.Column?.Count ?? 0);
            binds.Add(bind);
        }
        return new RequestBindings(binds);
    }

    private static RequestBind ReadBind(string key, ref Utf8JsonReader reader, int expectedRows, byte[] body)
    {
        string? type = null;
        JsonElement? value = null;
        BindColumn? column = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    reader.Skip();
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                // Both drivers send "type" before "value": the list can go straight into a typed column.
                var checkpoint = reader;
                if (reader.TokenType == JsonTokenType.StartArray && type is not null
                    && BindColumnReader.TryReadTyped(ref reader, type, expectedRows, body) is { } typed)
                    column = typed;
                else
                {
                    reader = checkpoint;
                    value = JsonElement.ParseValue(ref reader);
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return new RequestBind(key, type ?? "TEXT", value, column);
    }

    private static byte[] Splice(byte[] body, int start, int end)
    {
        var replacement = "null"u8;
        var rest = new byte[body.Length - (end - start) + replacement.Length];
        body.AsSpan(0, start).CopyTo(rest);
        replacement.CopyTo(rest.AsSpan(start));
        body.AsSpan(end).CopyTo(rest.AsSpan(start + replacement.Length));
        return rest;
    }
}
