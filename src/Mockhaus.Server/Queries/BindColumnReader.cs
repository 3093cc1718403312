using System.Text.Json;
using Mockhaus.Engine.Binds;

namespace Mockhaus.Server.Queries;

/// <summary>
/// Reads the value list of one array bind into a <see cref="BindColumn"/>: FIXED integers, REAL, BOOLEAN, epoch DATE
/// and TEXT into typed arrays straight from the JSON (no string or box per value); a list with anything else (a FIXED
/// decimal, a DATE as text, TIME, TIMESTAMP ...) is converted value by value through the general path.
/// </summary>
internal static class BindColumnReader
{
    private delegate bool TryRead<T>(JsonElement value, out T result);

    private delegate bool TryReadToken<T>(ref Utf8JsonReader reader, out T result);

    public static BindColumn Read(string? name, string type, JsonElement values, int rowCount) => type.ToUpperInvariant() switch
    {
        "FIXED" => Typed<long>(name, type, values, rowCount, RawBindValue.TryInt64),
        "REAL" => Typed<double>(name, type, values, rowCount, RawBindValue.TryDouble),
        "BOOLEAN" => Typed<bool>(name, type, values, rowCount, RawBindValue.TryBoolean),
        "DATE" => Typed<DateOnly>(name, type, values, rowCount, TryEpochDate),
        "TEXT" => Typed<string>(name, type, values, rowCount, TryString),
        _ => Objects(name, type, values, rowCount),
    };

    /// <summary>
    /// Reads a list of the request bytes into a typed column as it streams by (the reader on its '[', left on its ']').
    /// Null when the type has no typed column or a value is not in the usual rendering: the caller then rewinds and
    /// takes the list as JSON.
    /// </summary>
    /// <param name="expectedRows">The length of the request's other lists, if one was read already (sizes the column).</param>
    /// <param name="body">The bytes the reader reads: TEXT values stay there, as UTF-8.</param>
    public static BindColumn? TryReadTyped(ref Utf8JsonReader reader, string type, int expectedRows, byte[] body) => type.ToUpperInvariant() switch
    {
        "FIXED" => TypedTokens<long>(ref reader, RawBindValue.TryInt64, expectedRows),
        "REAL" => TypedTokens<double>(ref reader, RawBindValue.TryDouble, expectedRows),
        "BOOLEAN" => TypedTokens<bool>(ref reader, RawBindValue.TryBoolean, expectedRows),
        "DATE" => TypedTokens<DateOnly>(ref reader, TryEpochDate, expectedRows),
        "TEXT" => Utf8Texts(ref reader, expectedRows, body),
        _ => null,
    };

    /// <summary>
    /// A TEXT list as offsets into the body. A value written with escapes has no bytes of its own there: such a list
    /// is read again as strings.
    /// </summary>
    private static BindColumn? Utf8Texts(ref Utf8JsonReader reader, int expectedRows, byte[] body)
    {
        var start = reader;
        var starts = new int[Math.Max(expectedRows, 16)];
        var lengths = new int[starts.Length];
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref lengths, count * 2);
            }
            if (reader.TokenType == JsonTokenType.Null)
                lengths[count] = BindColumn.NullLength;
            else if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
                     && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                starts[count] = (int)reader.TokenStartIndex + 1; // after the opening quote
                lengths[count] = reader.ValueSpan.Length;
            }
            else
            {
                reader = start;
                return TypedTokens<string>(ref reader, TryString, expectedRows);
            }
            count++;
        }
        if (count != starts.Length)
        {
            Array.Resize(ref starts, count);
            Array.Resize(ref lengths, count);
        }
        return BindColumn.OfUtf8(null, body, starts, lengths);
    }

    private static BindColumn? TypedTokens<T>(ref Utf8JsonReader reader, TryReadToken<T> read, int expectedRows)
    {
        // Sized by the request's other lists when known: the values land in their final array, with no regrowing
        // or trimming copy of 100,000 values.
        var values = new T[Math.Max(expectedRows, 16)];
        var count = 0;
        List<int>? nullRows = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == values.Length)
                Array.Resize(ref values, values.Length * 2);
            if (reader.TokenType == JsonTokenType.Null)
                (nullRows ??= []).Add(count);
            else if (!read(ref reader, out values[count]))
                return null;
            count++;
        }
        if (count != values.Length)
            Array.Resize(ref values, count);
        bool[]? nulls = null;
        if (nullRows is not null)
        {
            nulls = new bool[count];
            foreach (var row in nullRows)
                nulls[row] = true;
        }
        return BindColumn.Of(null, values, nulls);
    }

    private static bool TryEpochDate(ref Utf8JsonReader reader, out DateOnly result)
    {
        result = default;
        if (!RawBindValue.TryInt64(ref reader, out var milliseconds))
            return false;
        result = BindConverter.EpochDate(milliseconds);
        return true;
    }

    private static bool TryString(ref Utf8JsonReader reader, out string result)
    {
        result = reader.TokenType == JsonTokenType.String ? reader.GetString()! : "";
        return reader.TokenType == JsonTokenType.String;
    }

    private static BindColumn Typed<T>(string? name, string type, JsonElement values, int rowCount, TryRead<T> read)
    {
        var array = new T[rowCount];
        bool[]? nulls = null;
        var row = 0;
        foreach (var value in values.EnumerateArray())
        {
            if (value.ValueKind == JsonValueKind.Null)
                (nulls ??= new bool[rowCount])[row] = true;
            else if (!read(value, out array[row]))
                return Objects(name, type, values, rowCount);
            row++;
        }
        return BindColumn.Of(name, array, nulls);
    }

    private static BindColumn Objects(string? name, string type, JsonElement values, int rowCount)
    {
        var array = new object?[rowCount];
        var row = 0;
        foreach (var value in values.EnumerateArray())
            array[row++] = BindConverter.Scalar(type, value);
        return BindColumn.OfObjects(name, array);
    }

    private static bool TryEpochDate(JsonElement value, out DateOnly result)
    {
        result = default;
        if (!RawBindValue.TryInt64(value, out var milliseconds))
            return false;
        result = BindConverter.EpochDate(milliseconds);
        return true;
    }

    private static bool TryString(JsonElement value, out string result)
    {
        result = value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        return value.ValueKind == JsonValueKind.String;
    }
}
