namespace Mockhaus.DriverTests;

/// <summary>
/// Runs every <c>node/*.test.js</c> file (node:test + the official snowflake-sdk driver) against one
/// in-process Mockhaus server. One NUnit test case per file; node's output is printed on failure.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class NodeDriverTests
{
    private static readonly TimeSpan PerFileTimeout = TimeSpan.FromMinutes(5);

    private TestServer? _server;
    private string? _dataDirectory;

    public static IEnumerable<TestCaseData> NodeTestFiles() =>
        NodeEnvironment.TestFiles().Select(f => new TestCaseData(f).SetName($"Node_{f}"));

    [OneTimeSetUp]
    public async Task StartServer()
    {
        await NodeEnvironment.EnsureNodeModulesAsync();
        _dataDirectory = Path.Combine(Path.GetTempPath(), "mockhaus-driver-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDirectory);
        _server = await TestServer.StartAsync(_dataDirectory);
        TestContext.Progress.WriteLine($"[driver-tests] Mockhaus server at {_server.BaseAddress}");
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        if (_server is not null) await _server.DisposeAsync();
        if (_dataDirectory is not null)
        {
            try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
        }
    }

    [TestCaseSource(nameof(NodeTestFiles))]
    public async Task NodeTestFile(string file)
    {
        Assert.That(_server, Is.Not.Null);
        var url = _server!.BaseAddress.ToString().TrimEnd('/');
        var result = await ProcessRunner.RunAsync(
            "node", ["--test", "--test-reporter=spec", file], NodeEnvironment.NodeDirectory, PerFileTimeout,
            new Dictionary<string, string>
            {
                ["MOCKHAUS_URL"] = url,
                ["SF_TELEMETRY_DISABLE_CONNECTION_SHAPE"] = "1",
                ["NO_COLOR"] = "1",
                ["FORCE_COLOR"] = "0",
            });

        TestContext.Out.WriteLine($"node --test {file}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:F1}s");
        if (result.TimedOut || result.ExitCode != 0)
        {
            Assert.Fail(result.TimedOut
                ? $"{file} timed out after {PerFileTimeout}; node output:\n{result.Output}"
                : $"{file} failed (exit {result.ExitCode}); node output:\n{result.Output}");
        }
        // On success, just node's summary lines (tests/pass/fail counts).
        foreach (var line in result.Output.Split('\n').Where(l => l.StartsWith("ℹ ", StringComparison.Ordinal)))
            TestContext.Out.WriteLine(line);
    }
}
