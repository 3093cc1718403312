using DuckDB.NET.Data;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Errors;

/// <summary>
/// Turns DuckDB's error messages into Snowflake's error codes and wording, so drivers see what Snowflake
/// would have said (e.g. 002003/42S02 for a missing table).
/// </summary>
public static class DuckDbErrorMapper
{
    public static SnowflakeSqlException Map(Exception exception)
    {
        if (exception is SnowflakeSqlException snowflake)
            return snowflake;
        if (exception is OperationCanceledException)
            return Canceled(exception);
        var message = exception is DuckDBException or InvalidOperationException ? exception.Message : exception.ToString();
        return MapMessage(message, exception);
    }

    public static SnowflakeSqlException MapMessage(string message, Exception? inner = null)
    {
        var detail = StripPrefix(message);
        if (message.Contains("INTERRUPT", StringComparison.OrdinalIgnoreCase) || message.Contains("Interrupted", StringComparison.Ordinal))
            return Canceled(inner);
        if (detail.Contains("Division by zero", StringComparison.OrdinalIgnoreCase))
            return new SnowflakeSqlException("100051", "22012", "Division by zero", inner);
        if (message.StartsWith("Catalog Error", StringComparison.Ordinal) && QuotedName(detail, "with name ") is { } missing
            && detail.Contains("does not exist", StringComparison.Ordinal))
            return SnowflakeErrors.ObjectDoesNotExist(missing);
        if (message.StartsWith("Catalog Error", StringComparison.Ordinal) && detail.Contains("already exists", StringComparison.Ordinal))
            return new SnowflakeSqlException("002002", "42710",
                $"SQL compilation error:\nObject '{QuotedName(detail, "with name ") ?? "?"}' already exists.", inner);
        if (message.StartsWith("Binder Error", StringComparison.Ordinal) && detail.Contains("not found", StringComparison.Ordinal)
            && QuotedName(detail, "column ") is { } column)
            return new SnowflakeSqlException("000904", "42000",
                $"SQL compilation error: error line 1 at position 0\ninvalid identifier '{column}'", inner);
        if (message.StartsWith("Conversion Error", StringComparison.Ordinal) && QuotedValue(detail) is { } value)
            return new SnowflakeSqlException("100038", "22018", $"Numeric value '{value}' is not recognized", inner);
        if (message.StartsWith("Constraint Error", StringComparison.Ordinal) && detail.Contains("NOT NULL", StringComparison.Ordinal))
            return new SnowflakeSqlException("100072", "22000", $"NULL result in a non-nullable column", inner);
        if (message.StartsWith("Parser Error", StringComparison.Ordinal))
            return new SnowflakeSqlException("001003", "42000", $"SQL compilation error:\n{detail}", inner);
        if (message.StartsWith("Out of Range Error", StringComparison.Ordinal))
            return new SnowflakeSqlException("100046", "22003", $"Number out of representable range: {detail}", inner);
        if (message.StartsWith("Invalid Input Error", StringComparison.Ordinal))
            return new SnowflakeSqlException("100069", "22P02", detail, inner);
        if (message.StartsWith("Binder Error", StringComparison.Ordinal) || message.StartsWith("Catalog Error", StringComparison.Ordinal))
            return new SnowflakeSqlException("002141", "42601", $"SQL compilation error:\n{detail}", inner);
        return new SnowflakeSqlException("100132", "P0000", detail, inner);
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
    private static string? QuotedName(string detail, string marker)
    {
        var at = detail.IndexOf(marker, StringComparison.Ordinal);
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

    private static string? QuotedValue(string detail)
    {
        var start = detail.IndexOf('\'');
        if (start < 0)
            return null;
        var end = detail.IndexOf('\'', start + 1);
        return end > start ? detail[(start + 1)..end] : null;
    }
}
