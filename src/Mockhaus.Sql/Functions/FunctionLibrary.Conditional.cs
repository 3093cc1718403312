namespace Mockhaus.Sql.Functions;

// Conditional expression functions: https://docs.snowflake.com/en/sql-reference/functions-conditional
public static partial class FunctionLibrary
{
    private static void RegisterConditional()
    {
        Simple("IFF", 3, 3, a => $"CASE WHEN {P(a[0])} THEN {P(a[1])} ELSE {P(a[2])} END");
        Direct("COALESCE", 1, int.MaxValue, "coalesce");
        Direct("NVL", 2, 2, "coalesce");
        Direct("IFNULL", 2, 2, "coalesce");
        Simple("NVL2", 3, 3, a => $"CASE WHEN {P(a[0])} IS NOT NULL THEN {P(a[1])} ELSE {P(a[2])} END");
        Direct("NULLIF", 2, 2, "nullif");
        Simple("ZEROIFNULL", 1, 1, a => $"coalesce({a[0]}, 0)");
        Simple("NULLIFZERO", 1, 1, a => $"nullif({a[0]}, 0)");
        Simple("EQUAL_NULL", 2, 2, a => $"({P(a[0])} IS NOT DISTINCT FROM {P(a[1])})");
        // DIV0: 0 when the divisor is 0; DIV0NULL also when it is NULL.
        Simple("DIV0", 2, 2, a => $"CASE WHEN {P(a[1])} = 0 THEN 0 ELSE {P(a[0])} / {P(a[1])} END");
        Simple("DIV0NULL", 2, 2, a => $"CASE WHEN {P(a[1])} = 0 OR {P(a[1])} IS NULL THEN 0 ELSE {P(a[0])} / {P(a[1])} END");
        Scalar("DECODE", 3, int.MaxValue, TranslateDecode);
        // Snowflake's GREATEST/LEAST return NULL when any argument is NULL; DuckDB's skip NULLs.
        Simple("GREATEST", 1, int.MaxValue, a => NullIfAnyNull(a, $"greatest({string.Join(", ", a)})"));
        Simple("LEAST", 1, int.MaxValue, a => NullIfAnyNull(a, $"least({string.Join(", ", a)})"));
        Direct("GREATEST_IGNORE_NULLS", 1, int.MaxValue, "greatest");
        Direct("LEAST_IGNORE_NULLS", 1, int.MaxValue, "least");
        // Boolean functions over numbers: non-zero is TRUE (https://docs.snowflake.com/en/sql-reference/functions/booland).
        Simple("BOOLAND", 2, 2, a => $"({Truthy(a[0])} AND {Truthy(a[1])})");
        Simple("BOOLOR", 2, 2, a => $"({Truthy(a[0])} OR {Truthy(a[1])})");
        Simple("BOOLXOR", 2, 2, a => $"({Truthy(a[0])} <> {Truthy(a[1])})");
        Simple("BOOLNOT", 1, 1, a => $"(NOT {Truthy(a[0])})");
        Simple("REGR_VALX", 2, 2, a => $"CASE WHEN {P(a[0])} IS NULL THEN NULL ELSE {P(a[1])} END");
        Simple("REGR_VALY", 2, 2, a => $"CASE WHEN {P(a[1])} IS NULL THEN NULL ELSE {P(a[0])} END");
    }

    private static string Truthy(string sql) => $"(CAST({sql} AS DOUBLE) <> 0)";

    private static string NullIfAnyNull(string[] args, string expression) =>
        $"CASE WHEN {string.Join(" OR ", args.Select(a => P(a) + " IS NULL"))} THEN NULL ELSE {expression} END";

    /// <summary>DECODE(expr, search1, result1, ... [, default]); unlike CASE, NULL matches NULL.</summary>
    private static string TranslateDecode(FunctionCall call)
    {
        var a = Args(call);
        var parts = new List<string> { "CASE" };
        var pairs = (a.Length - 1) / 2;
        for (var i = 0; i < pairs; i++)
            parts.Add($"WHEN {P(a[0])} IS NOT DISTINCT FROM {P(a[1 + 2 * i])} THEN {P(a[2 + 2 * i])}");
        if ((a.Length - 1) % 2 == 1)
            parts.Add($"ELSE {P(a[^1])}");
        parts.Add("END");
        return string.Join(" ", parts);
    }
}
