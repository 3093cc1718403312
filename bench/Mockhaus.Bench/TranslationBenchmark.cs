using System.Diagnostics;
using System.Text;
using DuckDB.NET.Data;
using Mockhaus.Sql;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Bench;

/// <summary>
/// (d) Translation time per statement (uncached) against DuckDB's own PREPARE of the translated SQL, over a corpus
/// of short statements and long (100+ line) queries. Goal: translation ≤ 0.25x prepare.
/// </summary>
public static class TranslationBenchmark
{
    private const string Schema = """
        CREATE TABLE "ORDERS" ("ID" DECIMAL(38,0), "CUSTOMER_ID" DECIMAL(38,0), "AMOUNT" DECIMAL(10,2), "STATUS" VARCHAR,
          "CREATED_AT" TIMESTAMP_NS, "NOTE" VARCHAR, "PAYLOAD" JSON);
        CREATE TABLE "CUSTOMERS" ("ID" DECIMAL(38,0), "NAME" VARCHAR, "REGION" VARCHAR, "SIGNUP" DATE);
        """;

    public static IReadOnlyList<string> ShortStatements { get; } =
    [
        "SELECT 1",
        "SELECT id, amount FROM orders WHERE status = 'open' ORDER BY created_at DESC LIMIT 10",
        "SELECT customer_id, COUNT(*), SUM(amount) FROM orders GROUP BY customer_id HAVING SUM(amount) > 100",
        "SELECT IFF(amount > 10, 'big', 'small') AS size, NVL(note, '') FROM orders",
        "SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = c.id WHERE c.region ILIKE 'eu%'",
        "SELECT id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at) AS rn FROM orders QUALIFY rn = 1",
        "SELECT DATEADD(day, 7, signup), DATEDIFF(month, signup, CURRENT_DATE()) FROM customers",
        "INSERT INTO customers (id, name, region, signup) VALUES (1, 'a', 'eu', '2024-01-01')",
        "UPDATE orders SET status = 'closed' WHERE amount < 0",
        "SELECT TO_CHAR(created_at, 'YYYY-MM-DD'), SPLIT_PART(note, ',', 2) FROM orders",
    ];

    /// <summary>A long reporting query: CTEs, many expressions, CASE, windows and joins (over 100 lines).</summary>
    public static string LongQuery(int variant)
    {
        var sql = new StringBuilder();
        sql.AppendLine("WITH recent AS (");
        sql.AppendLine("  SELECT o.id, o.customer_id, o.amount, o.status, o.created_at, o.note");
        sql.AppendLine("  FROM orders o");
        sql.AppendLine($"  WHERE o.created_at >= DATEADD(day, -{30 + variant}, '2024-06-01 00:00:00'::TIMESTAMP_NTZ)");
        sql.AppendLine("),");
        sql.AppendLine("ranked AS (");
        sql.AppendLine("  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.customer_id ORDER BY r.created_at DESC) AS rn,");
        sql.AppendLine("         SUM(r.amount) OVER (PARTITION BY r.customer_id) AS customer_total");
        sql.AppendLine("  FROM recent r");
        sql.AppendLine(")");
        sql.AppendLine("SELECT");
        sql.AppendLine("  c.id AS customer_id,");
        sql.AppendLine("  c.name,");
        for (var i = 0; i < 40; i++)
        {
            sql.AppendLine($"  CASE WHEN r.amount > {i * 10} THEN 'tier_{i}'");
            sql.AppendLine($"       WHEN r.status = 'status_{i}' THEN UPPER(COALESCE(r.note, 'n/a'))");
            sql.AppendLine($"       ELSE NULL END AS bucket_{i},");
        }
        sql.AppendLine("  IFF(r.rn = 1, 'latest', 'older') AS recency,");
        sql.AppendLine("  ROUND(r.customer_total / NULLIF(COUNT(*) OVER (PARTITION BY c.region), 0), 2) AS share");
        sql.AppendLine("FROM ranked r");
        sql.AppendLine("JOIN customers c ON c.id = r.customer_id");
        sql.AppendLine("LEFT JOIN customers c2 ON c2.region = c.region AND c2.id <> c.id");
        sql.AppendLine($"WHERE r.rn <= {3 + variant} AND c.region IN ('eu', 'us', 'apac')");
        sql.AppendLine("ORDER BY c.name, r.created_at DESC");
        sql.AppendLine("LIMIT 1000");
        return sql.ToString();
    }

    public static Figure Run(int iterations)
    {
        var corpus = ShortStatements.Concat(Enumerable.Range(0, 5).Select(LongQuery)).ToList();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var setup in FunctionLibrary.ConnectionSetupSql.Append(Schema))
            Execute(connection, setup);

        var uncached = new SnowflakeTranslator(cacheCapacity: 0);
        var translated = corpus.Select(sql => uncached.Translate(sql).Single().DuckDbSql!).ToList();
        // Warm-up long enough for .NET's tiered JIT to reach optimized code (a server translates in that steady state;
        // DuckDB's PREPARE is native and needs none): with 3 rounds most of the timed rounds still ran unoptimized code.
        for (var warm = 0; warm < 50; warm++)
        {
            foreach (var sql in corpus) uncached.Translate(sql);
            foreach (var duck in translated) Prepare(connection, duck);
        }

        var translate = Time(iterations, () => { foreach (var sql in corpus) uncached.Translate(sql); });
        var prepare = Time(iterations, () => { foreach (var duck in translated) Prepare(connection, duck); });
        var cachedTranslator = new SnowflakeTranslator();
        var cached = Time(iterations, () => { foreach (var sql in corpus) cachedTranslator.Translate(sql); });
        var perStatement = (double)corpus.Count;
        var longLines = LongQuery(0).Split('\n').Length;
        var ratio = translate.TotalMilliseconds / prepare.TotalMilliseconds;
        return new Figure("(d) translation vs DuckDB PREPARE of the translated SQL",
            $"{translate.TotalMicroseconds / iterations / perStatement:F0} µs/statement",
            $"{prepare.TotalMicroseconds / iterations / perStatement:F0} µs/statement", ratio, "≤ 0.25x", ratio <= 0.25,
            $"{corpus.Count} statements ({ShortStatements.Count} short, 5 long of {longLines} lines), {iterations} rounds, translator cache off; " +
            $"with the cache (repeated text): {cached.TotalMicroseconds / iterations / perStatement:F1} µs/statement");
    }

    private static TimeSpan Time(int iterations, Action round)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++) round();
        return watch.Elapsed;
    }

    /// <summary>DuckDB's PREPARE parses, binds and plans the statement without running it.</summary>
    private static void Prepare(DuckDBConnection connection, string duckDbSql)
    {
        Execute(connection, "PREPARE mh_bench AS " + duckDbSql);
        Execute(connection, "DEALLOCATE mh_bench");
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
