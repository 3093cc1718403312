using System.Text;
using Microsoft.Extensions.Logging;
using Mockhaus.Server.Hosting;

namespace Mockhaus.Server.Tests;

/// <summary>The server's console log: one line per message, written in batches, nothing lost at shutdown.</summary>
public sealed class BufferedConsoleLoggerTests
{
    [Test]
    public void Lines_are_written_after_the_flush_delay_not_one_write_each()
    {
        var output = new CountingStream();
        using var provider = new BufferedConsoleLoggerProvider(output, TimeSpan.FromSeconds(2));
        var logger = provider.CreateLogger("Mockhaus.Server");
        for (var i = 0; i < 100; i++)
            logger.LogInformation("Session {Session} query {Index}", 7, i);
        Assert.That(output.Text, Is.Empty, "nothing is written on the logging thread");

        Assert.That(() => output.Text, Does.Contain("query 99").After(10).Seconds.PollEvery(10).MilliSeconds);
        var lines = output.Text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(100));
        Assert.That(lines[0], Does.Match(@"^\d\d:\d\d:\d\d\.\d\d\d info: Mockhaus\.Server: Session 7 query 0$"));
        Assert.That(output.Writes, Is.EqualTo(1), "the lines go out together");
    }

    [Test]
    public void Disposing_writes_what_is_pending_and_later_lines_are_dropped()
    {
        var output = new CountingStream();
        var provider = new BufferedConsoleLoggerProvider(output);
        var logger = provider.CreateLogger("Mockhaus.Server");
        logger.LogWarning("before shutdown");
        provider.Dispose();
        logger.LogWarning("after shutdown");
        Assert.That(output.Text, Does.Contain("warn: Mockhaus.Server: before shutdown"));
        Assert.That(output.Text, Does.Not.Contain("after shutdown"));
    }

    [Test]
    public void A_message_stays_on_one_line_and_an_exception_follows_it()
    {
        var output = new CountingStream();
        using (var provider = new BufferedConsoleLoggerProvider(output))
            provider.CreateLogger("X").LogError(new InvalidOperationException("boom"), "two\nlines");
        var lines = output.Text.Split(Environment.NewLine);
        Assert.That(lines[0], Does.EndWith("fail: X: two lines"));
        Assert.That(lines[1], Does.StartWith("System.InvalidOperationException: boom"));
    }

    [Test]
    public void A_closed_console_does_not_break_logging()
    {
        var output = new CountingStream { Broken = true };
        using var provider = new BufferedConsoleLoggerProvider(output);
        provider.CreateLogger("X").LogInformation("lost");
        Assert.DoesNotThrow(provider.Flush);
    }

    private sealed class CountingStream : MemoryStream
    {
        private readonly object _gate = new();

        public bool Broken { get; init; }

        public int Writes { get; private set; }

        public string Text
        {
            get { lock (_gate) return Encoding.UTF8.GetString(ToArray()); }
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Broken)
                throw new IOException("Broken pipe");
            lock (_gate)
            {
                Writes++;
                base.Write(buffer);
            }
        }
    }
}
