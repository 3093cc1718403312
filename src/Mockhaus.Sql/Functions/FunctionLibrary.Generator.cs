namespace Mockhaus.Sql.Functions;

// Data generation functions: https://docs.snowflake.com/en/sql-reference/functions-data-generation
public static partial class FunctionLibrary
{
    private const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static void RegisterGenerator()
    {
        // RANDOM returns a signed 64-bit integer. A seed cannot reproduce Snowflake's sequence, so it is ignored.
        Simple("RANDOM", 0, 1, _ => "CAST(floor((random() * 2 - 1) * 9223372036854775807) AS BIGINT)");
        // UNIFORM(min, max, gen): integers when both bounds are integers, else FLOAT. The generator expression picks
        // the value deterministically (a constant gen gives a constant result, as in Snowflake).
        Scalar("UNIFORM", 3, 3, c =>
        {
            var (lo, hi, gen) = (c.Arguments[0].Sql, c.Arguments[1].Sql, c.Arguments[2].Sql);
            var unit = $"(CAST(hash({gen}) % 1000000007 AS DOUBLE) / 1000000007)";
            return ConstantInt(c.Arguments[0]) is not null && ConstantInt(c.Arguments[1]) is not null
                ? $"CAST({P(lo)} + floor({unit} * ({P(hi)} - {P(lo)} + 1)) AS BIGINT)"
                : $"(CAST({lo} AS DOUBLE) + {unit} * (CAST({hi} AS DOUBLE) - CAST({lo} AS DOUBLE)))";
        });
        // NORMAL(mean, stddev, gen): Box-Muller over two uniforms derived from the generator expression.
        Simple("NORMAL", 3, 3, a =>
            $"(CAST({a[0]} AS DOUBLE) + CAST({a[1]} AS DOUBLE) * sqrt(-2 * ln((CAST(hash({a[2]}, 1) % 1000000007 AS DOUBLE) + 1) / 1000000008)) " +
            $"* cos(2 * pi() * CAST(hash({a[2]}, 2) % 1000000007 AS DOUBLE) / 1000000007))");
        Unsupported("ZIPF", FunctionKind.Scalar, 3, 3);
        Simple("RANDSTR", 2, 2, a =>
            $"array_to_string(list_transform(range(CAST({a[0]} AS BIGINT)), i -> substring({Lit(Alphanumerics)}, CAST(hash({a[1]}, i) % 62 AS INTEGER) + 1, 1)), '')");
        // SEQ functions number the rows of the query from 0 (gap-free here, which Snowflake permits).
        foreach (var f in new[] { "SEQ1", "SEQ2", "SEQ4", "SEQ8" })
            Simple(f, 0, 1, _ => "(row_number() OVER () - 1)");
        // TABLE(GENERATOR(ROWCOUNT => n)) becomes a DuckDB table function producing n rows.
        Add(new FunctionDefinition("GENERATOR", FunctionKind.Table, 1, 2, c =>
        {
            var rowCount = c.Arguments.FirstOrDefault(a => a.Name == "ROWCOUNT") ?? c.Arguments[0];
            if (c.Arguments.Any(a => a.Name == "TIMELIMIT"))
                throw Errors.SnowflakeErrors.Unsupported("GENERATOR(TIMELIMIT => ...)");
            return $"range(CAST({rowCount.Sql} AS BIGINT))";
        }));
        // The docs name RANDOM and RANDSTR as functions whose results are not reused; the other generators follow them.
        NotReusable("RANDOM", "UNIFORM", "NORMAL", "ZIPF", "RANDSTR", "SEQ1", "SEQ2", "SEQ4", "SEQ8", "GENERATOR");
    }
}
