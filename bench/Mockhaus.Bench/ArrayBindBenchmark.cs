using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;

namespace Mockhaus.Bench;

/// <summary>
/// (f) Array-bind insert: 100,000 rows x 5 columns (NUMBER, VARCHAR, FLOAT, DATE, BOOLEAN) in one query-request with
/// array binds, the way the .NET connector sends them (protocol doc §6.1-6.2), against the same rows appended
/// in-process with DuckDB.NET's appender. The request body is serialized before the clock starts, as the appender's
/// rows are built before its clock starts: both sides time moving rows that are already in memory into a table.
/// </summary>
public static class ArrayBindBenchmark
{
    private const string Columns = "n NUMBER(38,0), s VARCHAR, f FLOAT, d DATE, b BOOLEAN";
    private const int Runs = 5;

    public static async Task<Figure> RunAsync(ServerProcess server, int rows)
    {
        using var client = new SnowflakeWireClient(server.BaseAddress);
        await client.LoginAsync();
        (await client.QueryAsync($"CREATE OR REPLACE TABLE bench_array_bind ({Columns})")).Dispose();
        var body = RequestBody(rows);

        using var appenderTarget = new AppenderTarget(rows, null);
        // Diagnostic: the same appender into a file-backed database, as a server started with --data-dir (bench --persist) keeps its tables.
        var file = Path.Combine(Path.GetTempPath(), $"mockhaus-bench-appender-{Guid.NewGuid():N}.duckdb");
        using var fileTarget = new AppenderTarget(rows, file);
        // Warm-up of both paths (JIT, connection pool), then runs alternating between them, so that load changes on
        // this shared machine hit both alike.
        await PostAsync(client, server.BaseAddress, RequestBody(1000));
        appenderTarget.Append();
        fileTarget.Append();
        var mockhaus = new List<double>();
        var appender = new List<double>();
        var fileAppender = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            (await client.QueryAsync("TRUNCATE TABLE bench_array_bind")).Dispose();
            var clock = Stopwatch.StartNew();
            var inserted = await PostAsync(client, server.BaseAddress, body);
            mockhaus.Add(clock.Elapsed.TotalMilliseconds);
            if (inserted != rows)
                throw new InvalidOperationException($"array bind reported {inserted} rows inserted, expected {rows}");
            appender.Add(appenderTarget.Append());
            fileAppender.Add(fileTarget.Append());
        }
        fileTarget.Dispose();
        foreach (var path in new[] { file, file + ".wal" })
            if (File.Exists(path)) File.Delete(path);

        var m = Median(mockhaus);
        var a = Median(appender);
        var ratio = a / m;
        return new Figure($"(f) array-bind INSERT, {rows:N0} rows x 5 columns, one query-request",
            $"{m:F0} ms ({rows / m * 1000:N0} rows/s)", $"DuckDB.NET appender in process: {a:F0} ms", ratio, ">= 0.3x",
            ratio >= 0.3,
            $"median of {Runs} alternating runs each; request body {body.Length / 1024.0 / 1024.0:F1} MB of JSON binds, serialized before timing; " +
            $"Mockhaus runs: {string.Join(", ", mockhaus.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))} ms; " +
            $"appender runs: {string.Join(", ", appender.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))} ms; " +
            $"diagnostic, the appender into a file-backed database (what a --data-dir server writes): median {Median(fileAppender):F0} ms, " +
            $"ratio against it {Median(fileAppender) / m:F2}x");
    }

    /// <summary>The .NET connector's renderings: FIXED and REAL text, DATE as epoch milliseconds, BOOLEAN as True/False.</summary>
    private static byte[] RequestBody(int rows)
    {
        var n = new JsonArray();
        var s = new JsonArray();
        var f = new JsonArray();
        var d = new JsonArray();
        var b = new JsonArray();
        for (var i = 0; i < rows; i++)
        {
            var (number, text, real, date, flag) = Row(i);
            n.Add(number.ToString(CultureInfo.InvariantCulture));
            s.Add(text);
            f.Add(real.ToString(CultureInfo.InvariantCulture));
            d.Add(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
            b.Add(flag ? "True" : "False");
        }
        var bindings = new JsonObject
        {
            ["1"] = new JsonObject { ["type"] = "FIXED", ["value"] = n },
            ["2"] = new JsonObject { ["type"] = "TEXT", ["value"] = s },
            ["3"] = new JsonObject { ["type"] = "REAL", ["value"] = f },
            ["4"] = new JsonObject { ["type"] = "DATE", ["value"] = d },
            ["5"] = new JsonObject { ["type"] = "BOOLEAN", ["value"] = b },
        };
        var body = new JsonObject
        {
            ["sqlText"] = "INSERT INTO bench_array_bind (n, s, f, d, b) VALUES (?, ?, ?, ?, ?)",
            ["describeOnly"] = false,
            ["bindings"] = bindings,
            ["bindStage"] = null,
            ["parameters"] = null,
            ["queryContextDTO"] = new JsonObject { ["entries"] = new JsonArray() },
            ["asyncExec"] = false,
        };
        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    private static (long Number, string Text, double Real, DateOnly Date, bool Flag) Row(int i) =>
        (i, "name-" + i.ToString(CultureInfo.InvariantCulture), i + 0.5, new DateOnly(2024, 1, 1).AddDays(i % 366), i % 2 == 0);

    /// <summary>One query-request; returns the "number of rows inserted" of the answer.</summary>
    private static async Task<long> PostAsync(SnowflakeWireClient client, Uri baseAddress, byte[] body)
    {
        var url = new Uri(baseAddress,
            $"/queries/v1/query-request?requestId={Guid.NewGuid()}&request_guid={Guid.NewGuid()}&clientStartTime={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", $"Snowflake Token=\"{client.SessionToken}\"");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/snowflake"));
        using var response = await client.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var root = doc.RootElement;
        if (!root.GetProperty("success").GetBoolean())
            throw new InvalidOperationException("array-bind insert failed: " + root.GetRawText());
        return long.Parse(root.GetProperty("data").GetProperty("rowset")[0][0].GetString()!, CultureInfo.InvariantCulture);
    }

    /// <summary>The same rows into the same DuckDB column types with DuckDB.NET's appender, in this process.</summary>
    private sealed class AppenderTarget : IDisposable
    {
        private readonly (long Number, string Text, double Real, DateOnly Date, bool Flag)[] _rows;
        private readonly DuckDBConnection _duck;

        /// <param name="file">A database file, or null for an in-memory database.</param>
        public AppenderTarget(int rows, string? file)
        {
            _rows = Enumerable.Range(0, rows).Select(Row).ToArray();
            _duck = new DuckDBConnection(file is null ? "DataSource=:memory:" : $"DataSource={file}");
            _duck.Open();
            Execute("CREATE TABLE t (n DECIMAL(38,0), s VARCHAR, f DOUBLE, d DATE, b BOOLEAN)");
        }

        /// <summary>Empties the table, then appends every row; returns the milliseconds of the append.</summary>
        public double Append()
        {
            Execute("DELETE FROM t");
            var clock = Stopwatch.StartNew();
            using (var appender = _duck.CreateAppender("t"))
            {
                foreach (var (number, text, real, date, flag) in _rows)
                    appender.CreateRow().AppendValue((decimal)number).AppendValue(text).AppendValue(real).AppendValue(date).AppendValue(flag).EndRow();
            }
            return clock.Elapsed.TotalMilliseconds;
        }

        private void Execute(string sql)
        {
            using var command = _duck.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        public void Dispose() => _duck.Dispose();
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
