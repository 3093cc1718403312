using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// Regular-expression functions: https://docs.snowflake.com/en/sql-reference/functions-regexp
// Snowflake's regex parameters (c, i, m, e, s) become RE2 inline flags prepended to the pattern; DuckDB also uses RE2.
public static partial class FunctionLibrary
{
    private static void RegisterRegex()
    {
        // REGEXP_INSTR: the k-th match starts after the first k pieces of the split and the first k-1 matches.
        Macro("sf_regexp_instr(s, p, pos, occ, opt) AS CASE WHEN s IS NULL OR p IS NULL THEN NULL " +
              "WHEN len(regexp_extract_all(substring(s, pos), p)) < occ THEN 0 " +
              "ELSE pos + list_sum(list_transform(string_split_regex(substring(s, pos), p)[1:occ], x -> length(x))) " +
              "+ coalesce(list_sum(list_transform(regexp_extract_all(substring(s, pos), p)[1:occ - 1], x -> length(x))), 0) " +
              "+ CASE WHEN opt = 1 THEN length(regexp_extract_all(substring(s, pos), p)[occ]) ELSE 0 END END");

        // REGEXP_LIKE matches the whole subject.
        Scalar("REGEXP_LIKE", 2, 3, c => $"regexp_full_match({SubjectText(c)}, {Pattern(c, 1, 2)})");
        Alias("RLIKE", "REGEXP_LIKE");
        Scalar("REGEXP_SUBSTR", 2, 6, TranslateRegexpSubstr);
        Scalar("REGEXP_SUBSTR_ALL", 2, 6, c => $"to_json({RegexpMatches(c)})");
        Alias("REGEXP_EXTRACT_ALL", "REGEXP_SUBSTR_ALL");
        Scalar("REGEXP_COUNT", 2, 4, c => $"CAST(len(regexp_extract_all({Subject(c, 2)}, {Pattern(c, 1, 3)})) AS BIGINT)");
        Scalar("REGEXP_REPLACE", 2, 6, TranslateRegexpReplace);
        Scalar("REGEXP_INSTR", 2, 7, TranslateRegexpInstr);
    }

    private static string Arg(FunctionCall call, int index) => call.Arguments[index].Sql;

    /// <summary>The subject, as text (Snowflake converts numbers and dates implicitly).</summary>
    private static string SubjectText(FunctionCall call) => T(Arg(call, 0));

    /// <summary>The subject from the 1-based position argument on (default 1).</summary>
    private static string Subject(FunctionCall call, int positionIndex) =>
        call.Arguments.Count > positionIndex ? $"substring({SubjectText(call)}, CAST({Arg(call, positionIndex)} AS BIGINT))" : SubjectText(call);

    private static string Pattern(FunctionCall call, int patternIndex, int parametersIndex)
    {
        var pattern = Arg(call, patternIndex);
        if (call.Arguments.Count <= parametersIndex) return pattern;
        var parameters = call.Arguments[parametersIndex].StringLiteral
                         ?? throw SnowflakeErrors.Unsupported($"{call.Name} with non-constant regex parameters");
        var flags = RegexFlags(parameters);
        return flags.Length == 0 ? pattern : $"({Lit($"(?{flags})")} || {P(pattern)})";
    }

    /// <summary>Maps Snowflake parameters to RE2 flags; the last of c/i wins, 'e' is handled by the caller.</summary>
    private static string RegexFlags(string parameters)
    {
        var caseInsensitive = false;
        var multiLine = false;
        var dotAll = false;
        foreach (var p in parameters)
        {
            switch (p)
            {
                case 'c': caseInsensitive = false; break;
                case 'i': caseInsensitive = true; break;
                case 'm': multiLine = true; break;
                case 's': dotAll = true; break;
                case 'e': break;
                default: throw SnowflakeErrors.Unsupported($"regex parameter '{p}'");
            }
        }
        return (caseInsensitive ? "i" : "") + (multiLine ? "m" : "") + (dotAll ? "s" : "");
    }

    /// <summary>The capture group to extract: the group argument, or 1 when 'e' is given without one, else 0.</summary>
    private static string Group(FunctionCall call, int parametersIndex, int groupIndex)
    {
        if (call.Arguments.Count > groupIndex) return $"CAST({Arg(call, groupIndex)} AS INTEGER)";
        var parameters = call.Arguments.Count > parametersIndex ? call.Arguments[parametersIndex].StringLiteral ?? "" : "";
        return parameters.Contains('e') ? "1" : "0";
    }

    private static string RegexpMatches(FunctionCall call) =>
        $"regexp_extract_all({Subject(call, 2)}, {Pattern(call, 1, 4)}, {Group(call, 4, 5)})";

    private static string TranslateRegexpSubstr(FunctionCall call)
    {
        var occurrence = call.Arguments.Count > 3 ? $"CAST({Arg(call, 3)} AS BIGINT)" : "1";
        return $"{RegexpMatches(call)}[{occurrence}]";
    }

    private static string TranslateRegexpReplace(FunctionCall call)
    {
        var replacement = call.Arguments.Count > 2 ? Arg(call, 2) : "''";
        var occurrence = call.Arguments.Count > 4 ? ConstantInt(call.Arguments[4]) : 0;
        var pattern = Pattern(call, 1, 5);
        var options = occurrence switch
        {
            0 => "'g'",
            1 => "''",
            > 1 => NthOccurrence(call, occurrence.Value, ref pattern, ref replacement),
            _ => throw SnowflakeErrors.Unsupported("REGEXP_REPLACE with a negative or non-constant occurrence"),
        };
        if (call.Arguments.Count <= 3)
            return $"regexp_replace({SubjectText(call)}, {pattern}, {replacement}, {options})";
        var position = $"CAST({Arg(call, 3)} AS BIGINT)";
        return $"(substring({SubjectText(call)}, 1, {position} - 1) || regexp_replace(substring({SubjectText(call)}, {position}), {pattern}, {replacement}, {options}))";
    }

    /// <summary>
    /// Occurrence n > 1: one replacement of a pattern that first skips n - 1 matches, kept by group 1 and put back in
    /// front of the replacement. The replacement's own back-references would shift by that group, so they are unsupported.
    /// </summary>
    private static string NthOccurrence(FunctionCall call, int occurrence, ref string pattern, ref string replacement)
    {
        if (call.Arguments[2].StringLiteral is not { } text || text.Contains('\\'))
            throw SnowflakeErrors.Unsupported("REGEXP_REPLACE with an occurrence above 1 and a non-literal or back-referencing replacement");
        var skipped = (occurrence - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        pattern = $"('^((?:[\\s\\S]*?(?:' || {P(pattern)} || ')){{{skipped}}}[\\s\\S]*?)(?:' || {P(pattern)} || ')')";
        replacement = $"('\\1' || {replacement})";
        return "''";
    }

    private static string TranslateRegexpInstr(FunctionCall call)
    {
        if (call.Arguments.Count > 6)
            throw SnowflakeErrors.Unsupported("REGEXP_INSTR with a capture group");
        var position = call.Arguments.Count > 2 ? $"CAST({Arg(call, 2)} AS BIGINT)" : "1";
        var occurrence = call.Arguments.Count > 3 ? $"CAST({Arg(call, 3)} AS BIGINT)" : "1";
        var option = call.Arguments.Count > 4 ? $"CAST({Arg(call, 4)} AS BIGINT)" : "0";
        return $"sf_regexp_instr({SubjectText(call)}, {Pattern(call, 1, 5)}, {position}, {occurrence}, {option})";
    }
}
