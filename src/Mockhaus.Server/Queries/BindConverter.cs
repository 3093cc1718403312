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
    public static BindBatch Convert(RequestBindings? bindings, Func<IReadOnlyList<string>>? namesInSql = null)
    {
        if (bindings is null || bindings.Count == 0)
            return BindBatch.None;
        var entries = bindings.Binds.All(b => IsPosition(b.Key)) ? Positional(bindings.Binds) : Named(bindings.Binds, namesInSql?.Invoke() ?? []);
        var arrays = entries.Count(e => e.Bind.IsArray);
        if (arrays == 0)
            return new BindBatch(entries.Select(e => BindColumn.OfObjects(e.Name, [e.Bind.Value is { } v ? Scalar(e.Bind.Type, v) : null])).ToList(), 1);
        if (arrays != entries.Count)
            throw new SnowflakeSqlException("002049", "42601", "SQL compilation error: array binds must all be arrays of the same length.");
        var rowCount = entries[0].Bind.ArrayLength;
        if (entries.Any(e => e.Bind.ArrayLength != rowCount))
            throw new SnowflakeSqlException("002049", "42601", "SQL compilation error: array binds must all be arrays of the same length.");
        return new BindBatch(entries.Select(e => e.Bind.Column?.WithName(e.Name)
            ?? BindColumnReader.Read(e.Name, e.Bind.Type, e.Bind.Value!.Value, rowCount)).ToList(), rowCount);
    }

    internal static DateOnly EpochDate(long milliseconds) =>
        DateOnly.FromDayNumber(UnixEpochDayNumber + (int)Math.Floor(milliseconds / (double)MillisecondsPerDay));

    private const long MillisecondsPerDay = 86_400_000;
    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    private static bool IsPosition(string key) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1;

    private static List<(string? Name, RequestBind Bind)> Positional(IReadOnlyList<RequestBind> binds)
    {
        var entries = binds
            .Select(b => (Position: int.Parse(b.Key, CultureInfo.InvariantCulture), Bind: b))
            .OrderBy(e => e.Position)
            .ToList();
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Position != i + 1)
                throw new SnowflakeSqlException("002049", "42601", $"SQL compilation error: bind variable {i + 1} is missing.");
        return entries.Select(e => ((string?)null, e.Bind)).ToList();
    }

    /// <summary>
    /// One entry per :name placeholder of the SQL, keyed by its spelling there. Keys match names the way unquoted
    /// identifiers do (case-insensitively) when no key is spelled exactly alike; keys no placeholder uses are ignored.
    /// </summary>
    private static List<(string? Name, RequestBind Bind)> Named(IReadOnlyList<RequestBind> binds, IReadOnlyList<string> namesInSql)
    {
        var entries = new List<(string? Name, RequestBind Bind)>();
        foreach (var name in namesInSql)
        {
            var bind = binds.FirstOrDefault(b => b.Key == name) ?? binds.FirstOrDefault(b => b.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new SnowflakeSqlException("002049", "42601", $"SQL compilation error: Bind variable :{name} not set.");
            entries.Add((name, bind));
        }
        return entries;
    }

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

    /// <summary>
    /// "&lt;UTC ns&gt; &lt;offset minutes + 1440&gt;" becomes ISO text with the offset ('2024-01-01 10:00:00.000000+05:30'):
    /// DuckDB binds a DateTimeOffset as an instant only, while the text keeps the offset for a TIMESTAMP_TZ column
    /// (sf_to_tz reads it) and still converts implicitly into LTZ/NTZ columns and comparisons.
    /// </summary>
    private static object TimestampTz(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && Epoch(parts[0]) is { } utc && int.TryParse(parts[1], out var zone))
            return utc.ToOffset(TimeSpan.FromMinutes(zone - 1440)).ToString("yyyy-MM-dd HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
        return Epoch(text) is { } instant ? instant : text;
    }
}
