using System.Globalization;
using System.Reflection;
using System.Text;
using Mockhaus.Bench;

// Mockhaus benchmark. Usage:
//   dotnet run -c Release --project bench/Mockhaus.Bench -- [all|http|arrow|node|translate|semi|arraybind] [--rows N] [--iterations N]
//        [--url http://127.0.0.1:PORT [--pid PID]] [--translator passthrough] [--no-chunk-compression] [--persist]
// Without --url the server runs in a child process (this program's hidden `serve` command), in memory as
// `mockhaus serve` runs by default; --persist gives it a data directory.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length > 0 && args[0] == "serve")
{
    var dir = Option(args, "--data-dir");
    return await ServerProcess.ServeAsync(dir, Option(args, "--translator") == "passthrough", !args.Contains("--no-chunk-compression"));
}

var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a)) ?? "all";
var rows = long.Parse(Option(args, "--rows") ?? "5000000");
var iterations = int.Parse(Option(args, "--iterations") ?? "2000");
var url = Option(args, "--url");
var passthrough = Option(args, "--translator") == "passthrough";
var compressChunks = !args.Contains("--no-chunk-compression");
var pid = Option(args, "--pid") is { } p ? int.Parse(p) : (int?)null;
var nodeDirectory = typeof(Scenarios).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .Single(a => a.Key == "BenchNodeDirectory").Value!;

if (scenario is not ("all" or "http" or "arrow" or "node" or "translate" or "semi" or "arraybind"))
{
    Console.Error.WriteLine("usage: Mockhaus.Bench [all|http|arrow|node|translate|semi|arraybind] [--rows N] [--iterations N] [--url URL [--pid PID]] [--translator passthrough] [--no-chunk-compression] [--persist]");
    return 2;
}

if (scenario == "semi")
    return PrintFigures(SemiStructuredBenchmark.Run(Option(args, "--rows") is { } docs ? long.Parse(docs) : 1_000_000));

if (scenario == "translate")
{
    // No server: the translator against DuckDB's own PREPARE, in process.
    var translation = TranslationBenchmark.Run(Math.Min(iterations, 200));
    Console.WriteLine($"| scenario | Mockhaus | baseline | ratio | goal | met |\n|---|---|---|---|---|---|\n" +
        $"| {translation.Scenario} | {translation.Measured} | {translation.Baseline} | {translation.Ratio:F2}x | {translation.Goal} | {(translation.Met == true ? "yes" : "**no**")} |\n\n- {translation.Note}");
    return 0;
}

await using var server = url is not null
    ? ServerProcess.External(new Uri(url), pid)
    : await ServerProcess.StartChildAsync(TimeSpan.FromMinutes(2), passthrough, compressChunks, persist: args.Contains("--persist"));
Console.Error.WriteLine($"[bench] server at {server.BaseAddress} (pid {server.Pid?.ToString() ?? "unknown"})");

var figures = new List<Figure>();
var failures = new List<string>();
string largeSql = passthrough ? Scenarios.DuckDbLargeQuery(rows) : Scenarios.SnowflakeLargeQuery(rows);

if (scenario is "all" or "http")
{
    try { figures.AddRange(await Scenarios.RoundTripAsync(server, iterations)); }
    catch (Exception e) { failures.Add($"(a) round trip: {e.Message}"); }
}
if (scenario is "all" or "arrow")
{
    try
    {
        var (throughput, memory, used) = await Scenarios.ArrowAsync(server, rows);
        figures.Add(throughput);
        figures.Add(memory);
        largeSql = used;
    }
    catch (Exception e) { failures.Add($"(b) arrow download: {e.Message}"); }
}
if (scenario is "all" or "node")
{
    try { figures.Add(await Scenarios.NodeAsync(server, largeSql, rows, nodeDirectory)); }
    catch (Exception e) { failures.Add($"(c) node driver: {e.Message}"); }
}

if (scenario is "all" or "arraybind")
{
    try { figures.Add(await ArrayBindBenchmark.RunAsync(server, (int)Math.Min(rows, 100_000))); }
    catch (Exception e) { failures.Add($"(f) array-bind insert: {e.Message}"); }
}

var md = new StringBuilder();
md.AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}" +
    (compressChunks ? "" : ", server chunk compression off") + (passthrough ? ", pass-through translator" : "") + ".");
md.AppendLine();
md.AppendLine("| scenario | Mockhaus | baseline | ratio | goal | met |");
md.AppendLine("|---|---|---|---|---|---|");
foreach (var f in figures)
{
    md.AppendLine($"| {f.Scenario} | {f.Measured} | {f.Baseline} | {(f.Ratio is { } r ? $"{r:F2}x" : "")} | {f.Goal} | {(f.Met switch { true => "yes", false => "**no**", null => "" })} |");
}
md.AppendLine();
foreach (var f in figures.Where(f => f.Note.Length > 0)) md.AppendLine($"- {f.Scenario}: {f.Note}");
foreach (var failure in failures) md.AppendLine($"- FAILED {failure}");
Console.WriteLine(md.ToString());
return failures.Count == 0 ? 0 : 1;

static int PrintFigures(IEnumerable<Figure> results)
{
    Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}.\n");
    Console.WriteLine("| scenario | Mockhaus | baseline | ratio | goal | met |\n|---|---|---|---|---|---|");
    var list = results.ToList();
    foreach (var f in list)
        Console.WriteLine($"| {f.Scenario} | {f.Measured} | {f.Baseline} | {f.Ratio:F2}x | {f.Goal} | {(f.Met == true ? "yes" : "**no**")} |");
    Console.WriteLine();
    foreach (var f in list) Console.WriteLine($"- {f.Scenario}: {f.Note}");
    return 0;
}

static string LoadAverage()
{
    try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
    catch (IOException) { return "n/a"; }
}

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static bool IsOptionValue(string[] args, string value)
{
    var i = Array.IndexOf(args, value);
    return i > 0 && args[i - 1].StartsWith("--", StringComparison.Ordinal);
}
