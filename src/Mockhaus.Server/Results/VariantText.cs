using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mockhaus.Server.Results;

/// <summary>
/// The text drivers receive for a VARIANT / OBJECT / ARRAY value: Snowflake pretty-prints it with a two-space indent
/// (wire protocol reference §4.3), lists object keys sorted (OBJECT_CONSTRUCT(*) in the docs shows "CREATED_DATE" before
/// "PROVINCE": https://docs.snowflake.com/en/sql-reference/functions/object_construct), writes exact numbers without
/// trailing zeros (12.50 -> 12.5) and doubles in its FLOAT form (1.912e2 -> 1.912000000000000e+02, as the TYPEOF
/// examples print it: https://docs.snowflake.com/en/sql-reference/functions/typeof). Strings stay raw UTF-8.
/// </summary>
public static class VariantText
{
    /// <summary>The Snowflake rendering of stored JSON text; text that is not JSON is returned as it is.</summary>
    public static string? Render(string? json)
    {
        if (json is null) return null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return json;
        }
        using (document)
        {
            var text = new StringBuilder(json.Length * 2);
            Write(text, document.RootElement, 0);
            return text.ToString();
        }
    }

    // Written by hand rather than with Utf8JsonWriter: its indented mode skips the line break before a raw first array
    // element, and numbers must keep their exact text.
    private static void Write(StringBuilder text, JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
                WriteCompound(text, '{', '}', properties, depth, (property, level) =>
                {
                    text.Append(JsonSerializer.Serialize(property.Name, NameOptions)).Append(": ");
                    Write(text, property.Value, level);
                });
                break;
            case JsonValueKind.Array:
                WriteCompound(text, '[', ']', element.EnumerateArray().ToList(), depth, (item, level) => Write(text, item, level));
                break;
            case JsonValueKind.Number:
                text.Append(Number(element.GetRawText()));
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }

    private static void WriteCompound<T>(StringBuilder text, char open, char close, List<T> items, int depth, Action<T, int> writeItem)
    {
        text.Append(open);
        if (items.Count == 0)
        {
            text.Append(close);
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(i == 0 ? "\n" : ",\n").Append(' ', (depth + 1) * 2);
            writeItem(items[i], depth + 1);
        }
        text.Append('\n').Append(' ', depth * 2).Append(close);
    }

    private static readonly JsonSerializerOptions NameOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Snowflake's form of a JSON number: FLOAT notation for an exponent, no trailing fraction zeros otherwise.</summary>
    public static string Number(string text)
    {
        if (text.Contains('e') || text.Contains('E'))
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return double.IsFinite(value) ? value.ToString("0.000000000000000e+00", CultureInfo.InvariantCulture) : text;
        }
        if (!text.Contains('.')) return text;
        var trimmed = text.TrimEnd('0');
        return trimmed.EndsWith('.') ? trimmed[..^1] : trimmed;
    }
}
