using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// Window functions: https://docs.snowflake.com/en/sql-reference/functions-window
public static partial class FunctionLibrary
{
    private static void Window(string name, int min, int max, Func<FunctionCall, string> translate) =>
        Add(new FunctionDefinition(name, FunctionKind.Window, min, max, translate));

    private static void RegisterWindow()
    {
        foreach (var f in new[] { "ROW_NUMBER", "RANK", "DENSE_RANK", "PERCENT_RANK", "CUME_DIST" })
            Window(f, 0, 0, c => WithOver(RequireOver(c), $"{f.ToLowerInvariant()}()"));
        Window("NTILE", 1, 1, c => WithOver(RequireOver(c), $"ntile(CAST({c.Arguments[0].Sql} AS BIGINT))"));
        Window("LAG", 1, 3, c => OffsetFunction(c, "lag"));
        Window("LEAD", 1, 3, c => OffsetFunction(c, "lead"));
        Window("FIRST_VALUE", 1, 1, c => ValueFunction(c, $"first_value({c.Arguments[0].Sql}{IgnoreNulls(c)})"));
        Window("LAST_VALUE", 1, 1, c => ValueFunction(c, $"last_value({c.Arguments[0].Sql}{IgnoreNulls(c)})"));
        Window("NTH_VALUE", 2, 2, c => ValueFunction(c, $"nth_value({c.Arguments[0].Sql}, CAST({c.Arguments[1].Sql} AS BIGINT){IgnoreNulls(c)})"));
        // RATIO_TO_REPORT: the value over the partition's sum; NULL when the sum is 0.
        Window("RATIO_TO_REPORT", 1, 1, c => $"({P(c.Arguments[0].Sql)} / nullif({WithOver(WithoutOrderBy(RequireOver(c)), $"sum({c.Arguments[0].Sql})")}, 0))");
        // CONDITIONAL_TRUE_EVENT: running count of rows (up to and including this one) where the condition holds.
        Window("CONDITIONAL_TRUE_EVENT", 1, 1, c =>
            $"coalesce({WithOver(WithFrame(RequireOver(c), "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"), $"sum(CASE WHEN {c.Arguments[0].Sql} THEN 1 ELSE 0 END)")}, 0)");
        // CONDITIONAL_CHANGE_EVENT(x) is CONDITIONAL_TRUE_EVENT(x <> LAG(x)) (docs usage notes). Window functions cannot
        // nest in DuckDB, so the running list of values is collected and its changes counted (a NULL on either side of
        // a pair is no change, as x <> NULL is not TRUE).
        Macro("sf_count_changes(l) AS len(list_filter(range(2, len(l) + 1), i -> coalesce(l[i] <> l[i - 1], false)))");
        Window("CONDITIONAL_CHANGE_EVENT", 1, 1, c =>
            $"sf_count_changes({WithOver(WithFrame(RequireOver(c), "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"), $"list({c.Arguments[0].Sql})")})");
    }

    private static FunctionCall RequireOver(FunctionCall call) => call.Over is not null
        ? call
        : throw new SnowflakeSqlException("002062", "42601",
            $"SQL compilation error:\nWindow function {call.Name} requires an OVER clause");

    /// <summary>RATIO_TO_REPORT reports against the whole partition; Snowflake rejects an ORDER BY in its window.</summary>
    private static FunctionCall WithoutOrderBy(FunctionCall call) =>
        call.Over!.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase)
            ? throw new SnowflakeSqlException("002303", "42601",
                $"SQL compilation error:\nWindow function type [{call.Name}] cannot have an ORDER BY in window specification")
            : call;

    private static string IgnoreNulls(FunctionCall call) => call.IgnoreNulls == true ? " IGNORE NULLS" : "";

    /// <summary>LAG/LEAD(x [, offset [, default]]) [IGNORE NULLS].</summary>
    private static string OffsetFunction(FunctionCall call, string function)
    {
        RequireOver(call);
        var a = Args(call);
        var offset = a.Length > 1 ? $", CAST({a[1]} AS BIGINT)" : "";
        var fallback = a.Length > 2 ? $", {a[2]}" : "";
        return WithOver(call, $"{function}({a[0]}{offset}{fallback}{IgnoreNulls(call)})");
    }

    /// <summary>
    /// FIRST_VALUE/LAST_VALUE/NTH_VALUE: with ORDER BY and no frame, Snowflake's default frame is the whole partition
    /// (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), not the ANSI cumulative frame DuckDB uses.
    /// </summary>
    private static string ValueFunction(FunctionCall call, string callSql)
    {
        RequireOver(call);
        return WithOver(WithFrame(call, "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING"), callSql);
    }

    /// <summary>Adds a frame to an OVER clause that has none (the clause ends with its closing parenthesis).</summary>
    private static FunctionCall WithFrame(FunctionCall call, string frame)
    {
        var over = call.Over!;
        var upper = over.ToUpperInvariant();
        if (upper.Contains(" ROWS ") || upper.Contains(" RANGE ") || upper.Contains(" GROUPS ") || !over.TrimEnd().EndsWith(')'))
            return call;
        var trimmed = over.TrimEnd();
        var newOver = trimmed[..^1].TrimEnd() + (trimmed[..^1].TrimEnd().EndsWith('(') ? "" : " ") + frame + ")";
        return new FunctionCall(call.Name, call.Arguments)
        {
            Distinct = call.Distinct, Star = call.Star, WithinGroupOrderBy = call.WithinGroupOrderBy,
            Over = newOver, IgnoreNulls = call.IgnoreNulls,
        };
    }
}
