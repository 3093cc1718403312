using System.Globalization;
using System.Text.Json;
using Mockhaus.Engine.Binds;
using Mockhaus.Server.Protocol;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Server.Queries;

/// <summary>
/// Turns the request's `bindings` (protocol doc §6) into CLR values for the engine, by Snowflake type:
/// FIXED (maybe with a fraction), REAL, TEXT, BOOLEAN, DATE (epoch ms), TIME (ns since midnight),
/// TIMESTAMP_NTZ/LTZ (epoch ns), TIMESTAMP_TZ ("ns offset+1440"), BINARY (hex). Keys are positions ("1", "2", ...)
/// or, for <c>:name</c> placeholders, names (.NET sends DbParameter.ParameterName as the key).
/// </summary>
public static class BindConverter
{
    /// <summary>
    /// The binds of a request: one row for scalar binds, one row per array element for array binds (batch DML: every
    /// bind carries a list of the same length). Positional binds come in position order; named binds one per :name of
    /// the SQL (<paramref name="namesInSql"/>, asked only when needed). One empty row when there are no bindings.
    /// </summary>
    public static BindBatch Convert(JsonElement? bindings, Func<IReadOnlyList<string>>? namesInSql = null)
    {
        if (bindings is not { ValueKind: JsonValueKind.Object } map)
            return BindBatch.None;
        var properties = map.EnumerateObject().ToList();
        if (properties.Count == 0)
            return BindBatch.None;
        var entries = properties.All(p => IsPosition(p.Name)) ? Positional(properties) : Named(properties, namesInSql?.Invoke() ?? []);
        var arrays = entries.Count(e => e.Value is { ValueKind: JsonValueKind.Array });
        if (arrays == 0)
            return new BindBatch(entries.Select(e => BindColumn.OfObjects(e.Name, [e.Value is { } v ? Scalar(e.Type, v) : null])).ToList(), 1);
        if (arrays != entries.Count)
            throw new SnowflakeSqlException("002049", "42601", "SQL compilation error: array binds must all be arrays of the same length.");
        var rowCount = entries[0].Value!.Value.GetArrayLength();
        if (entries.Any(e => e.Value!.Value.GetArrayLength() != rowCount))
            throw new SnowflakeSqlException("002049", "42601", "SQL compilation error: array binds must all be arrays of the same length.");
        return new BindBatch(entries.Select(e => BindColumnReader.Read(e.Name, e.Type, e.Value!.Value, rowCount)).ToList(), rowCount);
    }

    internal static DateOnly EpochDate(long milliseconds) =>
        DateOnly.FromDayNumber(UnixEpochDayNumber + (int)Math.Floor(milliseconds / (double)MillisecondsPerDay));

    private const long MillisecondsPerDay = 86_400_000;
    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    private static bool IsPosition(string key) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1;

    private static List<(string? Name, string Type, JsonElement? Value)> Positional(List<JsonProperty> properties)
    {
        var entries = properties
            .Select(p => (Position: int.Parse(p.Name, CultureInfo.InvariantCulture), Entry: Entry(null, p.Value)))
            .OrderBy(e => e.Position)
            .ToList();
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Position != i + 1)
                throw new SnowflakeSqlException("002049", "42601", $"SQL compilation error: bind variable {i + 1} is missing.");
        return entries.Select(e => e.Entry).ToList();
    }

    /// <summary>
    /// One entry per :name placeholder of the SQL, keyed by its spelling there. Keys match names the way unquoted
    /// identifiers do (case-insensitively) when no key is spelled exactly alike; keys no placeholder uses are ignored.
    /// </summary>
    private static List<(string? Name, string Type, JsonElement? Value)> Named(List<JsonProperty> properties, IReadOnlyList<string> namesInSql)
    {
        var entries = new List<(string? Name, string Type, JsonElement? Value)>();
        foreach (var name in namesInSql)
        {
            var property = properties.FirstOrDefault(p => p.Name == name);
            if (property.Value.ValueKind == JsonValueKind.Undefined)
                property = properties.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (property.Value.ValueKind == JsonValueKind.Undefined)
                throw new SnowflakeSqlException("002049", "42601", $"SQL compilation error: Bind variable :{name} not set.");
            entries.Add(Entry(name, property.Value));
        }
        return entries;
    }

    private static (string? Name, string Type, JsonElement? Value) Entry(string? name, JsonElement bind) =>
        (name, JsonFields.String(bind, "type") ?? "TEXT", JsonFields.Property(bind, "value"));

    /// <summary>One value by its bind type, through its text (the general path; see <see cref="BindColumnReader"/>).</summary>
    internal static object? Scalar(string type, JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : ConvertValue(type, JsonFields.AsText(value));

    public static object? ConvertValue(string type, string text)
    {
        try
        {
            return type.ToUpperInvariant() switch
            {
                "FIXED" => Fixed(text),
                "REAL" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                "BOOLEAN" => Boolean(text),
                "DATE" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms) ? EpochDate(ms) : text,
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
