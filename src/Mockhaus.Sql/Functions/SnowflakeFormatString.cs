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
        ("TZH:TZM", "%z", "%z"),
        ("TZHTZM", "%z", "%z"),
        ("YYYY", "%Y", "%Y"),
        ("MMMM", "%B", "%B"),
        ("HH24", "%H", "%H"),
        ("HH12", "%I", "%I"),
        ("FF9", "%n", "%n"),
        ("FF6", "%f", "%f"),
        ("FF3", "%g", "%g"),
        ("FF1", "", ""), ("FF2", "", ""), ("FF4", "", ""), ("FF5", "", ""), ("FF7", "", ""), ("FF8", "", ""),
        ("MON", "%b", "%b"),
        ("TZH", "%z", "%z"),
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
