using Mockhaus.Engine.Sessions;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// SYSTEM$CANCEL_QUERY from another session, and STATEMENT_TIMEOUT_IN_SECONDS for one statement.
/// docs: https://docs.snowflake.com/en/sql-reference/functions/system_cancel_query
/// </summary>
public class CancelQueryTests : EngineTestBase
{
    private const string SlowQuery = "SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 100000000)) a, TABLE(GENERATOR(ROWCOUNT => 1000)) b";

    [Test]
    public void Cancel_query_from_another_session_stops_the_statement_with_000604()
    {
        using var other = Engine.OpenSession(new SessionOptions { Database = "TESTDB", Schema = "PUBLIC" });
        var queryId = Guid.NewGuid().ToString();
        var statement = Session.Translate(SlowQuery).Single();
        var slow = Task.Run(() =>
        {
            using var result = Session.Execute(statement, queryId: queryId);
            return ReadAll(result);
        });
        SpinWait.SpinUntil(() => Engine.RunningQueries.IsRunning(queryId), TimeSpan.FromSeconds(10));
        Thread.Sleep(200);

        var answer = Rows(other, $"SELECT SYSTEM$CANCEL_QUERY('{queryId}')").Single()[0];

        Assert.That(answer, Is.EqualTo($"query [{queryId}] terminated."));
        var error = Assert.Throws<SnowflakeSqlException>(() => slow.GetAwaiter().GetResult())!;
        Assert.That(error.ErrorCode, Is.EqualTo("000604"));
        Assert.That(Engine.RunningQueries.IsRunning(queryId), Is.False);
        Assert.That(Scalar("SELECT 1 + 1"), Is.EqualTo(2m));
    }

    [Test]
    public void Cancel_query_of_an_id_that_is_not_running_is_000605()
    {
        var finished = Guid.NewGuid().ToString();
        using (Session.Execute(Session.Translate("SELECT 1").Single(), queryId: finished))
        {
        }
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows($"SELECT SYSTEM$CANCEL_QUERY('{finished}')"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("000605"));
        Assert.That(error.Message, Is.EqualTo("Identified SQL statement is not currently executing."));
    }

    [Test]
    public void Statement_timeout_of_one_statement_overrides_the_session_value()
    {
        var statement = Session.Translate(SlowQuery).Single();
        var error = Assert.Throws<SnowflakeSqlException>(() =>
        {
            using var result = Session.Execute(statement, timeoutSeconds: 1);
            ReadAll(result);
        })!;
        Assert.That(error.ErrorCode, Is.EqualTo("000630"));
        Assert.That(error.Message, Is.EqualTo("Statement reached its statement or warehouse timeout of 1 second(s) and was canceled."));
        // The session value (172800 s by default) still applies to the next statement.
        Assert.That(Scalar("SELECT 1 + 1"), Is.EqualTo(2m));
    }

    [Test]
    public void A_statement_timeout_of_zero_disables_the_session_timeout_for_that_statement()
    {
        Rows("ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = 1");
        var statement = Session.Translate("SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 300000000))").Single();
        using var result = Session.Execute(statement, timeoutSeconds: 0);
        Assert.That(ReadAll(result).Single()[0], Is.EqualTo(300000000L));
    }
}
