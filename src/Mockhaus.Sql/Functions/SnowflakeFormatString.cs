using System.Text;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

/// <summary>
/// Converts a Snowflake date/time format string (https://docs.snowflake.com/en/sql-reference/functions-conversion#date-and-time-formats-in-conversion-functions)
/// into a DuckDB strftime/strptime format. Elements are matched case-insensitively, longest first; text in double
/// quotes is literal; other punctuation passes through.
/// </summary>
public static class SnowflakeFormatString
{
    // Longest element first so that e.g. HH24 wins over HH and MMMM over MM.
    private static readonly (string Element, string Output, string Parse)[] Elements =
    {
        ("TZH:TZM", OffsetMarker + "C", "%z"),
        ("TZHTZM", OffsetMarker + "N", "%z"),
        ("YYYY", "%Y", "%Y"),
        ("MMMM", "%B", "%B"),
        ("HH24", "%H", "%H"),
        ("HH12", "%I", "%I"),
        ("FF9", "%n", "%n"),
        ("FF6", "%f", "%f"),
        ("FF3", "%g", "%g"),
        ("FF1", "", ""), ("FF2", "", ""), ("FF4", "", ""), ("FF5", "", ""), ("FF7", "", ""), ("FF8", "", ""),
        ("MON", "%b", "%b"),
        ("TZH", OffsetMarker + "H", "%z"),
        ("TZM", OffsetMarker + "M", "%z"),
        ("FF", "%n", "%n"),
        ("YY", "%y", "%y"),
        ("MM", "%m", "%m"),
        ("DD", "%d", "%d"),
        ("DY", "%a", "%a"),
        ("HH", "%H", "%H"),
        ("MI", "%M", "%M"),
        ("SS", "%S", "%S"),
        ("AM", "%p", "%p"),
        ("PM", "%p", "%p"),
    };

    /// <summary>
    /// strftime's %z prints "+00"; Snowflake prints "+00:00" (TZH:TZM) or "+0000" (TZHTZM). Output formats mark
    /// offsets with this private-use character plus C (colon), N (no colon), H (hours) or M (minutes), and
    /// <see cref="SplitOffsets"/> cuts the format there so the offset can be computed separately.
    /// </summary>
    public const string OffsetMarker = "\uE000";

    /// <summary>Splits a converted output format into strftime pieces and offset markers (C, N, H or M).</summary>
    public static IEnumerable<(string? Strftime, char? Offset)> SplitOffsets(string converted)
    {
        var pieces = converted.Split(OffsetMarker[0]);
        if (pieces[0].Length > 0) yield return (pieces[0], null);
        foreach (var piece in pieces.Skip(1))
        {
            yield return (null, piece[0]);
            if (piece.Length > 1) yield return (piece[1..], null);
        }
    }

    /// <summary>True when the format is Snowflake's AUTO detection keyword.</summary>
    public static bool IsAuto(string format) => format.Trim().Equals("AUTO", StringComparison.OrdinalIgnoreCase);

    /// <summary>The DuckDB strftime format producing the same text as the Snowflake format.</summary>
    public static string ToStrftime(string format) => Convert(format, parse: false);

    /// <summary>The DuckDB strptime format accepting the same text as the Snowflake format.</summary>
    public static string ToStrptime(string format) => Convert(format, parse: true);

    private static string Convert(string format, bool parse)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c == '"')
            {
                var end = format.IndexOf('"', i + 1);
                if (end < 0) end = format.Length;
                AppendLiteral(result, format[(i + 1)..end]);
                i = end + 1;
                continue;
            }
            var matched = false;
            foreach (var (element, output, parseAs) in Elements)
            {
                if (string.Compare(format, i, element, 0, element.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                // DuckDB has only millisecond, microsecond and nanosecond fraction widths.
                if (output.Length == 0) throw SnowflakeErrors.Unsupported($"format element '{element}'");
                result.Append(parse ? parseAs : output);
                i += element.Length;
                matched = true;
                break;
            }
            if (matched) continue;
            if (char.IsLetter(c) && c != 'T')
                throw SnowflakeErrors.Unsupported($"format element '{format[i..]}' in '{format}'");
            AppendLiteral(result, c.ToString());
            i++;
        }
        return result.ToString();
    }

    private static void AppendLiteral(StringBuilder builder, string text) => builder.Append(text.Replace("%", "%%"));
}
