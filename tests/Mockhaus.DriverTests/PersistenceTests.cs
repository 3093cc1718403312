using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Mockhaus.DriverTests;

/// <summary>
/// `mockhaus serve --data-dir`: a server killed with SIGKILL in the middle of a write workload loses no
/// statement it had acknowledged, and everything is there after a restart.
/// </summary>
[NonParallelizable]
public class PersistenceTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [OneTimeSetUp]
    public Task InstallNodeModules() => NodeEnvironment.EnsureNodeModulesAsync();

    [Test]
    public async Task Killed_server_keeps_every_acknowledged_insert()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("mockhaus-persistence-").FullName;
        try
        {
            long acknowledged;
            using (var server = await ServerProcess.StartAsync(dataDirectory, StartTimeout))
            {
                (acknowledged, var errors) = await RunWorkloadUntilKilledAsync(server, minimumAcks: 150);
                Assert.That(acknowledged, Is.GreaterThanOrEqualTo(150), errors);
            }

            using (var restarted = await ServerProcess.StartAsync(dataDirectory, StartTimeout))
            {
                var result = await ProcessRunner.RunAsync("node", [WorkloadScript, "count"], NodeEnvironment.NodeDirectory,
                    TimeSpan.FromMinutes(1), new Dictionary<string, string> { ["MOCKHAUS_URL"] = restarted.BaseAddress.ToString() });
                Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
                var match = Regex.Match(result.Output, @"COUNT (\d+) MAX (\d+) DISTINCT (\d+)");
                Assert.That(match.Success, Is.True, result.Output);
                var count = long.Parse(match.Groups[1].Value);
                var max = long.Parse(match.Groups[2].Value);
                var distinct = long.Parse(match.Groups[3].Value);
                // Every acknowledged row survived; at most the one in flight at the kill may also have landed.
                Assert.That(count, Is.InRange(acknowledged, acknowledged + 1));
                Assert.That(distinct, Is.EqualTo(count));
                Assert.That(max, Is.EqualTo(count));
            }
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static string WorkloadScript => Path.Combine(NodeEnvironment.NodeDirectory, "tools", "persistence-workload.js");

    /// <summary>Runs the write workload and kills the server once enough inserts were acknowledged.</summary>
    private static async Task<(long LastAck, string Errors)> RunWorkloadUntilKilledAsync(ServerProcess server, int minimumAcks)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeEnvironment.NodeDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WorkloadScript);
        start.ArgumentList.Add("write");
        start.Environment["MOCKHAUS_URL"] = server.BaseAddress.ToString();
        using var workload = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        workload.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        workload.BeginErrorReadLine();
        long lastAck = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await workload.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (!line.StartsWith("ACK ", StringComparison.Ordinal))
                continue;
            lastAck = long.Parse(line[4..]);
            if (lastAck != minimumAcks)
                continue;
            server.Kill();
            // The driver would retry the dead server for minutes; every ACK already printed is still read below.
            workload.Kill(entireProcessTree: true);
        }
        await workload.WaitForExitAsync(timeout.Token);
        lock (errors)
            return (lastAck, errors.ToString());
    }
}
