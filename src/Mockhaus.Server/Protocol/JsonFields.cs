using System.Globalization;
using System.Text.Json;

namespace Mockhaus.Server.Protocol;

/// <summary>Lenient accessors for request JSON: drivers differ in whether values are strings, numbers or booleans.</summary>
public static class JsonFields
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? String(JsonElement element, string name) => Property(element, name) is { } value ? AsText(value) : null;

    public static bool Bool(JsonElement element, string name) => Property(element, name) is { } value && AsBool(value);

    /// <summary>Any scalar as invariant text ("true", "42", "abc"); objects and arrays as raw JSON.</summary>
    public static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => value.GetRawText(),
    };

    public static bool AsBool(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => value.GetString() is { } s && (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1"),
        JsonValueKind.Number => value.TryGetInt64(out var n) && n != 0,
        _ => false,
    };

    public static int? Int(JsonElement element, string name) =>
        Property(element, name) is { } value && int.TryParse(AsText(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
