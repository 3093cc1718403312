using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Mockhaus.Server.Queries;

/// <summary>
/// Reads the common bind renderings (integers, floats, epoch values, true/false) straight from the request's UTF-8
/// JSON, without making a string of each value first: a 100,000-row array bind carries hundreds of thousands of
/// them. Anything unusual (escapes, exponents the parser rejects, words) answers false and takes the text path.
/// </summary>
internal static class RawBindValue
{
    public static bool TryInt64(JsonElement value, out long result)
    {
        result = 0;
        return Unquoted(value, out var raw) && Utf8Parser.TryParse(raw, out result, out var consumed) && consumed == raw.Length;
    }

    public static bool TryDouble(JsonElement value, out double result)
    {
        result = 0;
        return Unquoted(value, out var raw) && Utf8Parser.TryParse(raw, out result, out var consumed) && consumed == raw.Length;
    }

    public static bool TryBoolean(JsonElement value, out bool result)
    {
        result = false;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            result = value.ValueKind == JsonValueKind.True;
            return true;
        }
        return Unquoted(value, out var raw) && Boolean(raw, out result);
    }

    public static bool TryInt64(ref Utf8JsonReader reader, out long result)
    {
        result = 0;
        return Token(ref reader, out var raw) && Utf8Parser.TryParse(raw, out result, out var consumed) && consumed == raw.Length;
    }

    public static bool TryDouble(ref Utf8JsonReader reader, out double result)
    {
        result = 0;
        return Token(ref reader, out var raw) && Utf8Parser.TryParse(raw, out result, out var consumed) && consumed == raw.Length;
    }

    public static bool TryBoolean(ref Utf8JsonReader reader, out bool result)
    {
        result = reader.TokenType == JsonTokenType.True;
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
            return true;
        return Token(ref reader, out var raw) && Boolean(raw, out result);
    }

    private static bool Boolean(ReadOnlySpan<byte> raw, out bool result)
    {
        result = raw.SequenceEqual("true"u8) || raw.SequenceEqual("True"u8);
        return result || raw.SequenceEqual("false"u8) || raw.SequenceEqual("False"u8);
    }

    /// <summary>The current string or number token's bytes (no quotes); false for escaped strings and other tokens.</summary>
    private static bool Token(ref Utf8JsonReader reader, out ReadOnlySpan<byte> raw)
    {
        raw = default;
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number) || reader.ValueIsEscaped || reader.HasValueSequence)
            return false;
        raw = reader.ValueSpan;
        return raw.Length > 0;
    }

    /// <summary>The value's bytes without the quotes of a JSON string; false for escaped strings and non-scalars.</summary>
    private static bool Unquoted(JsonElement value, out ReadOnlySpan<byte> raw)
    {
        raw = default;
        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            return false;
        raw = JsonMarshal.GetRawUtf8Value(value);
        if (value.ValueKind == JsonValueKind.String)
            raw = raw[1..^1];
        return raw.Length > 0 && raw.IndexOf((byte)'\\') < 0;
    }
}
