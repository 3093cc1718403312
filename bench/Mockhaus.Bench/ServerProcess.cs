using System.Diagnostics;
using System.Reflection;

namespace Mockhaus.Bench;

/// <summary>
/// The server under test, run as a child process (this same program with the hidden <c>serve</c> command) so its
/// memory can be measured apart from the benchmark client.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly string? _dataDirectory;

    private ServerProcess(Uri baseAddress, Process? process, int? pid, string? dataDirectory)
    {
        BaseAddress = baseAddress;
        _process = process;
        Pid = pid;
        _dataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    /// <summary>Process id of the server, when known (memory sampling).</summary>
    public int? Pid { get; }

    public static ServerProcess External(Uri url, int? pid) => new(url, null, pid, null);

    /// <param name="persist">Keep databases in files (`--data-dir`); otherwise in memory, as `mockhaus serve` does by default.</param>
    public static async Task<ServerProcess> StartChildAsync(TimeSpan timeout, bool passthrough, bool compressChunks = true, bool persist = false)
    {
        var dataDirectory = persist ? Path.Combine(Path.GetTempPath(), "mockhaus-bench-" + Guid.NewGuid().ToString("N")) : null;
        if (dataDirectory is not null)
            Directory.CreateDirectory(dataDirectory);
        var self = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            psi.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        psi.ArgumentList.Add("serve");
        if (dataDirectory is not null)
        {
            psi.ArgumentList.Add("--data-dir");
            psi.ArgumentList.Add(dataDirectory);
        }
        if (passthrough) { psi.ArgumentList.Add("--translator"); psi.ArgumentList.Add("passthrough"); }
        if (!compressChunks) psi.ArgumentList.Add("--no-chunk-compression");
        psi.Environment["DOTNET_gcServer"] = "0";
        // The runtime settings of `mockhaus serve` (src/Mockhaus.Cli/Mockhaus.Cli.csproj), for the server only.
        psi.Environment["DOTNET_TieredPGO"] = "0";
        psi.Environment["DOTNET_TC_QuickJit"] = "0";

        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the server child");
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            string? line;
            try { line = await process.StandardOutput.ReadLineAsync(cts.Token); }
            catch (OperationCanceledException) { line = null; }
            if (line is null)
            {
                try { process.Kill(true); } catch (InvalidOperationException) { }
                string err;
                lock (stderr) err = stderr.ToString();
                throw new InvalidOperationException($"server child did not start:\n{err}");
            }
            if (line.StartsWith("MOCKHAUS_URL=", StringComparison.Ordinal))
            {
                var url = new Uri(line["MOCKHAUS_URL=".Length..]);
                // Keep draining stdout so the child never blocks on a full pipe.
                _ = Task.Run(async () => { while (await process.StandardOutput.ReadLineAsync() is not null) { } });
                return new ServerProcess(url, process, process.Id, dataDirectory);
            }
        }
    }

    /// <summary>Body of the hidden <c>serve</c> command: host the server until stdin closes.</summary>
    public static async Task<int> ServeAsync(string? dataDirectory, bool passthrough, bool compressChunks)
    {
        var (baseAddress, server) = await InProcessServer.StartAsync("127.0.0.1", 0, dataDirectory, passthrough, compressChunks);
        Console.Out.WriteLine($"MOCKHAUS_URL={baseAddress.ToString().TrimEnd('/')}");
        Console.Out.Flush();
        // The parent holds our stdin open; EOF (parent gone or done) means stop.
        await Task.Run(() => { while (Console.In.Read() >= 0) { } });
        await server.DisposeAsync();
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            try { _process.StandardInput.Close(); } catch (IOException) { }
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(cts.Token); }
            catch (OperationCanceledException) { try { _process.Kill(true); } catch (InvalidOperationException) { } }
            _process.Dispose();
        }
        if (_dataDirectory is not null)
        {
            try { Directory.Delete(_dataDirectory, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>Samples a process's resident set size (Linux /proc; falls back to Process.WorkingSet64).</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _cts = new();
    private readonly Task _loop;
    private long _peak;

    public MemorySampler(int pid, TimeSpan interval)
    {
        _pid = pid;
        Baseline = ReadRss(pid);
        _peak = Baseline;
        _loop = Task.Run(async () =>
        {
            while (!_cts.IsCancellationRequested)
            {
                var rss = ReadRss(_pid);
                if (rss > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, rss);
                try { await Task.Delay(interval, _cts.Token); } catch (OperationCanceledException) { }
            }
        });
    }

    public long Baseline { get; }

    public long Peak => Interlocked.Read(ref _peak);

    public long Growth => Peak - Baseline;

    public static long ReadRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().ToString().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        using var p = Process.GetProcessById(pid);
        return p.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        _cts.Cancel();
        await _loop;
        _cts.Dispose();
    }
}
