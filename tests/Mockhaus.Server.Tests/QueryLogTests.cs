using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>Each query request writes exactly one Information line, naming its session, query id, result and time.</summary>
public sealed class QueryLogTests : ServerTestBase
{
    private readonly CollectingLoggerProvider _logs = new();

    protected override ServerOptions CreateOptions() => new()
    {
        Port = 0,
        ConfigureLogging = logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(_logs);
        },
    };

    [Test]
    public async Task A_query_writes_one_information_line()
    {
        var data = AssertSuccess(await DotNet.QueryAsync("SELECT 1 AS ONE"));
        var queryId = data["queryId"]!.GetValue<string>();
        var lines = _logs.Lines.Where(l => l.Message.Contains(queryId, StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.That(lines[0].Level, Is.EqualTo(LogLevel.Information));
        Assert.That(lines[0].Message, Does.Match($"^Session \\d+ query {queryId} Select Arrow 1 rows in 0 chunks, \\d+ ms$"));
    }

    /// <summary>A query answered from its persisted result says so (https://docs.snowflake.com/en/user-guide/querying-persisted-results).</summary>
    [Test]
    public async Task A_repeated_query_answered_from_its_earlier_result_says_so()
    {
        var first = AssertSuccess(await DotNet.QueryAsync("SELECT 'same' AS S"));
        var second = AssertSuccess(await DotNet.QueryAsync("SELECT 'same' AS S"));
        var queryId = second["queryId"]!.GetValue<string>();
        Assert.That(queryId, Is.Not.EqualTo(first["queryId"]!.GetValue<string>()));
        Assert.That(second["rowsetBase64"]!.GetValue<string>(), Is.EqualTo(first["rowsetBase64"]!.GetValue<string>()));
        var line = _logs.Lines.Single(l => l.Message.Contains(queryId, StringComparison.Ordinal));
        Assert.That(line.Message, Does.Match($"^Session \\d+ query {queryId} Select Arrow 1 rows in 0 chunks, \\d+ ms \\(the result of an earlier run, reused\\)$"));
    }

    [Test]
    public async Task A_failed_query_writes_one_information_line_with_its_error_code()
    {
        var envelope = await DotNet.QueryAsync("SELECT * FROM no_such_table");
        var queryId = AssertFailure(envelope, "002003")["queryId"]!.GetValue<string>();
        var lines = _logs.Lines.Where(l => l.Message.Contains(queryId, StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.That(lines[0].Level, Is.EqualTo(LogLevel.Information));
        Assert.That(lines[0].Message, Does.StartWith($"Session ").And.Contains($"query {queryId} failed: 002003 SQL compilation error:"));
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(Lines);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<(LogLevel, string)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                    lines.Enqueue((logLevel, formatter(state, exception)));
            }
        }
    }
}
