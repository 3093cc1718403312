using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// Conversion functions: https://docs.snowflake.com/en/sql-reference/functions-conversion
// Each TO_x has a TRY_TO_x twin; the macros are written as the TRY form (NULL on failure) and the strict form
// raises an error when the TRY form gives NULL for a non-NULL input.
public static partial class FunctionLibrary
{
    private static void RegisterConversionMacros()
    {
        // AUTO detection (https://docs.snowflake.com/en/sql-reference/date-time-input-output#supported-formats-for-auto-detection):
        // a string of digits is seconds, milliseconds, microseconds or nanoseconds since the epoch by magnitude.
        Macro("sf_epoch_to_ts(n) AS make_timestamp(CAST(CASE WHEN abs(n) < 31536000000 THEN n * 1000000 " +
              "WHEN abs(n) < 31536000000000 THEN n * 1000 WHEN abs(n) < 31536000000000000 THEN n ELSE n // 1000 END AS BIGINT))");
        Macro("sf_auto_ts(s) AS CASE WHEN regexp_full_match(trim(s), '-?[0-9]+') THEN sf_epoch_to_ts(CAST(trim(s) AS HUGEINT)) " +
              "ELSE coalesce(try_cast(trim(s) AS TIMESTAMP), try_strptime(trim(s), ['%d-%b-%Y', '%m/%d/%Y', '%d-%b-%Y %H:%M:%S', " +
              "'%m/%d/%Y %H:%M:%S', '%a, %d %b %Y %H:%M:%S'])) END");
        // A TIMESTAMP_TZ value (a struct, see FunctionLibrary.TimestampTz) converts by its own wall clock or its instant.
        Macro("sf_try_to_ts(x VARCHAR) AS sf_auto_ts(x), (x DATE) AS CAST(x AS TIMESTAMP), (x TIMESTAMP) AS x, " +
              $"(x {Tz}) AS sf_tz_wall(x), " +
              "(x TIMESTAMPTZ) AS CAST(x AS TIMESTAMP), (x DOUBLE) AS make_timestamp(CAST(x * 1000000 AS BIGINT))");
        Macro("sf_try_to_tstz(x VARCHAR) AS coalesce(try_cast(trim(x) AS TIMESTAMPTZ), CAST(sf_auto_ts(x) AS TIMESTAMPTZ)), " +
              "(x DATE) AS CAST(x AS TIMESTAMPTZ), (x TIMESTAMP) AS CAST(x AS TIMESTAMPTZ), (x TIMESTAMPTZ) AS x, " +
              $"(x {Tz}) AS struct_extract(x, 'utc'), " +
              "(x DOUBLE) AS to_timestamp(x)");
        Macro("sf_try_to_date(x VARCHAR) AS CAST(sf_auto_ts(x) AS DATE), (x DATE) AS x, (x TIMESTAMP) AS CAST(x AS DATE), " +
              "(x TIMESTAMPTZ) AS CAST(x AS DATE), " + $"(x {Tz}) AS CAST(sf_tz_wall(x) AS DATE)");
        Macro("sf_try_to_time(x VARCHAR) AS coalesce(try_cast(trim(x) AS TIME), CAST(sf_auto_ts(x) AS TIME)), (x TIME) AS x, " +
              "(x TIMESTAMP) AS CAST(x AS TIME), (x TIMESTAMPTZ) AS CAST(x AS TIME), " + $"(x {Tz}) AS CAST(sf_tz_wall(x) AS TIME)");
        Macro("sf_to_ts(x) AS CASE WHEN x IS NOT NULL AND sf_try_to_ts(x) IS NULL THEN error('Timestamp ''' || CAST(x AS VARCHAR) || ''' is not recognized') ELSE sf_try_to_ts(x) END");
        Macro("sf_to_tstz(x) AS CASE WHEN x IS NOT NULL AND sf_try_to_tstz(x) IS NULL THEN error('Timestamp ''' || CAST(x AS VARCHAR) || ''' is not recognized') ELSE sf_try_to_tstz(x) END");
        Macro("sf_to_date(x) AS CASE WHEN x IS NOT NULL AND sf_try_to_date(x) IS NULL THEN error('Date ''' || CAST(x AS VARCHAR) || ''' is not recognized') ELSE sf_try_to_date(x) END");
        Macro("sf_to_time(x) AS CASE WHEN x IS NOT NULL AND sf_try_to_time(x) IS NULL THEN error('Time ''' || CAST(x AS VARCHAR) || ''' is not recognized') ELSE sf_try_to_time(x) END");

        // UTC offset as +hh<sep>mm: a TIMESTAMP_TZ value's own, else the session time zone's (zero without a time zone).
        Macro($"sf_tz_offset(x {Tz}, sep VARCHAR) AS sf_tz_offset_text(struct_extract(x, 'offset_minutes'), sep), " +
              "(x, sep) AS CASE WHEN timezone_hour(x) * 60 + timezone_minute(x) < 0 THEN '-' ELSE '+' END || " +
              "lpad(CAST(abs(timezone_hour(x)) AS VARCHAR), 2, '0') || sep || lpad(CAST(abs(timezone_minute(x)) AS VARCHAR), 2, '0')");
        // Default output formats: DATE 'YYYY-MM-DD', TIMESTAMP_NTZ 'YYYY-MM-DD HH24:MI:SS.FF3', TIME 'HH24:MI:SS'.
        var temporalText = "(x DATE) AS strftime(x, '%Y-%m-%d'), (x TIMESTAMP) AS strftime(x, '%Y-%m-%d %H:%M:%S.%g'), " +
            "(x TIMESTAMPTZ) AS strftime(x, '%Y-%m-%d %H:%M:%S.%g ') || sf_tz_offset(x, ''), " + $"(x {Tz}) AS sf_tz_text(x), " +
            "(x TIME) AS strftime(DATE '1970-01-01' + x, '%H:%M:%S'), (x VARCHAR) AS x, (x) AS CAST(x AS VARCHAR)";
        Macro("sf_to_char(x BLOB) AS upper(hex(x)), " + temporalText);
        // A cast to VARCHAR: dates and times in the default output formats (as TO_VARCHAR), BINARY and others as DuckDB casts.
        Macro("sf_temporal_text" + temporalText);
        // strftime needs a constant format, so formatted TO_CHAR calls strftime inline on a strftime-able value.
        Macro("sf_strftime_input(x DATE) AS x, (x TIMESTAMP) AS x, (x TIMESTAMP_NS) AS x, (x TIMESTAMPTZ) AS x, (x TIME) AS DATE '1970-01-01' + x, " +
              $"(x {Tz}) AS sf_tz_wall(x)");

        // TO_BOOLEAN's accepted strings: https://docs.snowflake.com/en/sql-reference/functions/to_boolean
        Macro("sf_try_to_boolean(x VARCHAR) AS CASE WHEN lower(x) IN ('true', 't', 'yes', 'y', 'on', '1') THEN true " +
              "WHEN lower(x) IN ('false', 'f', 'no', 'n', 'off', '0') THEN false END, (x BOOLEAN) AS x, (x DOUBLE) AS x <> 0");
        Macro("sf_to_boolean(x) AS CASE WHEN x IS NOT NULL AND sf_try_to_boolean(x) IS NULL THEN error('Boolean value ''' || CAST(x AS VARCHAR) || ''' is not recognized') ELSE sf_try_to_boolean(x) END");
    }

    private static void RegisterConversion()
    {
        RegisterTemporalConversion("TO_DATE", "DATE", "sf_to_date", "sf_try_to_date");
        RegisterTemporalConversion("TO_TIME", "TIME", "sf_to_time", "sf_try_to_time");
        // TO_TIMESTAMP follows the default TIMESTAMP_TYPE_MAPPING (TIMESTAMP_NTZ).
        RegisterTemporalConversion("TO_TIMESTAMP", "TIMESTAMP", "sf_to_ts", "sf_try_to_ts");
        RegisterTemporalConversion("TO_TIMESTAMP_NTZ", "TIMESTAMP", "sf_to_ts", "sf_try_to_ts");
        RegisterTemporalConversion("TO_TIMESTAMP_LTZ", "TIMESTAMPTZ", "sf_to_tstz", "sf_try_to_tstz");
        RegisterTemporalConversion("TO_TIMESTAMP_TZ", Tz, "sf_to_tz", "sf_try_to_tz");
        Alias("DATE", "TO_DATE");
        Alias("TIME", "TO_TIME");

        Scalar("TO_VARCHAR", 1, 2, TranslateToChar);
        Alias("TO_CHAR", "TO_VARCHAR");

        foreach (var name in new[] { "TO_NUMBER", "TO_DECIMAL", "TO_NUMERIC" })
        {
            Scalar(name, 1, 4, c => TranslateToNumber(c, strict: true));
            Scalar("TRY_" + name, 1, 4, c => TranslateToNumber(c, strict: false));
        }
        Simple("TO_DOUBLE", 1, 2, a => $"CAST({a[0]} AS DOUBLE)");
        Simple("TRY_TO_DOUBLE", 1, 2, a => $"TRY_CAST({a[0]} AS DOUBLE)");
        Simple("TO_BOOLEAN", 1, 1, a => $"sf_to_boolean({a[0]})");
        Simple("TRY_TO_BOOLEAN", 1, 1, a => $"sf_try_to_boolean({a[0]})");
        Scalar("TO_BINARY", 1, 2, c => TranslateToBinary(c, strict: true));
        Scalar("TRY_TO_BINARY", 1, 2, c => TranslateToBinary(c, strict: false));
    }

    private static void RegisterTemporalConversion(string name, string type, string strictMacro, string tryMacro)
    {
        Scalar(name, 1, 2, c => TranslateTemporal(c, type, strictMacro, strict: true));
        Scalar("TRY_" + name, 1, 2, c => TranslateTemporal(c, type, tryMacro, strict: false));
    }

    /// <summary>TO_DATE/TO_TIME/TO_TIMESTAMP*(x [, format | scale]).</summary>
    private static string TranslateTemporal(FunctionCall call, string type, string macro, bool strict)
    {
        var x = call.Arguments[0].Sql;
        if (call.Arguments.Count == 1)
            return $"{macro}({x})";
        var second = call.Arguments[1];
        if (second.StringLiteral is { } format)
        {
            if (SnowflakeFormatString.IsAuto(format)) return $"{macro}({x})";
            var pattern = Lit(SnowflakeFormatString.ToStrptime(format));
            var parse = strict ? "strptime" : "try_strptime";
            if (type == Tz)
                return TimestampTzByFormat(x, pattern, parse, format);
            return $"CAST({parse}(CAST({x} AS VARCHAR), {pattern}) AS {type})";
        }
        // TO_TIMESTAMP(number, scale): the number counts units of 10^-scale seconds.
        if (ConstantInt(second) is { } epochScale && type == Tz)
            return $"sf_try_to_tz(to_timestamp(CAST({x} AS DOUBLE) / pow(10, {epochScale})))";
        if (ConstantInt(second) is { } scale && type.StartsWith("TIMESTAMP", StringComparison.Ordinal))
        {
            var micros = $"CAST(CAST({x} AS HUGEINT) * 1000000 // CAST(pow(10, {scale}) AS HUGEINT) AS BIGINT)";
            return type == "TIMESTAMP" ? $"make_timestamp({micros})" : $"to_timestamp(CAST({x} AS DOUBLE) / pow(10, {scale}))";
        }
        throw SnowflakeErrors.Unsupported($"{call.Name} with a non-constant format");
    }

    /// <summary>
    /// TO_TIMESTAMP_TZ(text, format): with TZH[:TZM] the instant DuckDB parses keeps the offset written in the text
    /// (at its end); without, the wall clock is read in the session time zone.
    /// </summary>
    private static string TimestampTzByFormat(string x, string pattern, string parse, string format) =>
        format.Contains("TZH", StringComparison.OrdinalIgnoreCase)
            ? $"sf_tz_with_text_offset(CAST({parse}(CAST({x} AS VARCHAR), {pattern}) AS TIMESTAMPTZ), CAST({x} AS VARCHAR))"
            : $"sf_try_to_tz(CAST({parse}(CAST({x} AS VARCHAR), {pattern}) AS TIMESTAMP))";

    private static string TranslateToChar(FunctionCall call)
    {
        var x = call.Arguments[0].Sql;
        if (x.Trim().Equals("NULL", StringComparison.OrdinalIgnoreCase)) return "CAST(NULL AS VARCHAR)";
        if (call.Arguments.Count == 1) return $"sf_to_char({x})";
        var format = call.Arguments[1].StringLiteral
                     ?? throw SnowflakeErrors.Unsupported($"{call.Name} with a non-constant format");
        if (NumericFormatModel.IsNumeric(format))
        {
            // Parsed now so that an element it does not support fails at compile time, by name.
            NumericFormatModel.Parse(format);
            return $"{NumberFormatFunction}(CAST({x} AS VARCHAR), {Lit(format)})";
        }
        var pieces = SnowflakeFormatString.SplitOffsets(SnowflakeFormatString.ToStrftime(format)).Select(piece => piece.Offset switch
        {
            null => $"strftime(sf_strftime_input({x}), {Lit(piece.Strftime!)})",
            'C' => $"sf_tz_offset({x}, ':')",
            'N' => $"sf_tz_offset({x}, '')",
            'H' => $"left(sf_tz_offset({x}, ''), 3)",
            _ => $"right(sf_tz_offset({x}, ''), 2)",
        });
        return "(" + string.Join(" || ", pieces) + ")";
    }

    /// <summary>Numeric format models are made of 9, 0, separators, sign and currency elements.</summary>
    /// <summary>
    /// TO_NUMBER(x [, format] [, precision [, scale]]). Default NUMBER(38, 0): the value is rounded to the scale.
    /// Format models made of digits, decimal point, group separators, $, a sign (S, MI) or hexadecimal digits (X) are
    /// honoured (separators and the currency sign are removed, a leading or trailing sign is read, hex text is read as
    /// hex); other format elements are unsupported.
    /// </summary>
    private static string TranslateToNumber(FunctionCall call, bool strict)
    {
        var args = call.Arguments.ToList();
        var x = args[0].Sql;
        args.RemoveAt(0);
        string? format = null;
        if (args.Count > 0 && args[0].StringLiteral is { } f)
        {
            format = f;
            args.RemoveAt(0);
        }
        var precision = 38;
        var scale = 0;
        if (args.Count > 0)
            precision = ConstantInt(args[0]) ?? throw SnowflakeErrors.Unsupported($"{call.Name} with a non-constant precision");
        if (args.Count > 1)
            scale = ConstantInt(args[1]) ?? throw SnowflakeErrors.Unsupported($"{call.Name} with a non-constant scale");
        if (precision is < 1 or > 38 || scale < 0 || scale > precision)
            throw new SnowflakeSqlException("001006", "22023", $"SQL compilation error:\ninvalid precision {precision} or scale {scale}");
        var cast = strict ? "CAST" : "TRY_CAST";
        if (format is not null)
            x = FormattedNumberText(call, x, format, cast);
        return $"{cast}({x} AS DECIMAL({precision},{scale}))";
    }

    /// <summary>The text of a number written in a format model, ready to cast (see <see cref="TranslateToNumber"/>).</summary>
    private static string FormattedNumberText(FunctionCall call, string x, string format, string cast)
    {
        var body = (format.StartsWith("FM", StringComparison.OrdinalIgnoreCase) ? format[2..] : format).ToUpperInvariant();
        var text = $"trim(CAST({x} AS VARCHAR))";
        if (body.Contains('X') && body.All(ch => ch is 'X' or '0'))
            return $"{cast}(('0x' || {text}) AS UBIGINT)";
        var signed = body.Contains("MI", StringComparison.Ordinal) || body.Contains('S');
        var digits = body.Replace("MI", "", StringComparison.Ordinal).Replace("S", "", StringComparison.Ordinal);
        if (digits.Any(ch => "90.,$DG".IndexOf(ch) < 0))
            throw SnowflakeErrors.Unsupported($"{call.Name} with format '{format}'");
        foreach (var ch in digits.Where(ch => ch is ',' or '$' or 'G').Distinct())
            text = $"replace({text}, {Lit(ch == 'G' ? "," : ch.ToString())}, '')";
        if (!signed)
            return text;
        // S and MI: the sign stands before or after the digits ('-12.5', '12.5-', '+3').
        return $"CASE WHEN starts_with({text}, '-') OR ends_with({text}, '-') THEN '-' ELSE '' END || trim({text}, '+-')";
    }

    private static string TranslateToBinary(FunctionCall call, bool strict)
    {
        var x = call.Arguments[0].Sql;
        var format = call.Arguments.Count > 1
            ? call.Arguments[1].StringLiteral ?? throw SnowflakeErrors.Unsupported($"{call.Name} with a non-constant format")
            : "HEX";
        var expression = format.ToUpperInvariant() switch
        {
            "HEX" => $"unhex({x})",
            "BASE64" => $"from_base64({x})",
            "UTF-8" or "UTF8" => $"encode({x})",
            _ => throw SnowflakeErrors.Unsupported($"{call.Name} format '{format}'"),
        };
        return strict ? expression : $"try({expression})";
    }
}
