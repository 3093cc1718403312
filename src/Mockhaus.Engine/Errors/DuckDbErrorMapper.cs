using DuckDB.NET.Data;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Errors;

/// <summary>
/// Turns DuckDB's error messages into Snowflake's error codes and wording, so drivers see what Snowflake
/// would have said (e.g. 002003/42S02 for a missing table).
/// </summary>
public static class DuckDbErrorMapper
{
    public static SnowflakeSqlException Map(Exception exception) => Map(exception, null);

    /// <summary>Maps an exception; <paramref name="sourceText"/> (the Snowflake statement) locates invalid identifiers.</summary>
    public static SnowflakeSqlException Map(Exception exception, string? sourceText)
    {
        if (exception is SnowflakeSqlException snowflake)
            return snowflake;
        if (exception is OperationCanceledException)
            return Canceled(exception);
        var message = exception is DuckDBException or DuckDbNativeError or InvalidOperationException ? exception.Message : exception.ToString();
        return MapMessage(message, exception, sourceText);
    }

    public static SnowflakeSqlException MapMessage(string message, Exception? inner = null, string? sourceText = null)
    {
        var detail = StripPrefix(message);
        if (message.Contains("INTERRUPT", StringComparison.OrdinalIgnoreCase) || message.Contains("Interrupted", StringComparison.Ordinal))
            return Canceled(inner);
        if (detail.Contains(Sessions.CancelQueryFunction.NotExecutingMessage, StringComparison.Ordinal))
            return new SnowflakeSqlException("000605", "01000", Sessions.CancelQueryFunction.NotExecutingMessage, inner);
        // Raised by the engine's own scalar functions (TO_CHAR of a number) in Snowflake's words.
        if (detail.IndexOf("Numeric value '", StringComparison.Ordinal) is >= 0 and var at && detail.EndsWith("is not recognized", StringComparison.Ordinal))
            return new SnowflakeSqlException("100038", "22018", detail[at..], inner);
        // A UDF (DuckDB macro) dropped after the statement was translated.
        if (message.StartsWith("Catalog Error", StringComparison.Ordinal) && UserFunctionName(detail) is { } udf)
            return SnowflakeErrors.UnknownFunction(udf);
        if (detail.Contains("Division by zero", StringComparison.OrdinalIgnoreCase))
            return new SnowflakeSqlException("100051", "22012", "Division by zero", inner);
        if (message.StartsWith("Catalog Error", StringComparison.Ordinal) && QuotedName(detail, "with name ") is { } missing
            && detail.Contains("does not exist", StringComparison.Ordinal))
            return SnowflakeErrors.ObjectDoesNotExist(missing);
        if (message.StartsWith("Catalog Error", StringComparison.Ordinal) && detail.Contains("already exists", StringComparison.Ordinal))
            return new SnowflakeSqlException("002002", "42710",
                $"SQL compilation error:\nObject '{QuotedName(detail, "with name ") ?? "?"}' already exists.", inner);
        if (message.StartsWith("Binder Error", StringComparison.Ordinal) && QuotedName(detail, "column ") is { } column
            && (detail.Contains("not found", StringComparison.Ordinal) || detail.Contains("cannot be referenced before it is defined", StringComparison.Ordinal)))
            return InvalidIdentifier(column, sourceText, inner);
        if (message.StartsWith("Binder Error", StringComparison.Ordinal) && BinderError(detail, sourceText, inner) is { } binder)
            return binder;
        if (message.StartsWith("Conversion Error", StringComparison.Ordinal))
            return ConversionError(detail, inner);
        if (message.StartsWith("Constraint Error", StringComparison.Ordinal) && detail.Contains("NOT NULL", StringComparison.Ordinal))
            return new SnowflakeSqlException("100072", "22000", $"NULL result in a non-nullable column", inner);
        if (message.StartsWith("Parser Error", StringComparison.Ordinal))
            return new SnowflakeSqlException("001003", "42000", $"SQL compilation error:\n{detail}", inner);
        if (message.StartsWith("Out of Range Error", StringComparison.Ordinal))
            return new SnowflakeSqlException("100046", "22003", $"Number out of representable range: {detail}", inner);
        if (detail.StartsWith("Failed to cast variant value", StringComparison.Ordinal))
            return new SnowflakeSqlException("100071", "22000", detail, inner); // raised by the translator's VARIANT casts
        if (message.StartsWith("Invalid Input Error", StringComparison.Ordinal))
            return new SnowflakeSqlException("100069", "22P02", detail, inner);
        if (message.StartsWith("Binder Error", StringComparison.Ordinal) || message.StartsWith("Catalog Error", StringComparison.Ordinal))
            return new SnowflakeSqlException("002141", "42601", $"SQL compilation error:\n{detail}", inner);
        return new SnowflakeSqlException("100132", "P0000", detail, inner);
    }

    /// <summary>
    /// Binder errors Snowflake words its own way: a column outside GROUP BY (000979, code and wording assumed from
    /// Snowflake's output, not documented), an ambiguous column (002028), an INSERT into a column the table lacks
    /// (000904) or with too few or too many values (002020).
    /// </summary>
    private static SnowflakeSqlException? BinderError(string detail, string? sourceText, Exception? inner)
    {
        if (detail.Contains("must appear in the GROUP BY clause", StringComparison.Ordinal) && QuotedName(detail, "column ") is { } grouped)
        {
            var (line, position) = Locate(sourceText, grouped);
            return new SnowflakeSqlException("000979", "42601",
                $"SQL compilation error: error line {line} at position {position}\n'{grouped}' is not a valid group by expression", inner)
            { Line = line, Position = position };
        }
        if (detail.StartsWith("Ambiguous reference to column name", StringComparison.Ordinal) && QuotedName(detail, "column name ") is { } ambiguous)
        {
            var (line, position) = Locate(sourceText, ambiguous, unqualified: true);
            return new SnowflakeSqlException("002028", "42601",
                $"SQL compilation error: error line {line} at position {position}\nambiguous column name '{ambiguous}'", inner)
            { Line = line, Position = position };
        }
        if (detail.Contains("does not have a column with name", StringComparison.Ordinal) && QuotedName(detail, "column with name ") is { } missing)
            return InvalidIdentifier(missing, sourceText, inner);
        if ((detail.StartsWith("Column name/value mismatch for insert", StringComparison.Ordinal)
             || detail.StartsWith("table ", StringComparison.Ordinal) && detail.EndsWith("values were supplied", StringComparison.Ordinal))
            && Counts(detail) is { } counts)
            return new SnowflakeSqlException("002020", "21S01",
                $"SQL compilation error:\nInsert value list does not match column list expecting {counts.Expected} but got {counts.Got}", inner);
        return null;
    }

    /// <summary>"... expected 2 columns but 1 values were supplied" or "table T has 2 columns but 1 values ..." -> (2, 1).</summary>
    private static (string Expected, string Got)? Counts(string detail)
    {
        var words = detail.Split(' ');
        var expected = Array.IndexOf(words, "expected") is >= 0 and var at ? at : Array.IndexOf(words, "has");
        var but = Array.IndexOf(words, "but");
        return expected >= 0 && but > expected && expected + 1 < words.Length && but + 1 < words.Length
            ? (words[expected + 1], words[but + 1])
            : null;
    }

    /// <summary>
    /// Snowflake reports where the identifier stands in the statement; DuckDB's position refers to the translated SQL,
    /// so the first occurrence of the name in the original text is used.
    /// </summary>
    private static SnowflakeSqlException InvalidIdentifier(string column, string? sourceText, Exception? inner)
    {
        var (line, position) = Locate(sourceText, column);
        return new SnowflakeSqlException("000904", "42000",
            $"SQL compilation error: error line {line} at position {position}\ninvalid identifier '{column}'", inner)
        { Line = line, Position = position };
    }

    /// <param name="unqualified">Skip occurrences written after a qualifier (t.name): the ambiguous one stands alone.</param>
    private static (int Line, int Position) Locate(string? text, string name, bool unqualified = false)
    {
        var at = text?.IndexOf(name, StringComparison.OrdinalIgnoreCase) ?? -1;
        while (unqualified && at > 0 && text![at - 1] == '.')
            at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return (1, 0);
        var before = text![..at];
        var line = before.Count(c => c == '\n') + 1;
        var lineStart = before.LastIndexOf('\n') + 1;
        return (line, at - lineStart);
    }

    /// <summary>Failed casts, worded as Snowflake words them per target type.</summary>
    private static SnowflakeSqlException ConversionError(string detail, Exception? inner)
    {
        // PARSE_JSON of invalid text (DuckDB: Malformed JSON at byte 1 of input: unexpected character.  Input: "{x").
        if (detail.StartsWith("Malformed JSON", StringComparison.Ordinal))
            return new SnowflakeSqlException("100069", "22P02", $"Error parsing JSON: {JsonInput(detail)}", inner);
        // A cast to a structured OBJECT(...) whose keys do not match the value's (DuckDB: Object {...} has unknown key "c").
        if (detail.StartsWith("Object ", StringComparison.Ordinal) && StructuredKeyMismatch(detail) is { } json)
            return new SnowflakeSqlException("100071", "22000", $"Failed to cast variant value {json} to OBJECT", inner);
        var value = QuotedValue(detail) ?? DoubleQuotedValue(detail) ?? "";
        if (detail.Contains("date field format", StringComparison.Ordinal))
            return new SnowflakeSqlException("100040", "22007", $"Date '{DoubleQuotedValue(detail) ?? value}' is not recognized", inner);
        if (detail.Contains("timestamp field format", StringComparison.Ordinal) || detail.Contains("TimeZone", StringComparison.Ordinal))
            return new SnowflakeSqlException("100035", "22007", $"Timestamp '{DoubleQuotedValue(detail) ?? value}' is not recognized", inner);
        if (detail.Contains("time field format", StringComparison.Ordinal))
            return new SnowflakeSqlException("100108", "22007", $"Time '{DoubleQuotedValue(detail) ?? value}' is not recognized", inner);
        if (detail.StartsWith("Could not convert string", StringComparison.Ordinal) && (detail.Contains("BOOL", StringComparison.Ordinal)))
            return new SnowflakeSqlException("100037", "22018", $"Boolean value '{value}' is not recognized", inner);
        return new SnowflakeSqlException("100038", "22018", $"Numeric value '{value}' is not recognized", inner);
    }

    private static string JsonInput(string detail)
    {
        var start = detail.IndexOf("Input: \"", StringComparison.Ordinal);
        return start < 0 ? detail : detail[(start + 8)..].TrimEnd().TrimEnd('"');
    }

    private static string? StructuredKeyMismatch(string detail)
    {
        var end = detail.LastIndexOf(detail.Contains(" has unknown key ", StringComparison.Ordinal) ? " has unknown key " : " does not have key ", StringComparison.Ordinal);
        return end > 7 ? detail[7..end] : null;
    }

    public static SnowflakeSqlException Canceled(Exception? inner = null) =>
        new("000604", "57014", "SQL execution canceled", inner);

    private static string StripPrefix(string message)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        var detail = colon > 0 && colon < 40 ? message[(colon + 2)..] : message;
        var lineBreak = detail.IndexOf('\n');
        return lineBreak > 0 ? detail[..lineBreak].Trim() : detail.Trim();
    }

    /// <summary>The first "..."-quoted or bare word after <paramref name="marker"/>.</summary>
    /// <summary>The Snowflake name of a UDF macro in "Function with name mh_udf_X does not exist!", or null.</summary>
    private static string? UserFunctionName(string detail)
    {
        var marker = "with name " + Mockhaus.Sql.Generation.DuckDbGenerator.UserFunctionPrefix;
        var at = detail.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : detail[(at + marker.Length)..].Split(' ', '!')[0].ToUpperInvariant();
    }

    private static string? QuotedName(string detail, string marker)
    {
        var at = detail.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return null;
        var rest = detail[(at + marker.Length)..].TrimStart();
        if (rest.StartsWith('"'))
        {
            var end = rest.IndexOf('"', 1);
            return end > 0 ? rest[1..end] : null;
        }
        var stop = rest.IndexOfAny([' ', '!', ',', '\n']);
        return stop > 0 ? rest[..stop] : rest;
    }

    private static string? QuotedValue(string detail) => Quoted(detail, '\'');

    private static string? DoubleQuotedValue(string detail) => Quoted(detail, '"');

    /// <summary>The first text between two <paramref name="quote"/> characters, or null.</summary>
    private static string? Quoted(string detail, char quote)
    {
        var start = detail.IndexOf(quote);
        if (start < 0)
            return null;
        var end = detail.IndexOf(quote, start + 1);
        return end > start ? detail[(start + 1)..end] : null;
    }
}
