using System.Reflection;

namespace Mockhaus.DriverTests;

/// <summary>Where the Node tests live and how to make their dependencies present.</summary>
public static class NodeEnvironment
{
    public static readonly TimeSpan NpmCiTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Absolute path of <c>tests/Mockhaus.DriverTests/node</c> (baked in at build time).</summary>
    public static string NodeDirectory { get; } =
        typeof(NodeEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NodeTestDirectory").Value!;

    /// <summary>The <c>*.test.js</c> files, sorted, relative to <see cref="NodeDirectory"/>.</summary>
    public static IEnumerable<string> TestFiles() =>
        Directory.EnumerateFiles(NodeDirectory, "*.test.js", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    /// <summary>Runs <c>npm ci</c> when <c>node_modules/snowflake-sdk</c> is missing.</summary>
    public static async Task EnsureNodeModulesAsync()
    {
        if (Directory.Exists(Path.Combine(NodeDirectory, "node_modules", "snowflake-sdk"))) return;
        TestContext.Progress.WriteLine($"[driver-tests] node_modules missing: running npm ci in {NodeDirectory}");
        var result = await ProcessRunner.RunAsync(
            "npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], NodeDirectory, NpmCiTimeout,
            new Dictionary<string, string> { ["CI"] = "true" });
        if (result.TimedOut || result.ExitCode != 0)
            throw new InvalidOperationException(
                $"npm ci failed (exit {result.ExitCode}, timed out: {result.TimedOut}):\n{result.Output}");
    }
}
