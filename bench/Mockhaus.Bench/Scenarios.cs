using System.Diagnostics;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using DuckDB.NET.Data;

namespace Mockhaus.Bench;

/// <summary>One line of the result table.</summary>
public sealed record Figure(string Scenario, string Measured, string Baseline, double? Ratio, string Goal, bool? Met, string Note);

public static class Scenarios
{
    // ---------------------------------------------------------------- (a) round trip
    /// <summary>
    /// Two figures: the default session, where a repeated SELECT 1 is answered from its earlier result as Snowflake does
    /// (USE_CACHED_RESULT), and a session with USE_CACHED_RESULT = FALSE, where DuckDB runs it every time.
    /// </summary>
    public static async Task<IReadOnlyList<Figure>> RoundTripAsync(ServerProcess server, int iterations)
    {
        using var client = new SnowflakeWireClient(server.BaseAddress);
        await client.LoginAsync();
        var health = new Uri(server.BaseAddress, "/health");

        async Task Health()
        {
            using var r = await client.Http.GetAsync(health);
            r.EnsureSuccessStatusCode();
            await r.Content.ReadAsByteArrayAsync();
        }
        // The client reads the response as a driver does (parses the JSON) before the next request.
        static async Task SelectOne(SnowflakeWireClient by)
        {
            var body = await by.QueryRawAsync("SELECT 1");
            using var doc = JsonDocument.Parse(body);
            if (!doc.RootElement.GetProperty("success").GetBoolean())
                throw new InvalidOperationException("SELECT 1 failed: " + doc.RootElement.GetRawText());
        }
        Task Select1() => SelectOne(client);

        using var runEveryTime = new SnowflakeWireClient(server.BaseAddress);
        await runEveryTime.LoginAsync();
        (await runEveryTime.QueryAsync("ALTER SESSION SET USE_CACHED_RESULT = FALSE")).Dispose();
        Task Select1Run() => SelectOne(runEveryTime);

        // A JSON client (the Node driver's CLIENT_APP_ID) for a diagnostic: splits off the Arrow encoding cost.
        using var jsonClient = new SnowflakeWireClient(server.BaseAddress);
        await jsonClient.LoginAsync("JavaScript", "3.3.0");
        async Task Select1Json() => await jsonClient.QueryRawAsync("SELECT 1");

        // Diagnostic: bare DuckDB.NET SELECT 1 in this process, the floor for the engine part.
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Task DuckArrow()
        {
            using var cmd = duck.CreateCommand();
            cmd.CommandText = "SELECT 1";
            using var st = cmd.ExecuteArrowStream();
            while (st.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } b) b.Dispose();
            return Task.CompletedTask;
        }
        Task DuckReader()
        {
            using var cmd = duck.CreateCommand();
            cmd.CommandText = "SELECT 1";
            using var r = cmd.ExecuteReader();
            while (r.Read()) _ = r.GetValue(0);
            return Task.CompletedTask;
        }

        // The floor for a statement the server runs again: a prepared SELECT 1 executed through DuckDB's C API, as the
        // server's sessions run repeated queries (PreparedQuery), one chunk fetched.
        DuckDB.NET.Native.NativeMethods.PreparedStatements.DuckDBPrepare(duck.NativeConnection, "SELECT 1", out var prepared);
        using var preparedSelect = prepared;
        Task DuckPrepared()
        {
            DuckDB.NET.Native.NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(preparedSelect, out var result);
            using (DuckDB.NET.Native.NativeMethods.StreamingResult.DuckDBStreamFetchChunk(result))
            {
            }
            DuckDB.NET.Native.NativeMethods.Query.DuckDBDestroyResult(ref result);
            return Task.CompletedTask;
        }

        var ops = new (string Name, Func<Task> Run)[]
        {
            ("health", Health), ("select", Select1), ("selectRun", Select1Run), ("selectJson", Select1Json), ("duckArrow", DuckArrow), ("duckReader", DuckReader),
            ("duckPrepared", DuckPrepared),
        };
        // Warm up every path (JIT, connection pool, DuckDB).
        for (var i = 0; i < Math.Max(50, iterations / 10); i++)
            foreach (var op in ops) await op.Run();

        // Interleaved, one request of each kind per iteration, so load changes on this shared machine hit all
        // paths alike; the median per-request latency of each is reported.
        var samples = ops.ToDictionary(o => o.Name, _ => new List<double>(iterations));
        var sw = new Stopwatch();
        for (var i = 0; i < iterations; i++)
        {
            foreach (var op in ops)
            {
                sw.Restart();
                await op.Run();
                samples[op.Name].Add(sw.Elapsed.TotalMicroseconds);
            }
        }
        await client.CloseAsync();
        await jsonClient.CloseAsync();
        await runEveryTime.CloseAsync();

        var h = Median(samples["health"]);
        var s = Median(samples["select"]);
        var jsonUs = Median(samples["selectJson"]);
        var duckUs = Median(samples["duckArrow"]);
        var duckReaderUs = Median(samples["duckReader"]);
        var duckPreparedUs = Median(samples["duckPrepared"]);
        var run = Median(samples["selectRun"]);
        var ratio = s / h;
        var runRatio = run / h;
        return
        [
            new Figure("(a) `SELECT 1` round trip vs `GET /health`",
                $"{s:F0} µs/query", $"{h:F0} µs/request", ratio, "≤ 2x", ratio <= 2.0,
                $"{iterations} sequential requests of each kind, interleaved, median latency; .NET-connector request shape (Arrow result); " +
                "a default session, so the repeated query is answered from its earlier result (Snowflake's USE_CACHED_RESULT, on by default); " +
                $"the same query for a JSON client (CLIENT_APP_ID JavaScript): {jsonUs:F0} µs/query"),
            new Figure("(a) the same, run by DuckDB every time (USE_CACHED_RESULT = FALSE)",
                $"{run:F0} µs/query", $"{h:F0} µs/request", runRatio, "≤ 2x", runRatio <= 2.0,
                "interleaved with the above, same client and request shape, in a session that turned result reuse off; " +
                $"bare DuckDB.NET `SELECT 1` in-process: {duckUs:F0} µs via ExecuteArrowStream, {duckReaderUs:F0} µs via ExecuteReader, " +
                $"{duckPreparedUs:F0} µs as a prepared statement run again (C API, what the server does for a repeated query)"),
        ];
    }

    // ---------------------------------------------------------------- (b) Arrow download vs in-process DuckDB
    public static string SnowflakeLargeQuery(long rows) =>
        $"SELECT SEQ8() AS SEQ, SEQ8() * 2 AS SEQ2, 'row' || SEQ8() AS LABEL, SEQ8() / 3.0 AS THIRD FROM TABLE(GENERATOR(ROWCOUNT => {rows}))";

    public static string DuckDbLargeQuery(long rows) =>
        $"SELECT range AS SEQ, range * 2 AS SEQ2, 'row' || range AS LABEL, range / 3.0 AS THIRD FROM range({rows})";

    public sealed record DownloadResult(long Rows, double Seconds, string Format, int Chunks, long Bytes, double QueryResponseSeconds);

    /// <summary>Runs <paramref name="sql"/> over the protocol and reads every row of every chunk.</summary>
    public static async Task<DownloadResult> DownloadAsync(SnowflakeWireClient client, string sql, long expectedRows,
        int prefetch = 4)
    {
        var sw = Stopwatch.StartNew();
        using var doc = await client.QueryAsync(sql);
        var queryResponseSeconds = sw.Elapsed.TotalSeconds;
        var data = doc.RootElement.GetProperty("data");
        var format = data.TryGetProperty("queryResultFormat", out var f) ? f.GetString() ?? "json" : "json";
        var arrow = format.Equals("arrow", StringComparison.OrdinalIgnoreCase);
        long rows = 0, bytes = 0;

        if (arrow)
        {
            if (data.TryGetProperty("rowsetBase64", out var b64) && b64.ValueKind == JsonValueKind.String &&
                b64.GetString() is { Length: > 0 } s)
            {
                var buffer = Convert.FromBase64String(s);
                bytes += buffer.Length;
                rows += CountArrow(new MemoryStream(buffer));
            }
        }
        else if (data.TryGetProperty("rowset", out var rowset))
        {
            rows += rowset.GetArrayLength();
        }

        var headers = new List<KeyValuePair<string, string>>();
        if (data.TryGetProperty("chunkHeaders", out var ch) && ch.ValueKind == JsonValueKind.Object)
            foreach (var p in ch.EnumerateObject()) headers.Add(new(p.Name, p.Value.GetString() ?? ""));
        else if (data.TryGetProperty("qrmk", out var qrmk) && qrmk.ValueKind == JsonValueKind.String)
        {
            headers.Add(new("x-amz-server-side-encryption-customer-algorithm", "AES256"));
            headers.Add(new("x-amz-server-side-encryption-customer-key", qrmk.GetString()!));
        }

        var chunks = new List<(string Url, long RowCount)>();
        if (data.TryGetProperty("chunks", out var chunkArray) && chunkArray.ValueKind == JsonValueKind.Array)
            foreach (var c in chunkArray.EnumerateArray())
                chunks.Add((c.GetProperty("url").GetString()!, c.GetProperty("rowCount").GetInt64()));

        // Download like the .NET connector: up to CLIENT_PREFETCH_THREADS chunks in flight, decoded as they arrive.
        using var gate = new SemaphoreSlim(prefetch);
        var tasks = chunks.Select(async (chunk, index) =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await client.GetChunkAsync(chunk.Url, headers);
                var body = await response.Content.ReadAsByteArrayAsync();
                Interlocked.Add(ref bytes, body.Length);
                var n = arrow ? CountArrow(new MemoryStream(body)) : CountJsonChunk(body);
                if (n != chunk.RowCount)
                    throw new InvalidOperationException($"chunk {index}: rowCount {chunk.RowCount} but {n} rows decoded");
                Interlocked.Add(ref rows, n);
            }
            finally { gate.Release(); }
        }).ToList();
        await Task.WhenAll(tasks);
        sw.Stop();
        if (rows != expectedRows)
            throw new InvalidOperationException($"expected {expectedRows} rows, decoded {rows}");
        return new DownloadResult(rows, sw.Elapsed.TotalSeconds, arrow ? "arrow" : "json", chunks.Count, bytes, queryResponseSeconds);
    }

    /// <summary>Decodes an Arrow IPC stream with ArrowStreamReader and touches every column buffer.</summary>
    private static long CountArrow(Stream stream)
    {
        using var reader = new ArrowStreamReader(stream);
        long rows = 0;
        RecordBatch? batch;
        while ((batch = reader.ReadNextRecordBatch()) is not null)
        {
            using (batch)
            {
                rows += batch.Length;
                for (var c = 0; c < batch.ColumnCount; c++)
                    _ = batch.Column(c).NullCount; // forces the array to be materialised
            }
        }
        return rows;
    }

    /// <summary>A JSON chunk is rows separated by commas without the outer brackets (§4.8).</summary>
    private static long CountJsonChunk(byte[] body)
    {
        var wrapped = new byte[body.Length + 2];
        wrapped[0] = (byte)'[';
        body.CopyTo(wrapped, 1);
        wrapped[^1] = (byte)']';
        using var doc = JsonDocument.Parse(wrapped);
        return doc.RootElement.GetArrayLength();
    }

    public sealed record InProcessResult(long Rows, double Seconds);

    /// <summary>The same query read in-process with DuckDB.NET's Arrow export.</summary>
    public static InProcessResult InProcessDuckDb(string duckDbSql, long expectedRows)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var sw = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = duckDbSql;
        using var stream = command.ExecuteArrowStream();
        long rows = 0;
        while (stream.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
        {
            using (batch)
            {
                rows += batch.Length;
                for (var c = 0; c < batch.ColumnCount; c++) _ = batch.Column(c).NullCount;
            }
        }
        sw.Stop();
        if (rows != expectedRows) throw new InvalidOperationException($"in-process: expected {expectedRows}, got {rows}");
        return new InProcessResult(rows, sw.Elapsed.TotalSeconds);
    }

    public static async Task<(Figure Throughput, Figure Memory, string SnowflakeSql)> ArrowAsync(ServerProcess server, long rowCount)
    {
        using var client = new SnowflakeWireClient(server.BaseAddress);
        await client.LoginAsync(".NET");

        // Prefer the Snowflake GENERATOR query; fall back to DuckDB's range() if the translator rejects it.
        var candidates = new[] { SnowflakeLargeQuery(rowCount), DuckDbLargeQuery(rowCount) };
        string? used = null;
        var notes = new List<string>();
        foreach (var sql in candidates)
        {
            try
            {
                await DownloadAsync(client, sql.Replace(rowCount.ToString(), "1000"), 1000);
                used = sql;
                break;
            }
            catch (Exception e)
            {
                notes.Add($"`{Truncate(sql, 60)}` failed: {Truncate(e.Message, 160)}");
            }
        }
        if (used is null) throw new InvalidOperationException("no large query works:\n" + string.Join("\n", notes));
        if (used != candidates[0]) notes.Insert(0, "fell back to DuckDB `range()` SQL");

        var duckSql = used == candidates[0] ? Translator.ToDuckDb(used) ?? DuckDbLargeQuery(rowCount) : used;

        // Server memory is sampled during the first (cold) large download, on a fresh server that has only answered
        // a 1,000-row probe. Then both sides run alternately, twice each, and the best run of each is compared, so
        // load changes on this shared machine do not favour one side.
        long growth = -1, baseline = -1, peak = -1;
        if (server.Pid is { } pid)
        {
            var sampler = new MemorySampler(pid, TimeSpan.FromMilliseconds(20));
            await DownloadAsync(client, used, rowCount);
            await Task.Delay(100);
            await sampler.DisposeAsync();
            growth = sampler.Growth; baseline = sampler.Baseline; peak = sampler.Peak;
        }
        else
        {
            await DownloadAsync(client, used, rowCount);
        }

        GC.Collect();
        var selfSampler = new MemorySampler(Environment.ProcessId, TimeSpan.FromMilliseconds(20));
        var inProcess = InProcessDuckDb(duckSql, rowCount);
        await selfSampler.DisposeAsync();
        var inProcessGrowth = selfSampler.Growth; // context: what DuckDB itself needs for this query

        var wire = await DownloadAsync(client, used, rowCount);
        for (var round = 0; round < 2; round++)
        {
            GC.Collect();
            var ip = InProcessDuckDb(duckSql, rowCount);
            if (ip.Seconds < inProcess.Seconds) inProcess = ip;
            var w = await DownloadAsync(client, used, rowCount);
            if (w.Seconds < wire.Seconds) wire = w;
        }
        await client.CloseAsync();

        var wireRate = wire.Rows / wire.Seconds;
        var localRate = inProcess.Rows / inProcess.Seconds;
        var ratio = wireRate / localRate;
        var throughput = new Figure(
            $"(b) {rowCount:N0} rows x 4 cols over the protocol ({wire.Format}, {wire.Chunks} chunks, {wire.Bytes / 1e6:F0} MB) vs DuckDB.NET in-process Arrow",
            $"{wireRate / 1e6:F2} M rows/s ({wire.Seconds:F2} s)", $"{localRate / 1e6:F2} M rows/s ({inProcess.Seconds:F2} s)",
            ratio, "≥ 0.5x", ratio >= 0.5, string.Join("; ", notes.Prepend($"client decodes every chunk with ArrowStreamReader, 4 in flight; best of 3 runs each side, alternated, after a cold run; in the best wire run the query-request answered after {wire.QueryResponseSeconds:F2} s, the rest is chunk download + decode")));
        var memory = new Figure("(b) server peak memory growth during that download",
            growth >= 0 ? $"{growth / 1048576.0:F0} MB" : "n/a",
            (baseline >= 0 ? $"{baseline / 1048576.0:F0} MB RSS before, {peak / 1048576.0:F0} MB peak; " : "") +
            $"in-process DuckDB.NET alone grows {inProcessGrowth / 1048576.0:F0} MB",
            null, "< 300 MB", growth >= 0 ? growth < 300L * 1024 * 1024 : null, "server in a child process; RSS sampled every 20 ms during the first (cold) download on a fresh server");
        return (throughput, memory, used);
    }

    // ---------------------------------------------------------------- (c) Node driver
    public static async Task<Figure> NodeAsync(ServerProcess server, string snowflakeSql, long rowCount, string nodeDirectory)
    {
        if (!Directory.Exists(Path.Combine(nodeDirectory, "node_modules", "snowflake-sdk")))
        {
            var ci = await Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], nodeDirectory, TimeSpan.FromMinutes(10), null);
            if (ci.ExitCode != 0) throw new InvalidOperationException("npm ci failed:\n" + ci.Output);
        }
        var env = new Dictionary<string, string>
        {
            ["MOCKHAUS_URL"] = server.BaseAddress.ToString().TrimEnd('/'),
            ["BENCH_SQL"] = snowflakeSql,
            ["BENCH_ROWS"] = rowCount.ToString(),
            ["SF_TELEMETRY_DISABLE_CONNECTION_SHAPE"] = "1",
        };
        var result = await Run("node", ["bench-node.js"], nodeDirectory, TimeSpan.FromMinutes(20), env);
        if (result.ExitCode != 0) throw new InvalidOperationException("node bench failed:\n" + result.Output);
        var line = result.Output.Split('\n').Last(l => l.StartsWith("{", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(line);
        var rows = doc.RootElement.GetProperty("rows").GetInt64();
        var seconds = doc.RootElement.GetProperty("seconds").GetDouble();
        return new Figure($"(c) {rowCount:N0} rows x 4 cols through the Node driver (snowflake-sdk 3.3.0, JSON, streamRows)",
            $"{rows / seconds / 1e6:F3} M rows/s ({seconds:F1} s)", "", null, "report", null, "every row converted by the driver");
    }

    private static async Task<(int ExitCode, string Output)> Run(string file, string[] args, string cwd, TimeSpan timeout,
        Dictionary<string, string>? env)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await p.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { p.Kill(true); await p.WaitForExitAsync(); return (-1, "timed out\n" + await stdout + await stderr); }
        return (p.ExitCode, await stdout + await stderr);
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}
