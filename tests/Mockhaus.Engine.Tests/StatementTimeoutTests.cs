using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>STATEMENT_TIMEOUT_IN_SECONDS and cancel interrupt statements, also while their result streams.</summary>
public class StatementTimeoutTests : EngineTestBase
{
    private const string SlowQuery = "SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 100000000)) a, TABLE(GENERATOR(ROWCOUNT => 1000)) b";

    // docs.snowflake.com/en/sql-reference/parameters#statement-timeout-in-seconds
    [Test]
    public void Statement_timeout_cancels_with_000630()
    {
        Rows("ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = 1");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows(SlowQuery))!;
        Assert.That(error.ErrorCode, Is.EqualTo("000630"));
        Assert.That(error.SqlState, Is.EqualTo("57014"));
        Assert.That(error.Message, Is.EqualTo("Statement reached its statement or warehouse timeout of 1 second(s) and was canceled."));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Rows("ALTER SESSION UNSET STATEMENT_TIMEOUT_IN_SECONDS");
        Assert.That(Scalar("SELECT 1 + 1"), Is.EqualTo(2m));
    }

    [Test]
    public void Cancel_reaches_a_statement_whose_result_is_streaming()
    {
        var statement = Session.Translate("SELECT a.seq8 FROM (SELECT SEQ8() AS seq8 FROM TABLE(GENERATOR(ROWCOUNT => 100000000))) a ORDER BY RANDOM()").Single();
        var reader = Task.Run(() =>
        {
            using var result = Session.Execute(statement);
            while (result.Rows.ReadNext() is { } batch)
                batch.Dispose();
        });
        Thread.Sleep(500);
        Session.Cancel();
        var error = Assert.Throws<SnowflakeSqlException>(() => reader.GetAwaiter().GetResult())!;
        Assert.That(error.ErrorCode, Is.EqualTo("000604"));
        Assert.That(Scalar("SELECT 1 + 1"), Is.EqualTo(2m));
    }
}
