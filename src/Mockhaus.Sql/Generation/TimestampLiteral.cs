using System.Globalization;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Snowflake writes a UTC offset after a space ('2024-01-02 03:04:05.123 +02:00'), which DuckDB reads as a time
/// zone name and rejects. String literals cast to a timestamp type are adjusted as values (never as SQL text):
/// the space goes for LTZ/TZ, and for NTZ the offset goes altogether because Snowflake ignores it there.
/// </summary>
internal static class TimestampLiteral
{
    public static bool IsTimestampType(string typeName) =>
        typeName.ToUpperInvariant() is "TIMESTAMP" or "DATETIME" or "TIMESTAMP_NTZ" or "TIMESTAMP_LTZ" or "TIMESTAMP_TZ"
            or "TIMESTAMPNTZ" or "TIMESTAMPLTZ" or "TIMESTAMPTZ" or "TIMESTAMP WITHOUT TIME ZONE" or "TIMESTAMP WITH TIME ZONE"
            or "TIMESTAMP WITH LOCAL TIME ZONE";

    public static string Normalize(string value, string typeName)
    {
        var offsetStart = TrailingOffsetStart(value);
        if (offsetStart < 0)
            return value;
        var withoutZone = IsNoTimeZone(typeName);
        var head = value[..offsetStart].TrimEnd();
        return withoutZone ? head : head + value[offsetStart..];
    }

    /// <summary>Whether the text ends in a UTC offset after a space ('... 10:00:00 +01:00'), which DuckDB cannot read.</summary>
    public static bool HasSpacedOffset(string value)
    {
        var start = TrailingOffsetStart(value);
        return start > 0 && value[start - 1] == ' ';
    }

    private static bool IsNoTimeZone(string typeName) =>
        typeName.ToUpperInvariant() is "TIMESTAMP" or "DATETIME" or "TIMESTAMP_NTZ" or "TIMESTAMPNTZ" or "TIMESTAMP WITHOUT TIME ZONE";

    /// <summary>Index of a trailing "+HH", "+HHMM" or "+HH:MM" (or '-') that follows a time, else -1.</summary>
    private static int TrailingOffsetStart(string value)
    {
        var trimmed = value.TrimEnd();
        for (var length = 6; length >= 3; length--)
        {
            if (trimmed.Length < length + 11)
                continue;
            var start = trimmed.Length - length;
            var candidate = trimmed[start..];
            if (candidate[0] is not ('+' or '-') || !IsOffsetBody(candidate[1..]))
                continue;
            // The offset must follow the time part (a digit, possibly after a space), not the date's own '-'.
            var before = trimmed[..start].TrimEnd();
            if (before.Length > 0 && char.IsAsciiDigit(before[^1]) && before.Contains(':'))
                return start;
        }
        return -1;
    }

    private static bool IsOffsetBody(string body) => body.Length switch
    {
        2 => body.All(char.IsAsciiDigit),
        4 => body.All(char.IsAsciiDigit),
        5 => body[2] == ':' && char.IsAsciiDigit(body[0]) && char.IsAsciiDigit(body[1]) && char.IsAsciiDigit(body[3]) && char.IsAsciiDigit(body[4]),
        _ => false,
    };
}
