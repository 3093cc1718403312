using System.Diagnostics;
using Mockhaus.Sql;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// The engine runs DuckDB with one worker thread by default (EngineOptions.DuckDbThreads); sessions must still
/// run side by side, each statement on its caller's thread.
/// </summary>
public sealed class DuckDbThreadsTests : EngineTestBase
{
    [Test]
    public void A_long_statement_in_one_session_does_not_hold_up_another_session()
    {
        using var other = Engine.OpenSession(new() { Database = "TESTDB", Schema = "PUBLIC" });
        var longQuery = Task.Run(() => Rows(other,
            "SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 3000000000)) a"));
        Thread.Sleep(200); // the long statement is running
        var clock = Stopwatch.StartNew();
        Assert.That(Scalar("SELECT 40 + 2"), Is.EqualTo(42m));
        clock.Stop();
        Assert.That(longQuery.IsCompleted, Is.False, "the long statement should still be running");
        Assert.That(clock.ElapsedMilliseconds, Is.LessThan(2000));
        other.Cancel();
        Assert.That(() => longQuery.GetAwaiter().GetResult(), Throws.Exception);
    }

    [Test]
    public void Fewer_than_one_thread_is_refused()
    {
        Assert.That(() => new MockhausEngine(new EngineOptions { DuckDbThreads = 0 }, new SnowflakeTranslator()),
            Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
