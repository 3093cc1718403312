using System.Globalization;
using System.Text.Json;
using Mockhaus.Server.Protocol;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Server.Queries;

/// <summary>
/// Turns the request's `bindings` (protocol doc §6) into CLR values for the engine, by Snowflake type:
/// FIXED (maybe with a fraction), REAL, TEXT, BOOLEAN, DATE (epoch ms), TIME (ns since midnight),
/// TIMESTAMP_NTZ/LTZ (epoch ns), TIMESTAMP_TZ ("ns offset+1440"), BINARY (hex). Positional keys only ("1", "2", ...).
/// </summary>
public static class BindConverter
{
    /// <summary>Values in position order; empty when there are no bindings.</summary>
    public static IReadOnlyList<object?> Convert(JsonElement? bindings)
    {
        if (bindings is not { ValueKind: JsonValueKind.Object } map)
            return [];
        var entries = new List<(int Position, object? Value)>();
        foreach (var property in map.EnumerateObject())
        {
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
                throw new SnowflakeSqlException("002049", "42601", $"SQL compilation error: named bind variable '{property.Name}' is not supported; use positional binds (1, 2, ...).");
            var type = JsonFields.String(property.Value, "type") ?? "TEXT";
            var value = JsonFields.Property(property.Value, "value");
            if (value is { ValueKind: JsonValueKind.Array })
                throw new SnowflakeSqlException("000002", "0A000", "Unsupported feature 'array binding'.");
            entries.Add((position, value is null ? null : ConvertValue(type, JsonFields.AsText(value.Value))));
        }
        entries.Sort((a, b) => a.Position.CompareTo(b.Position));
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Position != i + 1)
                throw new SnowflakeSqlException("002049", "42601", $"SQL compilation error: bind variable {i + 1} is missing.");
        return entries.Select(e => e.Value).ToList();
    }

    public static object? ConvertValue(string type, string text)
    {
        try
        {
            return type.ToUpperInvariant() switch
            {
                "FIXED" => Fixed(text),
                "REAL" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                "BOOLEAN" => Boolean(text),
                "DATE" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
                    ? DateOnly.FromDateTime(DateTime.UnixEpoch.AddMilliseconds(ms))
                    : text,
                "TIME" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ns)
                    ? new TimeOnly(ns / 100)
                    : text,
                "TIMESTAMP_NTZ" => Epoch(text) is { } ntz ? DateTime.SpecifyKind(ntz.UtcDateTime, DateTimeKind.Unspecified) : text,
                "TIMESTAMP_LTZ" => Epoch(text) is { } ltz ? ltz : text,
                "TIMESTAMP_TZ" => TimestampTz(text),
                "BINARY" => System.Convert.FromHexString(text),
                _ => text,
            };
        }
        catch (FormatException)
        {
            throw new SnowflakeSqlException("100038", "22018", $"Numeric value '{text}' is not recognized");
        }
        catch (OverflowException)
        {
            throw new SnowflakeSqlException("100038", "22018", $"Numeric value '{text}' is not recognized");
        }
    }

    /// <summary>.NET sends decimals as FIXED too ("1.5"), so only integral text becomes a long.</summary>
    private static object Fixed(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? integer
            : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool Boolean(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "t" or "yes" or "y" or "on" => true,
        "false" or "0" or "f" or "no" or "n" or "off" => false,
        _ => throw new SnowflakeSqlException("100037", "22018", $"Boolean value '{text}' is not recognized"),
    };

    private static DateTimeOffset? Epoch(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ns)
            ? DateTimeOffset.UnixEpoch.AddTicks(ns / 100)
            : null;

    private static object TimestampTz(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && Epoch(parts[0]) is { } utc && int.TryParse(parts[1], out var zone))
            return utc.ToOffset(TimeSpan.FromMinutes(zone - 1440));
        return Epoch(text) is { } instant ? instant : text;
    }
}
