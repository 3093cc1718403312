using System.Globalization;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// A Snowflake interval constant, <c>INTERVAL '&lt;integer&gt; [&lt;date_time_part&gt;] [, ...]'</c>
/// (https://docs.snowflake.com/en/sql-reference/data-types-datetime#interval-constants), reduced to the three fields of
/// a DuckDB INTERVAL: months, days and microseconds. Snowflake accepts every date/time part alias ('2 y, 3 mm',
/// '1 d 2 h', '5 nsec') and a comma-separated list, none of which DuckDB's own interval text understands.
/// </summary>
public sealed record IntervalConstant(long Months, long Days, long Microseconds)
{
    /// <summary>True when the interval moves whole days or more only, so a DATE plus it is still a DATE.</summary>
    public bool IsWholeDays => Microseconds == 0;

    /// <summary>Parses the constant's text; a separate unit (<c>INTERVAL '2' DAY</c>) applies to a bare number.</summary>
    public static IntervalConstant Parse(string text, string? unit)
    {
        try { return ParseWords(text.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries), text, unit); }
        catch (OverflowException) { throw Invalid(text); }
    }

    private static IntervalConstant ParseWords(string[] words, string text, string? unit)
    {
        if (words.Length == 0) throw Invalid(text);
        long months = 0, days = 0, micros = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var (number, part) = SplitNumber(words[i], text);
            if (part.Length == 0)
            {
                // The part follows as its own word; without one the unit after the string (or seconds) applies.
                if (i + 1 < words.Length && !StartsWithNumber(words[i + 1])) part = words[++i];
                else part = unit ?? "SECOND";
            }
            if (!TryResolvePart(part, out var kind)) throw Invalid(text);
            checked
            {
                switch (kind)
                {
                    case DatePartKind.Year: months += number * 12; break;
                    case DatePartKind.Quarter: months += number * 3; break;
                    case DatePartKind.Month: months += number; break;
                    case DatePartKind.Week: days += number * 7; break;
                    case DatePartKind.Day: days += number; break;
                    case DatePartKind.Hour: micros += number * 3_600_000_000; break;
                    case DatePartKind.Minute: micros += number * 60_000_000; break;
                    case DatePartKind.Second: micros += number * 1_000_000; break;
                    case DatePartKind.Millisecond: micros += number * 1_000; break;
                    case DatePartKind.Microsecond: micros += number; break;
                    // DuckDB intervals hold microseconds; nanoseconds round to the nearest one.
                    case DatePartKind.Nanosecond: micros += (long)Math.Round(number / 1000m, MidpointRounding.AwayFromZero); break;
                    default: throw Invalid(text);
                }
            }
        }
        return new IntervalConstant(months, days, micros);
    }

    public IntervalConstant Negated() => new(-Months, -Days, -Microseconds);

    /// <summary>DuckDB interval text with the three fields, e.g. <c>INTERVAL '14 months 3 days'</c>.</summary>
    public string ToDuckDb()
    {
        var parts = new List<string>();
        if (Months != 0) parts.Add($"{Months} months");
        if (Days != 0) parts.Add($"{Days} days");
        if (Microseconds != 0 || parts.Count == 0) parts.Add($"{Microseconds} microseconds");
        return $"INTERVAL '{string.Join(' ', parts)}'";
    }

    /// <summary>Increments take plurals the date/time part list lacks ('5 weeks' in the docs' example).</summary>
    private static bool TryResolvePart(string part, out DatePartKind kind) =>
        DatePart.TryResolve(part, out kind)
        || (part.EndsWith('s') || part.EndsWith('S')) && DatePart.TryResolve(part[..^1], out kind);

    private static bool StartsWithNumber(string word) =>
        word.Length > 0 && (char.IsAsciiDigit(word[0]) || (word[0] is '-' or '+' && word.Length > 1 && char.IsAsciiDigit(word[1])));

    /// <summary>"12h" is 12 and "h"; "12" is 12 and "".</summary>
    private static (long Number, string Part) SplitNumber(string word, string text)
    {
        var end = word[0] is '-' or '+' ? 1 : 0;
        while (end < word.Length && char.IsAsciiDigit(word[end])) end++;
        if (!long.TryParse(word.AsSpan(0, end), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            throw Invalid(text);
        return (number, word[end..]);
    }

    // The code is assumed: Snowflake's documentation does not list the error for a malformed interval constant.
    private static SnowflakeSqlException Invalid(string text) =>
        new("100031", "22007", $"Invalid interval literal '{text}'.");
}
