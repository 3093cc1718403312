using Mockhaus.Engine.Sessions;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// Snowflake answers a repeated query over unchanged data from its persisted result, unless USE_CACHED_RESULT is off or
/// the query calls something that may answer differently (UUID_STRING, RANDOM, RANDSTR are the docs' examples)
/// (https://docs.snowflake.com/en/user-guide/querying-persisted-results).
/// </summary>
public class ResultReuseTests : EngineTestBase
{
    [SetUp]
    public void CreateTable() => Rows("CREATE TABLE reused (id INT, name VARCHAR); INSERT INTO reused VALUES (1, 'a'), (2, 'b')");

    /// <summary>Runs one statement and reads it all: its rows, its query id, and whether an earlier result answered it.</summary>
    private static (List<object?[]> Rows, string QueryId, bool Reused) Run(Session session, string sql)
    {
        using var result = session.Execute(session.Translate(sql).Single());
        return (ReadAll(result), result.QueryId, result.ResultReused);
    }

    private (List<object?[]> Rows, string QueryId, bool Reused) Run(string sql) => Run(Session, sql);

    [Test]
    public void A_repeated_query_over_unchanged_data_is_answered_from_its_earlier_result_under_a_new_query_id()
    {
        const string query = "SELECT id, name FROM reused ORDER BY id";
        var first = Run(query);
        var second = Run(query);
        var third = Run(query);

        Assert.That(first.Reused, Is.False);
        Assert.That(second.Reused, Is.True);
        Assert.That(third.Reused, Is.True, "the reused result is itself kept for the next repetition");
        Assert.That(second.Rows, Is.EqualTo(first.Rows));
        Assert.That(third.Rows, Is.EqualTo(first.Rows));
        Assert.That(new[] { first.QueryId, second.QueryId, third.QueryId }, Is.Unique);
        Assert.That(Session.QueryHistory[^1], Is.EqualTo(third.QueryId));
    }

    [Test]
    public void A_reused_result_can_be_scanned_by_its_own_query_id()
    {
        Run("SELECT name FROM reused WHERE id = 2");
        var reused = Run("SELECT name FROM reused WHERE id = 2");
        Assert.That(reused.Reused, Is.True);

        Assert.That(Rows($"SELECT * FROM TABLE(RESULT_SCAN('{reused.QueryId}'))").Single(), Is.EqualTo(new object?[] { "b" }));
    }

    [Test]
    public void Only_the_identical_text_is_reused()
    {
        Run("SELECT COUNT(*) FROM reused");
        Assert.That(Run("SELECT COUNT(*) FROM reused r").Reused, Is.False, "the docs' example: a table alias");
        Assert.That(Run("select count(*) from reused").Reused, Is.False, "the docs' example: other letter case");
    }

    [Test]
    public void A_change_made_by_the_same_session_is_seen()
    {
        Run("SELECT COUNT(*) FROM reused");
        Rows("INSERT INTO reused VALUES (3, 'c')");

        var after = Run("SELECT COUNT(*) FROM reused");
        Assert.That(after.Reused, Is.False);
        Assert.That(after.Rows.Single()[0], Is.EqualTo(3L));
    }

    [Test]
    public void A_change_made_by_another_session_is_seen()
    {
        Run("SELECT COUNT(*) FROM reused");
        using (var other = Engine.OpenSession(LoginOptions))
            Rows(other, "DELETE FROM reused WHERE id = 1");

        var after = Run("SELECT COUNT(*) FROM reused");
        Assert.That(after.Reused, Is.False);
        Assert.That(after.Rows.Single()[0], Is.EqualTo(1L));
    }

    [Test]
    public void Uncommitted_rows_stay_in_their_transaction_and_a_rollback_is_seen()
    {
        using var other = Engine.OpenSession(LoginOptions);
        Rows("BEGIN");
        Rows("INSERT INTO reused VALUES (3, 'c')");
        Assert.That(Run("SELECT COUNT(*) FROM reused").Rows.Single()[0], Is.EqualTo(3L));
        Assert.That(Run("SELECT COUNT(*) FROM reused").Reused, Is.True, "inside its own transaction");

        var outside = Run(other, "SELECT COUNT(*) FROM reused");
        Assert.That(outside.Reused, Is.False, "another session never sees this session's results");
        Assert.That(outside.Rows.Single()[0], Is.EqualTo(2L));

        Rows("ROLLBACK");
        var afterRollback = Run("SELECT COUNT(*) FROM reused");
        Assert.That(afterRollback.Reused, Is.False);
        Assert.That(afterRollback.Rows.Single()[0], Is.EqualTo(2L));
    }

    [TestCase("SELECT RANDOM() AS r")]
    [TestCase("SELECT UUID_STRING() AS r")]
    [TestCase("SELECT RANDSTR(8, RANDOM()) AS r")]
    [TestCase("SELECT CURRENT_TIMESTAMP AS r")]
    [TestCase("SELECT id FROM reused WHERE id < UNIFORM(0, 10, RANDOM())")]
    [TestCase("SELECT COUNT(*) FROM (SELECT id FROM reused SAMPLE (50))")]
    [TestCase("SELECT LAST_QUERY_ID() AS r")]
    public void A_query_that_may_answer_differently_runs_every_time(string query)
    {
        Run(query);
        Assert.That(Run(query).Reused, Is.False);
    }

    [Test]
    public void Random_values_differ_between_runs()
    {
        var values = Enumerable.Range(0, 5).Select(_ => Run("SELECT RANDOM() AS r").Rows.Single()[0]).ToList();
        Assert.That(values.Distinct().Count(), Is.GreaterThan(1));
    }

    [Test]
    public void A_sequence_gives_its_next_value_every_time()
    {
        Rows("CREATE SEQUENCE seq_reuse");
        Assert.That(Run("SELECT seq_reuse.NEXTVAL AS n").Rows.Single()[0], Is.EqualTo(1L));
        var second = Run("SELECT seq_reuse.NEXTVAL AS n");
        Assert.That(second.Reused, Is.False);
        Assert.That(second.Rows.Single()[0], Is.EqualTo(2L));
    }

    [Test]
    public void A_query_over_a_view_runs_every_time_since_the_view_may_hide_a_random_or_clock_call()
    {
        Rows("CREATE VIEW random_view AS SELECT RANDOM() AS r");
        Run("SELECT r FROM random_view");
        Assert.That(Run("SELECT r FROM random_view").Reused, Is.False);
        Assert.That(Run("SELECT r FROM Random_View").Reused, Is.False, "names compare without regard to case");
    }

    [Test]
    public void A_view_created_by_another_session_is_noticed()
    {
        Rows("CREATE TABLE shadow (x INT)");
        Run("SELECT COUNT(*) FROM shadow");
        Assert.That(Run("SELECT COUNT(*) FROM shadow").Reused, Is.True);
        using (var other = Engine.OpenSession(LoginOptions))
            Rows(other, "CREATE SCHEMA other; CREATE VIEW other.shadow AS SELECT RANDOM() AS r");
        Run("SELECT COUNT(*) FROM shadow");
        Assert.That(Run("SELECT COUNT(*) FROM shadow").Reused, Is.False, "a view of that name now exists somewhere");
    }

    [Test]
    public void A_user_defined_function_is_run_every_time()
    {
        Rows("CREATE FUNCTION twice(x INT) RETURNS INT AS 'x * 2'");
        Run("SELECT twice(id) FROM reused");
        Assert.That(Run("SELECT twice(id) FROM reused").Reused, Is.False);
    }

    [TestCase("FALSE")]
    [TestCase("off")]
    public void Use_cached_result_off_runs_every_query(string value)
    {
        Rows($"ALTER SESSION SET USE_CACHED_RESULT = {value}");
        Run("SELECT COUNT(*) FROM reused");
        Assert.That(Run("SELECT COUNT(*) FROM reused").Reused, Is.False);

        Rows("ALTER SESSION UNSET USE_CACHED_RESULT");
        Run("SELECT COUNT(*) FROM reused");
        Assert.That(Run("SELECT COUNT(*) FROM reused").Reused, Is.True, "on again by default");
    }

    [Test]
    public void Use_cached_result_takes_only_a_boolean()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("ALTER SESSION SET USE_CACHED_RESULT = 'sometimes'"))!;
        Assert.That(error.Message, Does.Contain("USE_CACHED_RESULT"));
    }

    [Test]
    public void A_failed_run_is_not_reused()
    {
        Rows("INSERT INTO reused VALUES (0, 'zero')");
        Assert.Throws<SnowflakeSqlException>(() => Run("SELECT 10 / id FROM reused"));
        Assert.Throws<SnowflakeSqlException>(() => Run("SELECT 10 / id FROM reused"));
    }

    [Test]
    public void A_result_that_left_the_history_is_computed_again()
    {
        var engine = new MockhausEngine(new EngineOptions { ResultHistoryCount = 2 }, new Sql.SnowflakeTranslator());
        using var session = engine.OpenSession(LoginOptions);
        try
        {
            Run(session, "SELECT 1 AS one");
            Run(session, "SELECT 2 AS two");
            Run(session, "SELECT 3 AS three");
            var again = Run(session, "SELECT 1 AS one");
            Assert.That(again.Reused, Is.False);
            Assert.That(again.Rows.Single()[0], Is.EqualTo(1L));
            Assert.That(Run(session, "SELECT 1 AS one").Reused, Is.True);
        }
        finally
        {
            session.Dispose();
            engine.Dispose();
        }
    }

    [Test]
    public void With_autocommit_off_a_reused_query_still_opens_the_transaction()
    {
        Rows("ALTER SESSION SET AUTOCOMMIT = FALSE");
        Run("SELECT COUNT(*) FROM reused");
        Rows("COMMIT");
        Assert.That(Session.InTransaction, Is.False);
        Run("SELECT COUNT(*) FROM reused");
        Assert.That(Session.InTransaction, Is.True);
    }
}
