using System.Text;
using Microsoft.Extensions.Logging;

namespace Mockhaus.Server.Hosting;

/// <summary>
/// Console logging for a server that logs every statement. The framework's console logger hands each line to its writer
/// thread, waking it once per statement, and writes each line with its own system call: on a 2-core machine that cost
/// a `SELECT 1` round trip about 60 µs of its 400. Here a line is formatted on the logging thread and collected; the
/// collected lines go out in one write at most a flush delay later (25 ms by default), and on disposal.
/// </summary>
public sealed class BufferedConsoleLoggerProvider : ILoggerProvider
{
    private readonly TimeSpan _flushDelay;
    private readonly Stream _output;
    private readonly StringBuilder _pending = new();
    private readonly Timer _timer;
    private bool _disposed;

    public BufferedConsoleLoggerProvider(Stream output, TimeSpan? flushDelay = null)
    {
        _output = output;
        _flushDelay = flushDelay ?? TimeSpan.FromMilliseconds(25);
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    private void Append(string line)
    {
        lock (_pending)
        {
            if (_disposed)
                return;
            // The first line of a batch arms the flush; later ones ride along.
            if (_pending.Length == 0)
                _timer.Change(_flushDelay, Timeout.InfiniteTimeSpan);
            _pending.Append(line);
        }
    }

    /// <summary>Writes what has been collected.</summary>
    public void Flush()
    {
        byte[] bytes;
        lock (_pending)
        {
            if (_pending.Length == 0)
                return;
            bytes = Encoding.UTF8.GetBytes(_pending.ToString());
            _pending.Clear();
        }
        try
        {
            lock (_output)
            {
                _output.Write(bytes);
                _output.Flush();
            }
        }
        catch (IOException)
        {
            // Nobody reads the console any more (a closed pipe): logging must not take the server down.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        lock (_pending)
            _disposed = true;
        _timer.Dispose();
        Flush();
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };

    private static StringBuilder AppendTwoDigits(StringBuilder line, int value) =>
        line.Append((char)('0' + value / 10)).Append((char)('0' + value % 10));

    private sealed class Logger(BufferedConsoleLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var now = DateTime.UtcNow;
            var line = new StringBuilder(160);
            AppendTwoDigits(line, now.Hour).Append(':');
            AppendTwoDigits(line, now.Minute).Append(':');
            AppendTwoDigits(line, now.Second).Append('.').Append((char)('0' + now.Millisecond / 100));
            AppendTwoDigits(line, now.Millisecond % 100)
                .Append(' ').Append(LevelName(logLevel)).Append(": ").Append(category).Append(": ")
                .Append(formatter(state, exception).ReplaceLineEndings(" "));
            if (exception is not null)
                line.Append(Environment.NewLine).Append(exception);
            provider.Append(line.Append(Environment.NewLine).ToString());
        }
    }
}
