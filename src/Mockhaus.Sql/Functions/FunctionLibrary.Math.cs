using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// Numeric functions: https://docs.snowflake.com/en/sql-reference/functions-numeric
public static partial class FunctionLibrary
{
    private static void RegisterMath()
    {
        Direct("ABS", 1, 1, "abs");
        Direct("SIGN", 1, 1, "sign");
        // ROUND is half away from zero for NUMBER and FLOAT, like DuckDB's round; HALF_TO_EVEN is opt-in.
        Scalar("ROUND", 1, 3, TranslateRound);
        Scalar("CEIL", 1, 2, c => ScaledRounding(c, "ceil"));
        Scalar("FLOOR", 1, 2, c => ScaledRounding(c, "floor"));
        Scalar("TRUNC", 1, 2, TranslateTrunc);
        Alias("TRUNCATE", "TRUNC");
        Simple("MOD", 2, 2, a => $"({P(a[0])} % {P(a[1])})");
        Simple("POWER", 2, 2, a => $"pow(CAST({a[0]} AS DOUBLE), CAST({a[1]} AS DOUBLE))");
        Alias("POW", "POWER");
        Simple("SQUARE", 1, 1, a => $"({P(a[0])} * {P(a[0])})");
        Simple("SQRT", 1, 1, a => $"sqrt(CAST({a[0]} AS DOUBLE))");
        Simple("CBRT", 1, 1, a => $"cbrt(CAST({a[0]} AS DOUBLE))");
        Simple("EXP", 1, 1, a => $"exp(CAST({a[0]} AS DOUBLE))");
        Simple("LN", 1, 1, a => $"ln(CAST({a[0]} AS DOUBLE))");
        // LOG(base, x): the base comes first (https://docs.snowflake.com/en/sql-reference/functions/log).
        Simple("LOG", 2, 2, a => $"(ln(CAST({a[1]} AS DOUBLE)) / ln(CAST({a[0]} AS DOUBLE)))");
        foreach (var f in new[] { "SIN", "COS", "TAN", "COT", "ASIN", "ACOS", "ATAN", "DEGREES", "RADIANS" })
            Simple(f, 1, 1, a => $"{f.ToLowerInvariant()}(CAST({a[0]} AS DOUBLE))");
        Simple("ATAN2", 2, 2, a => $"atan2(CAST({a[0]} AS DOUBLE), CAST({a[1]} AS DOUBLE))");
        // Hyperbolic functions by definition, so their results do not depend on DuckDB's math extension set.
        Simple("SINH", 1, 1, a => $"sinh(CAST({a[0]} AS DOUBLE))");
        Simple("COSH", 1, 1, a => $"cosh(CAST({a[0]} AS DOUBLE))");
        Simple("TANH", 1, 1, a => $"tanh(CAST({a[0]} AS DOUBLE))");
        Simple("ASINH", 1, 1, a => $"asinh(CAST({a[0]} AS DOUBLE))");
        Simple("ACOSH", 1, 1, a => $"acosh(CAST({a[0]} AS DOUBLE))");
        Simple("ATANH", 1, 1, a => $"atanh(CAST({a[0]} AS DOUBLE))");
        Simple("PI", 0, 0, _ => "pi()");
        Simple("FACTORIAL", 1, 1, a => $"CAST(factorial(CAST({a[0]} AS INTEGER)) AS {Generation.TypeMapper.WholeNumber})");
        // Division of operands whose types only DuckDB knows (see DuckDbGenerator.Division): integers (NUMBER(38,0))
        // divide into NUMBER(38,6) as in Snowflake (scale max(0, min(0 + 6, 12))); a scaled NUMBER or FLOAT operand
        // keeps DuckDB's DOUBLE quotient, since a macro cannot see the scale; anything else divides as DuckDB does.
        Macro($"sf_div(a {Generation.TypeMapper.WholeNumber}, b {Generation.TypeMapper.WholeNumber}) AS CAST(a / b AS DECIMAL(38, 6)), " +
              "(a DOUBLE, b DOUBLE) AS a / b, (a, b) AS a / b");
        Simple("WIDTH_BUCKET", 4, 4, a => $"sf_width_bucket({a[0]}, {a[1]}, {a[2]}, {a[3]})");
        Macro("sf_width_bucket(x, lo, hi, n) AS CASE WHEN x IS NULL OR lo IS NULL OR hi IS NULL OR n IS NULL THEN NULL " +
              "WHEN x < lo THEN 0 WHEN x >= hi THEN CAST(n AS BIGINT) + 1 " +
              "ELSE CAST(floor(CAST(x - lo AS DOUBLE) * CAST(n AS DOUBLE) / CAST(hi - lo AS DOUBLE)) AS BIGINT) + 1 END");
        Simple("HAVERSINE", 4, 4, a => $"sf_haversine({a[0]}, {a[1]}, {a[2]}, {a[3]})");
        // Earth radius 6371 km, as in https://docs.snowflake.com/en/sql-reference/functions/haversine.
        Macro("sf_haversine(lat1, lon1, lat2, lon2) AS 2 * 6371 * asin(sqrt(pow(sin(radians(lat2 - lat1) / 2), 2) + " +
              "cos(radians(lat1)) * cos(radians(lat2)) * pow(sin(radians(lon2 - lon1) / 2), 2)))");
    }

    private static string TranslateRound(FunctionCall call)
    {
        var a = Args(call);
        if (a.Length == 1) return $"round({a[0]})";
        var mode = a.Length == 3 ? call.Arguments[2].StringLiteral : null;
        if (a.Length == 3 && mode is null)
            throw SnowflakeErrors.Unsupported("ROUND with a non-constant rounding mode");
        var function = mode?.ToUpperInvariant() switch
        {
            null or "HALF_AWAY_FROM_ZERO" => "round",
            "HALF_TO_EVEN" => "round_even",
            _ => throw SnowflakeErrors.Unsupported($"ROUND mode '{mode}'"),
        };
        return $"{function}({a[0]}, CAST({a[1]} AS INTEGER))";
    }

    /// <summary>CEIL/FLOOR with an optional scale (digits after the point; negative = left of it).</summary>
    private static string ScaledRounding(FunctionCall call, string function)
    {
        var a = Args(call);
        if (a.Length == 1) return $"{function}({a[0]})";
        return $"sf_{function}_scaled({a[0]}, {a[1]})";
    }

    private static void RegisterScaledRoundingMacros()
    {
        // Scaled rounding through DOUBLE, rounded again to the scale to strip binary-fraction noise.
        foreach (var f in new[] { "ceil", "floor", "trunc" })
            Macro($"sf_{f}_scaled(x, s) AS round({f}(CAST(x AS DOUBLE) * pow(10, CAST(s AS INTEGER))) / pow(10, CAST(s AS INTEGER)), CAST(s AS INTEGER))");
    }

    /// <summary>TRUNC(number[, scale]) or TRUNC(date_or_time, part) when the second argument names a date part.</summary>
    private static string TranslateTrunc(FunctionCall call)
    {
        if (call.Arguments.Count == 2 && Constant(call.Arguments[1]) is { } part && DatePart.TryResolve(part, out var datePart))
            return TranslateDateTruncPart(datePart, Temporal(call.Arguments[0].Sql));
        var a = Args(call);
        return a.Length == 1 ? $"trunc({a[0]})" : $"sf_trunc_scaled({a[0]}, {a[1]})";
    }

    private static void RegisterBitwise()
    {
        RegisterScaledRoundingMacros();
        // Snowflake bitwise functions work on integers; the generator hands us DECIMAL(38,0), so cast to BIGINT.
        Simple("BITAND", 2, 3, a => $"({Int64(a[0])} & {Int64(a[1])})");
        Simple("BITOR", 2, 3, a => $"({Int64(a[0])} | {Int64(a[1])})");
        Simple("BITXOR", 2, 3, a => $"xor({Int64(a[0])}, {Int64(a[1])})");
        Simple("BITNOT", 1, 1, a => $"(~{Int64(a[0])})");
        Simple("BITSHIFTLEFT", 2, 3, a => $"({Int64(a[0])} << CAST({a[1]} AS INTEGER))");
        Simple("BITSHIFTRIGHT", 2, 3, a => $"({Int64(a[0])} >> CAST({a[1]} AS INTEGER))");
        Simple("GETBIT", 2, 2, a => $"(({Int64(a[0])} >> CAST({a[1]} AS INTEGER)) & 1)");
    }

    private static string Int64(string sql) => $"CAST({sql} AS BIGINT)";
}
