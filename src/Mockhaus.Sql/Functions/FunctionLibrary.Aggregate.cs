using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// Aggregate functions: https://docs.snowflake.com/en/sql-reference/functions-aggregation
// Every aggregate can also be used as a window function; the generated OVER clause follows the aggregate call.
public static partial class FunctionLibrary
{
    private static void Aggregate(string name, int min, int max, Func<FunctionCall, string> translate) =>
        Add(new FunctionDefinition(name, FunctionKind.Aggregate, min, max, translate));

    /// <summary>An aggregate mapping onto a DuckDB aggregate with the same arguments (DISTINCT and OVER carried over).</summary>
    private static void DirectAggregate(string name, int min, int max, string duckDbFunction) =>
        Aggregate(name, min, max, c => WithOver(c, $"{duckDbFunction}({Distinct(c)}{string.Join(", ", Args(c))})"));

    private static string Distinct(FunctionCall call) => call.Distinct ? "DISTINCT " : "";

    private static string OrderWithin(FunctionCall call) =>
        call.WithinGroupOrderBy is null ? "" : " ORDER BY " + call.WithinGroupOrderBy;

    private static void RegisterAggregate()
    {
        Aggregate("COUNT", 1, int.MaxValue, TranslateCount);
        Aggregate("COUNT_IF", 1, 1, c => WithOver(c, $"count_if({c.Arguments[0].Sql})"));
        DirectAggregate("SUM", 1, 1, "sum");
        DirectAggregate("AVG", 1, 1, "avg");
        DirectAggregate("MIN", 1, 1, "min");
        DirectAggregate("MAX", 1, 1, "max");
        DirectAggregate("MEDIAN", 1, 1, "median");
        DirectAggregate("MODE", 1, 1, "mode");
        DirectAggregate("ANY_VALUE", 1, 1, "any_value");
        DirectAggregate("APPROX_COUNT_DISTINCT", 1, int.MaxValue, "approx_count_distinct");
        Alias("HLL", "APPROX_COUNT_DISTINCT");
        DirectAggregate("STDDEV", 1, 1, "stddev_samp");
        DirectAggregate("STDDEV_SAMP", 1, 1, "stddev_samp");
        DirectAggregate("STDDEV_POP", 1, 1, "stddev_pop");
        DirectAggregate("VARIANCE", 1, 1, "var_samp");
        DirectAggregate("VAR_SAMP", 1, 1, "var_samp");
        DirectAggregate("VARIANCE_SAMP", 1, 1, "var_samp");
        DirectAggregate("VAR_POP", 1, 1, "var_pop");
        DirectAggregate("VARIANCE_POP", 1, 1, "var_pop");
        DirectAggregate("CORR", 2, 2, "corr");
        DirectAggregate("COVAR_POP", 2, 2, "covar_pop");
        DirectAggregate("COVAR_SAMP", 2, 2, "covar_samp");
        foreach (var f in new[] { "REGR_SLOPE", "REGR_INTERCEPT", "REGR_R2", "REGR_COUNT", "REGR_AVGX", "REGR_AVGY", "REGR_SXX", "REGR_SYY", "REGR_SXY" })
            DirectAggregate(f, 2, 2, f.ToLowerInvariant());
        DirectAggregate("KURTOSIS", 1, 1, "kurtosis");
        DirectAggregate("SKEW", 1, 1, "skewness");
        Aggregate("BOOLAND_AGG", 1, 1, c => WithOver(c, $"bool_and(CAST({c.Arguments[0].Sql} AS BOOLEAN))"));
        Aggregate("BOOLOR_AGG", 1, 1, c => WithOver(c, $"bool_or(CAST({c.Arguments[0].Sql} AS BOOLEAN))"));
        // TRUE when exactly one input is TRUE; NULL when there are no non-NULL inputs.
        Aggregate("BOOLXOR_AGG", 1, 1, c =>
            $"CASE WHEN {WithOver(c, $"count({c.Arguments[0].Sql})")} = 0 THEN NULL " +
            $"ELSE {WithOver(c, $"count_if(CAST({c.Arguments[0].Sql} AS BOOLEAN))")} = 1 END");
        // MIN_BY/MAX_BY: rows with a NULL key are skipped, but the winning row's value is returned even when NULL.
        Aggregate("MIN_BY", 2, 3, c => MinMaxBy(c, "arg_min"));
        Aggregate("MAX_BY", 2, 3, c => MinMaxBy(c, "arg_max"));
        Aggregate("PERCENTILE_CONT", 1, 1, c => OrderedSetAggregate(c, "percentile_cont"));
        Aggregate("PERCENTILE_DISC", 1, 1, c => OrderedSetAggregate(c, "percentile_disc"));
        // Exact quantile in place of Snowflake's t-digest estimate: a valid (and deterministic) approximation.
        Aggregate("APPROX_PERCENTILE", 2, 2, c => WithOver(c, $"quantile_cont({c.Arguments[0].Sql}, CAST({c.Arguments[1].Sql} AS DOUBLE))"));
        // Order-independent combination of per-row hashes (values differ from Snowflake's, see HASH).
        Aggregate("HASH_AGG", 1, int.MaxValue, c =>
            $"sf_signed64(CAST({WithOver(c, $"sum({Distinct(c)}CAST(hash({HashArguments(c)}) AS HUGEINT))")} % 18446744073709551616 AS UBIGINT))");
        Aggregate("BITAND_AGG", 1, 1, c => WithOver(c, $"bit_and(CAST({c.Arguments[0].Sql} AS BIGINT))"));
        Aggregate("BITOR_AGG", 1, 1, c => WithOver(c, $"bit_or(CAST({c.Arguments[0].Sql} AS BIGINT))"));
        Aggregate("BITXOR_AGG", 1, 1, c => WithOver(c, $"bit_xor(CAST({c.Arguments[0].Sql} AS BIGINT))"));
        // LISTAGG: default delimiter ''; an empty group gives '' (NULLs are skipped).
        Aggregate("LISTAGG", 1, 2, c => $"coalesce({WithOver(c, $"string_agg({Distinct(c)}CAST({c.Arguments[0].Sql} AS VARCHAR), {(c.Arguments.Count > 1 ? c.Arguments[1].Sql : "''")}{OrderWithin(c)})")}, '')");
        // ARRAY_AGG returns an ARRAY, which Mockhaus represents as JSON; NULLs are skipped; an empty group gives [].
        Aggregate("ARRAY_AGG", 1, 1, c => $"coalesce(to_json({WithOver(c, $"list({Distinct(c)}{c.Arguments[0].Sql}{OrderWithin(c)}) FILTER (WHERE {c.Arguments[0].Sql} IS NOT NULL)")}), CAST('[]' AS JSON))");
        Aggregate("ARRAY_UNIQUE_AGG", 1, 1, c => $"coalesce(to_json({WithOver(c, $"list(DISTINCT {c.Arguments[0].Sql}) FILTER (WHERE {c.Arguments[0].Sql} IS NOT NULL)")}), CAST('[]' AS JSON))");
        Aggregate("GROUPING", 1, int.MaxValue, c => $"grouping({string.Join(", ", Args(c))})");
        Alias("GROUPING_ID", "GROUPING");
        // APPROX_TOP_K(x [, k [, counters]]): exact counts (a valid estimate) as [[value, count], ...], most frequent
        // first (ties by value); k defaults to 1.
        Aggregate("APPROX_TOP_K", 1, 3, c =>
        {
            var k = c.Arguments.Count > 1 ? $"CAST({c.Arguments[1].Sql} AS BIGINT)" : "1";
            var histogram = WithOver(c, $"histogram({c.Arguments[0].Sql})");
            return $"to_json(list_transform(list_sort(list_transform(map_entries({histogram}), e -> {{'c': -e.value, 'k': e.key}}))[1:{k}], e -> json_array(e.k, -e.c)))";
        });
        // Sketch-state and bitmap functions exchange Snowflake's binary/object state formats, which Mockhaus does not model.
        foreach (var (name, min, max) in new[]
                 {
                     ("APPROX_TOP_K_ACCUMULATE", 2, 2), ("APPROX_TOP_K_COMBINE", 1, 2), ("APPROX_TOP_K_ESTIMATE", 1, 2),
                     ("APPROX_PERCENTILE_ACCUMULATE", 1, 1), ("APPROX_PERCENTILE_COMBINE", 1, 1), ("APPROX_PERCENTILE_ESTIMATE", 2, 2),
                     ("HLL_ACCUMULATE", 1, 1), ("HLL_COMBINE", 1, 1), ("HLL_ESTIMATE", 1, 1), ("HLL_EXPORT", 1, 1), ("HLL_IMPORT", 1, 1),
                     ("MINHASH", 2, int.MaxValue), ("MINHASH_COMBINE", 1, 1), ("APPROXIMATE_JACCARD_INDEX", 1, 1),
                     ("APPROXIMATE_SIMILARITY", 1, 1), ("BITMAP_CONSTRUCT_AGG", 1, 1), ("BITMAP_OR_AGG", 1, 1),
                 })
            Unsupported(name, FunctionKind.Aggregate, min, max);
        foreach (var name in new[] { "BITMAP_COUNT", "BITMAP_BIT_POSITION", "BITMAP_BUCKET_NUMBER" })
            Unsupported(name, FunctionKind.Scalar, 1, 1);
    }

    /// <summary>COUNT(*), COUNT(x), COUNT(DISTINCT x), and COUNT(a, b): rows where every argument is non-NULL.</summary>
    private static string TranslateCount(FunctionCall call)
    {
        if (call.Star || call.Arguments.Count == 0) return WithOver(call, "count(*)");
        var a = Args(call);
        if (a.Length == 1) return WithOver(call, $"count({Distinct(call)}{a[0]})");
        var allPresent = string.Join(" AND ", a.Select(x => $"{P(x)} IS NOT NULL"));
        var value = call.Distinct ? $"row({string.Join(", ", a)})" : "1";
        return WithOver(call, $"count({Distinct(call)}CASE WHEN {allPresent} THEN {value} END)");
    }

    private static string MinMaxBy(FunctionCall call, string function)
    {
        var a = Args(call);
        return a.Length == 2
            ? WithOver(call, $"{function}_null({a[0]}, {a[1]})")
            : $"to_json({WithOver(call, $"{function}({a[0]}, {a[1]}, CAST({a[2]} AS BIGINT))")})";
    }

    private static string OrderedSetAggregate(FunctionCall call, string function)
    {
        if (call.WithinGroupOrderBy is null)
            throw new SnowflakeSqlException("002071", "42601",
                $"SQL compilation error:\n{call.Name} requires a WITHIN GROUP clause");
        if (call.Over is null)
            return $"{function}({call.Arguments[0].Sql}) WITHIN GROUP (ORDER BY {call.WithinGroupOrderBy})";
        // DuckDB has no ordered-set aggregates over windows; quantile_cont/_disc take the sort key directly, and a
        // descending order reflects the fraction (exact for the continuous percentile). The generator writes each key as "<expr> ASC|DESC NULLS FIRST|LAST".
        var (key, descending) = SplitSortKey(call.WithinGroupOrderBy);
        if (descending && function == "percentile_disc")
            throw SnowflakeErrors.Unsupported("PERCENTILE_DISC ... WITHIN GROUP (ORDER BY ... DESC) OVER (...)");
        var fraction = descending ? $"1 - CAST({call.Arguments[0].Sql} AS DOUBLE)" : $"CAST({call.Arguments[0].Sql} AS DOUBLE)";
        var quantile = function == "percentile_cont" ? "quantile_cont" : "quantile_disc";
        return WithOver(call, $"{quantile}({key}, {fraction})");
    }

    private static (string Key, bool Descending) SplitSortKey(string orderBy)
    {
        var text = orderBy.Trim();
        foreach (var nulls in new[] { " NULLS FIRST", " NULLS LAST" })
            if (text.EndsWith(nulls, StringComparison.OrdinalIgnoreCase)) text = text[..^nulls.Length].TrimEnd();
        if (text.EndsWith(" DESC", StringComparison.OrdinalIgnoreCase)) return (text[..^5], true);
        if (text.EndsWith(" ASC", StringComparison.OrdinalIgnoreCase)) return (text[..^4], false);
        return (text, false);
    }
}
