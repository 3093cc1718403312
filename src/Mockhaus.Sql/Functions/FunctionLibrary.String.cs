using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// String and binary functions: https://docs.snowflake.com/en/sql-reference/functions-string
public static partial class FunctionLibrary
{
    // INITCAP's default delimiters (https://docs.snowflake.com/en/sql-reference/functions/initcap).
    private const string InitcapDelimiters = " \t\n\r\f\v!?@\"^#$&~_,.:;+-*%/|\\[](){}<>";

    private static void RegisterStringMacros()
    {
        // SUBSTR: start 0 behaves as 1; a negative length gives ''.
        Macro("sf_substr(s, st, n) AS CASE WHEN n < 0 THEN '' ELSE substring(s, CASE WHEN st = 0 THEN 1 ELSE st END, n) END");
        Macro("sf_substr2(s, st) AS substring(s, CASE WHEN st = 0 THEN 1 ELSE st END)");
        Macro("sf_left(s, n) AS CASE WHEN n < 0 THEN '' ELSE left(s, n) END");
        Macro("sf_right(s, n) AS CASE WHEN n < 0 THEN '' ELSE right(s, n) END");
        Macro("sf_initcap(s, d) AS array_to_string(list_transform(range(1, length(s) + 1), " +
              "i -> CASE WHEN i = 1 OR contains(d, substring(s, i - 1, 1)) THEN upper(substring(s, i, 1)) ELSE lower(substring(s, i, 1)) END), '')");
        // SPLIT_PART: part 0 is 1, negative parts count from the end, out of range gives ''.
        Macro("sf_split_part(s, sep, n) AS CASE WHEN s IS NULL OR sep IS NULL OR n IS NULL THEN NULL " +
              "ELSE coalesce((CASE WHEN sep = '' THEN [s] ELSE string_split(s, sep) END)[CASE WHEN n = 0 THEN 1 ELSE n END], '') END");
        // STRTOK: every character of the delimiter string separates; empty tokens are skipped.
        Macro("sf_tokens(s, d) AS CASE WHEN d = '' THEN (CASE WHEN s = '' THEN [] ELSE [s] END) " +
              "ELSE list_filter(string_split(translate(s, d, repeat(left(d, 1), length(d))), left(d, 1)), t -> t <> '') END");
        Macro("sf_charindex(sub, s, st) AS CASE WHEN instr(substring(s, greatest(st, 1)), sub) = 0 THEN 0 " +
              "ELSE instr(substring(s, greatest(st, 1)), sub) + greatest(st, 1) - 1 END");
        Macro("sf_length(x VARCHAR) AS length(x), (x BLOB) AS octet_length(x), (x) AS length(CAST(x AS VARCHAR))");
        Macro("sf_octet_length(x VARCHAR) AS strlen(x), (x BLOB) AS octet_length(x)");
        Macro("sf_split(s, sep) AS CASE WHEN s IS NULL OR sep IS NULL THEN NULL WHEN sep = '' THEN to_json([s]) ELSE to_json(string_split(s, sep)) END");
        // American Soundex over the letters: code every letter (H and W vanish, vowels separate), merge runs of one
        // code, drop the first letter's code and the vowels, pad to three digits.
        Macro("sf_soundex_codes(s) AS replace(translate(s, 'AEIOUYHWBFPVCGJKQSXZDTLMNR', '000000--111122222222334556'), '-', '')");
        Macro("sf_soundex_runs(c) AS array_to_string(list_filter(string_split(c, ''), (d, i) -> i = 1 OR d <> substring(c, i - 1, 1)), '')");
        Macro("sf_soundex(s) AS CASE WHEN s = '' THEN '' ELSE left(s, 1) || rpad(left(replace(substring(sf_soundex_runs(sf_soundex_codes(s)), 2), '0', ''), 3), 3, '0') END");
        Macro("sf_uuid_v5(h) AS substring(h, 1, 8) || '-' || substring(h, 9, 4) || '-5' || substring(h, 14, 3) || '-' || " +
              "substring('89ab', (CAST(('0x' || substring(h, 17, 1)) AS INTEGER) & 3) + 1, 1) || substring(h, 18, 3) || '-' || substring(h, 21, 12)");
        Macro("sf_concat_ws(sep, l) AS CASE WHEN sep IS NULL OR list_contains(list_transform(l, e -> e IS NULL), true) THEN NULL ELSE array_to_string(l, sep) END");
    }

    /// <summary>
    /// Snowflake converts non-text arguments of string functions to VARCHAR implicitly (LPAD(id, 5, '0')); DuckDB does
    /// not, so such arguments are cast. Plain string literals need no cast.
    /// </summary>
    internal static string T(string sql) =>
        sql.Length >= 2 && sql[0] == '\'' && sql[^1] == '\'' ? sql : $"CAST({sql} AS VARCHAR)";

    /// <summary>A string function mapping onto a DuckDB function whose arguments are all text.</summary>
    private static void TextFunction(string name, int min, int max, string duckDbFunction) =>
        Simple(name, min, max, a => $"{duckDbFunction}({string.Join(", ", a.Select(T))})");

    private static string SplitTable(FunctionCall call, string subject, string partsList) =>
        $"(SELECT {call.InputRowSequence ?? $"CAST(hash({subject}) >> 1 AS BIGINT)"} AS \"SEQ\", generate_subscripts(parts, 1) AS \"INDEX\", unnest(parts) AS \"VALUE\" " +
        $"FROM (SELECT {partsList} AS parts))";

    private static void RegisterString()
    {
        RegisterStringMacros();
        // CONCAT is NULL when any argument is NULL, like ||.
        Simple("CONCAT", 1, int.MaxValue, a => "(" + string.Join(" || ", a.Select(T)) + ")");
        Simple("CONCAT_WS", 2, int.MaxValue, a => $"sf_concat_ws({a[0]}, [{string.Join(", ", a.Skip(1).Select(x => $"CAST({x} AS VARCHAR)"))}])");
        Simple("SUBSTR", 2, 3, a => a.Length == 2 ? $"sf_substr2({T(a[0])}, {a[1]})" : $"sf_substr({T(a[0])}, {a[1]}, {a[2]})");
        Alias("SUBSTRING", "SUBSTR");
        Simple("LEFT", 2, 2, a => $"sf_left({T(a[0])}, {a[1]})");
        Simple("RIGHT", 2, 2, a => $"sf_right({T(a[0])}, {a[1]})");
        Simple("LENGTH", 1, 1, a => $"sf_length({a[0]})");
        Alias("LEN", "LENGTH");
        Simple("OCTET_LENGTH", 1, 1, a => $"sf_octet_length({a[0]})");
        Simple("BIT_LENGTH", 1, 1, a => $"(sf_octet_length({a[0]}) * 8)");
        Simple("RTRIMMED_LENGTH", 1, 1, a => $"length(rtrim({T(a[0])}))");
        TextFunction("UPPER", 1, 1, "upper");
        TextFunction("LOWER", 1, 1, "lower");
        Simple("INITCAP", 1, 2, a => $"sf_initcap({T(a[0])}, {(a.Length > 1 ? T(a[1]) : Lit(InitcapDelimiters))})");
        // TRIM's default removes blanks only.
        TextFunction("TRIM", 1, 2, "trim");
        TextFunction("LTRIM", 1, 2, "ltrim");
        TextFunction("RTRIM", 1, 2, "rtrim");
        Simple("LPAD", 2, 3, a => $"lpad({T(a[0])}, CAST({a[1]} AS INTEGER), {(a.Length > 2 ? T(a[2]) : "' '")})");
        Simple("RPAD", 2, 3, a => $"rpad({T(a[0])}, CAST({a[1]} AS INTEGER), {(a.Length > 2 ? T(a[2]) : "' '")})");
        Simple("SPACE", 1, 1, a => $"repeat(' ', CAST({a[0]} AS INTEGER))");
        // SPLIT returns an ARRAY, which Mockhaus represents as JSON.
        Simple("SPLIT", 2, 2, a => $"sf_split({T(a[0])}, {T(a[1])})");
        Simple("SPLIT_PART", 3, 3, a => $"sf_split_part({T(a[0])}, {T(a[1])}, CAST({a[2]} AS BIGINT))");
        Simple("STRTOK", 1, 3, a => a.Length switch
        {
            1 => $"sf_tokens({T(a[0])}, ' ')[1]",
            2 => $"sf_tokens({T(a[0])}, {T(a[1])})[1]",
            _ => $"sf_tokens({T(a[0])}, {T(a[1])})[CAST({a[2]} AS BIGINT)]",
        });
        Simple("STRTOK_TO_ARRAY", 1, 2, a => $"to_json(sf_tokens({T(a[0])}, {(a.Length > 1 ? T(a[1]) : "' '")}))");
        Simple("CHARINDEX", 2, 3, a => $"sf_charindex({T(a[0])}, {T(a[1])}, {(a.Length > 2 ? $"CAST({a[2]} AS BIGINT)" : "1")})");
        Alias("POSITION", "CHARINDEX");
        TextFunction("CONTAINS", 2, 2, "contains");
        TextFunction("STARTSWITH", 2, 2, "starts_with");
        TextFunction("ENDSWITH", 2, 2, "ends_with");
        // REPLACE's replacement defaults to '' (remove); an empty search string leaves the subject unchanged.
        Simple("REPLACE", 2, 3, a => $"replace({T(a[0])}, {T(a[1])}, {(a.Length > 2 ? T(a[2]) : "''")})");
        TextFunction("TRANSLATE", 3, 3, "translate");
        TextFunction("REVERSE", 1, 1, "reverse");
        Simple("REPEAT", 2, 2, a => $"repeat({T(a[0])}, CAST({a[1]} AS BIGINT))");
        Simple("ASCII", 1, 1, a => $"CASE WHEN {T(a[0])} = '' THEN 0 ELSE ascii({T(a[0])}) END");
        Simple("UNICODE", 1, 1, a => $"CASE WHEN {T(a[0])} = '' THEN 0 ELSE unicode({T(a[0])}) END");
        Simple("CHR", 1, 1, a => $"chr(CAST({a[0]} AS INTEGER))");
        Alias("CHAR", "CHR");
        Simple("INSERT", 4, 4, a => $"(substring({T(a[0])}, 1, CAST({a[1]} AS BIGINT) - 1) || {T(a[3])} || substring({T(a[0])}, CAST({a[1]} AS BIGINT) + CAST({a[2]} AS BIGINT)))");
        Simple("EDITDISTANCE", 2, 3, a => a.Length == 2 ? $"levenshtein({T(a[0])}, {T(a[1])})" : $"least(levenshtein({T(a[0])}, {T(a[1])}), {a[2]})");
        // Snowflake reports 0..100; DuckDB 0..1 (same Jaro-Winkler definition, rounded to an integer).
        Simple("JAROWINKLER_SIMILARITY", 2, 2, a => $"CAST(round(jaro_winkler_similarity({T(a[0])}, {T(a[1])}) * 100) AS BIGINT)");
        // UUID_STRING() is a random version-4 UUID; UUID_STRING(namespace, name) the RFC 4122 version-5 (SHA-1) UUID.
        Scalar("UUID_STRING", 0, 2, c => c.Arguments.Count switch
        {
            0 => "CAST(uuid() AS VARCHAR)",
            2 => $"sf_uuid_v5(sha1(unhex(replace(CAST({c.Arguments[0].Sql} AS VARCHAR), '-', '')) || encode({T(c.Arguments[1].Sql)})))",
            _ => throw SnowflakeErrors.Unsupported("UUID_STRING with one argument"),
        });
        NotReusable("UUID_STRING");
        Simple("SOUNDEX", 1, 1, a => $"sf_soundex(upper(regexp_replace({T(a[0])}, '[^A-Za-z]', '', 'g')))");
        // Table functions: one row per part with Snowflake's SEQ, INDEX and VALUE columns. SEQ numbers the input rows
        // (the generator's InputRowSequence); when the rows to the left cannot be named, it hashes the input string.
        Add(new FunctionDefinition("SPLIT_TO_TABLE", FunctionKind.Table, 2, 2, c =>
            SplitTable(c, T(c.Arguments[0].Sql), $"CASE WHEN {T(c.Arguments[1].Sql)} = '' THEN [{T(c.Arguments[0].Sql)}] ELSE string_split({T(c.Arguments[0].Sql)}, {T(c.Arguments[1].Sql)}) END")));
        Add(new FunctionDefinition("STRTOK_SPLIT_TO_TABLE", FunctionKind.Table, 1, 2, c =>
            SplitTable(c, T(c.Arguments[0].Sql), $"sf_tokens({T(c.Arguments[0].Sql)}, {(c.Arguments.Count > 1 ? T(c.Arguments[1].Sql) : "' '")})")));
        Unsupported("COLLATE", FunctionKind.Scalar, 2, 2);
        Unsupported("SOUNDEX_P123", FunctionKind.Scalar, 1, 1);
        Unsupported("COMPRESS", FunctionKind.Scalar, 2, 2);
        Unsupported("DECOMPRESS_BINARY", FunctionKind.Scalar, 2, 2);
        Unsupported("DECOMPRESS_STRING", FunctionKind.Scalar, 2, 2);
    }
}
