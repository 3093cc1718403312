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
    /// <summary>
    /// Bind rows in position order: one row for scalar binds, one row per array element for array binds
    /// (batch inserts: every bind carries a list of the same length). Empty list of values when there are no bindings.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<object?>> ConvertRows(JsonElement? bindings)
    {
        if (bindings is not { ValueKind: JsonValueKind.Object } map)
            return [[]];
        var entries = new List<(int Position, string Type, JsonElement? Value)>();
        foreach (var property in map.EnumerateObject())
        {
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
                throw new SnowflakeSqlException("002049", "42601", $"SQL compilation error: named bind variable '{property.Name}' is not supported; use positional binds (1, 2, ...).");
            entries.Add((position, JsonFields.String(property.Value, "type") ?? "TEXT", JsonFields.Property(property.Value, "value")));
        }
        entries.Sort((a, b) => a.Position.CompareTo(b.Position));
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Position != i + 1)
                throw new SnowflakeSqlException("002049", "42601", $"SQL compilation error: bind variable {i + 1} is missing.");
        var arrays = entries.Count(e => e.Value is { ValueKind: JsonValueKind.Array });
        if (arrays == 0)
            return [entries.Select(e => Scalar(e.Type, e.Value)).ToList()];
        if (arrays != entries.Count)
            throw new SnowflakeSqlException("002049", "42601", "SQL compilation error: array binds must all be arrays of the same length.");
        var rowCount = entries[0].Value!.Value.GetArrayLength();
        if (entries.Any(e => e.Value!.Value.GetArrayLength() != rowCount))
            throw new SnowflakeSqlException("002049", "42601", "SQL compilation error: array binds must all be arrays of the same length.");
        var columns = entries.Select(e => e.Value!.Value.EnumerateArray().Select(v => Scalar(e.Type, v)).ToList()).ToList();
        return Enumerable.Range(0, rowCount).Select(r => (IReadOnlyList<object?>)columns.Select(c => c[r]).ToList()).ToList();
    }

    private static object? Scalar(string type, JsonElement? value) =>
        value is null || value.Value.ValueKind == JsonValueKind.Null ? null : ConvertValue(type, JsonFields.AsText(value.Value));

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
