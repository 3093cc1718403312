namespace Mockhaus.Server.Results;

/// <summary>Session settings a value conversion needs: the time zone that gives TIMESTAMP_TZ values their offset.</summary>
public sealed class ConversionContext
{
    public ConversionContext(string? timeZone)
    {
        TimeZone = Resolve(timeZone);
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>UTC offset in minutes at an instant, for a column time zone ("+05:30", an IANA name) or the session's.</summary>
    public int OffsetMinutes(long epochSeconds, string? columnTimeZone)
    {
        if (columnTimeZone is { Length: > 0 } tz && TryParseFixedOffset(tz, out var fixedMinutes))
            return fixedMinutes;
        var zone = columnTimeZone is { Length: > 0 } name && !name.Equals("UTC", StringComparison.OrdinalIgnoreCase) && TryFind(name) is { } z ? z : TimeZone;
        var instant = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(epochSeconds, -62135596800L, 253402300799L));
        return (int)zone.GetUtcOffset(instant).TotalMinutes;
    }

    private static TimeZoneInfo Resolve(string? name) =>
        name is { Length: > 0 } && TryFind(name) is { } zone ? zone : TimeZoneInfo.Utc;

    private static TimeZoneInfo? TryFind(string name)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(name); }
        catch (TimeZoneNotFoundException) { return null; }
        catch (InvalidTimeZoneException) { return null; }
    }

    private static bool TryParseFixedOffset(string text, out int minutes)
    {
        minutes = 0;
        if (text.Length < 3 || (text[0] != '+' && text[0] != '-'))
            return false;
        var sign = text[0] == '-' ? -1 : 1;
        var parts = text[1..].Split(':');
        if (!int.TryParse(parts[0], out var hours))
            return false;
        var mins = parts.Length > 1 && int.TryParse(parts[1], out var m) ? m : 0;
        minutes = sign * (hours * 60 + mins);
        return true;
    }
}
