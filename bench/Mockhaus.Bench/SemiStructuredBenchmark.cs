using System.Diagnostics;
using DuckDB.NET.Data;
using Mockhaus.Sql;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Bench;

/// <summary>
/// (e) Semi-structured queries over N JSON documents: each Snowflake query, translated and run on DuckDB, against the
/// same question written directly in DuckDB SQL (json_extract / unnest), in one process on one connection. Goal: each
/// translated query ≤ 1.5x its DuckDB counterpart. Both sides return the same single row, which is checked.
/// </summary>
public static class SemiStructuredBenchmark
{
    private sealed record Pair(string Name, string Snowflake, string DuckDb);

    private static readonly Pair[] Pairs =
    [
        new("path extraction + casts",
            "SELECT COUNT(*), SUM(v:n::int), COUNT(DISTINCT v:name::string), MAX(v:tags[0]::string) FROM docs",
            "SELECT count(*), sum(CAST(json_extract(v, '$.n') AS DECIMAL(38,0))), count(DISTINCT json_extract_string(v, '$.name')), " +
            "max(json_extract_string(v, '$.tags[0]')) FROM docs"),
        new("filter on a path",
            "SELECT COUNT(*) FROM docs WHERE v:kind::string = 'k3' AND v:n::int > 10",
            "SELECT count(*) FROM docs WHERE json_extract_string(v, '$.kind') = 'k3' AND CAST(json_extract(v, '$.n') AS DECIMAL(38,0)) > 10"),
        new("LATERAL FLATTEN of an array",
            "SELECT COUNT(*), SUM(f.value:qty::int), COUNT(DISTINCT f.value:sku::string) FROM docs d, LATERAL FLATTEN(input => d.v:items) f",
            "SELECT count(*), sum(CAST(json_extract(u.item, '$.qty') AS DECIMAL(38,0))), count(DISTINCT json_extract_string(u.item, '$.sku')) " +
            "FROM docs d, LATERAL (SELECT unnest(CAST(json_extract(d.v, '$.items') AS JSON[])) AS item) u"),
        new("FLATTEN with INDEX and SEQ",
            "SELECT COUNT(DISTINCT f.seq), SUM(f.index) FROM docs d, LATERAL FLATTEN(input => d.v:items) f",
            "SELECT count(DISTINCT d.rowid), sum(u.i - 1) FROM docs d, LATERAL (SELECT generate_subscripts(CAST(json_extract(d.v, '$.items') AS JSON[]), 1) AS i) u"),
    ];

    public static IReadOnlyList<Figure> Run(long documents, int runs = 3)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var setup in FunctionLibrary.ConnectionSetupSql)
            Scalar(connection, setup);
        var load = Stopwatch.StartNew();
        Scalar(connection, $"""
            CREATE TABLE "DOCS" AS SELECT i AS "ID", CAST(json_object('id', i, 'name', 'n' || (i % 1000), 'kind', 'k' || (i % 7), 'n', i % 100,
              'tags', json_array('t' || (i % 5), 'u'),
              'items', json_array(json_object('sku', 's' || (i % 50), 'qty', i % 9), json_object('sku', 'b', 'qty', 2), json_object('sku', 'c', 'qty', 3)))
              AS JSON) AS "V" FROM range({documents}) r(i)
            """);
        var loadSeconds = load.Elapsed.TotalSeconds;
        var translator = new SnowflakeTranslator();
        var figures = new List<Figure>();
        foreach (var pair in Pairs)
        {
            var translated = translator.Translate(pair.Snowflake).Single().DuckDbSql!;
            var expected = Scalar(connection, pair.DuckDb);
            var actual = Scalar(connection, translated);
            var same = expected == actual;
            var mockhaus = new List<double>();
            var duck = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                mockhaus.Add(Seconds(connection, translated));
                duck.Add(Seconds(connection, pair.DuckDb));
            }
            var ratio = Median(mockhaus) / Median(duck);
            figures.Add(new Figure($"(e) {pair.Name}, {documents:N0} documents", $"{Median(mockhaus) * 1000:F0} ms", $"{Median(duck) * 1000:F0} ms",
                ratio, "≤ 1.5x", ratio <= 1.5 && same,
                $"median of {runs}; same result: {(same ? "yes" : $"**no** ({actual} vs {expected})")}; table load {loadSeconds:F1} s"));
        }
        return figures;
    }

    private static double Seconds(DuckDBConnection connection, string sql)
    {
        var watch = Stopwatch.StartNew();
        Scalar(connection, sql);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Runs a statement and returns its first row as text (every row is read).</summary>
    private static string Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        string first = "";
        do
        {
            while (reader.Read())
                if (first.Length == 0)
                    first = string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i))));
        } while (reader.NextResult());
        return first;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
