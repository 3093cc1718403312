using Mockhaus.Engine.Sessions;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// Queries run again from the session's prepared statements (<see cref="PreparedQueryCache"/>) must answer exactly as a
/// fresh execution would, whatever changed in between.
/// </summary>
public class PreparedQueryTests : EngineTestBase
{
    [Test]
    public void A_repeated_query_is_prepared_once()
    {
        Rows("SELECT 1");
        Rows("SELECT 1");
        Rows("SELECT 2");
        Assert.That(Session.PreparedQueryCount, Is.EqualTo(2));
    }

    [Test]
    public void Rows_inserted_after_the_query_was_prepared_are_seen()
    {
        // DuckDB plans a filter outside a column's known range away; a plan kept past the INSERT would miss the new row.
        Rows("CREATE TABLE t (x INT)");
        Rows("INSERT INTO t SELECT SEQ4() + 1 FROM TABLE(GENERATOR(ROWCOUNT => 5))");
        Assert.That(Scalar("SELECT COUNT(*) FROM t WHERE x > 10"), Is.EqualTo(0L));
        Rows("INSERT INTO t VALUES (20)");
        Assert.That(Scalar("SELECT COUNT(*) FROM t WHERE x > 10"), Is.EqualTo(1L));
    }

    [Test]
    public void Rows_inserted_by_another_session_are_seen()
    {
        Rows("CREATE TABLE t (x INT)");
        Rows("INSERT INTO t VALUES (1), (2)");
        Assert.That(Scalar("SELECT COUNT(*) FROM t WHERE x > 10"), Is.EqualTo(0L));
        using (var other = Engine.OpenSession(LoginOptions))
            Rows(other, "INSERT INTO t VALUES (30)");
        Assert.That(Scalar("SELECT COUNT(*) FROM t WHERE x > 10"), Is.EqualTo(1L));
    }

    [Test]
    public void A_column_added_after_the_query_was_prepared_is_returned()
    {
        Rows("CREATE TABLE t (a INT)");
        Rows("INSERT INTO t VALUES (1)");
        Assert.That(ColumnNames("SELECT * FROM t"), Is.EqualTo(new[] { "A" }));
        Rows("ALTER TABLE t ADD COLUMN b VARCHAR");
        Assert.That(ColumnNames("SELECT * FROM t"), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(Rows("SELECT * FROM t").Single(), Is.EqualTo(new object?[] { 1L, null }));
    }

    [Test]
    public void A_table_replaced_with_other_column_types_is_read_with_the_new_types()
    {
        Rows("CREATE TABLE t (a INT)");
        Rows("INSERT INTO t VALUES (7)");
        Assert.That(Scalar("SELECT a FROM t"), Is.EqualTo(7L));
        Rows("CREATE OR REPLACE TABLE t (a VARCHAR)");
        Rows("INSERT INTO t VALUES ('seven')");
        Assert.That(Scalar("SELECT a FROM t"), Is.EqualTo("seven"));
    }

    [Test]
    public void A_session_variable_set_after_the_query_was_prepared_is_read()
    {
        // DuckDB resolves getvariable() when it plans the query.
        Rows("SET v = 1");
        Assert.That(Scalar("SELECT $v"), Is.EqualTo(1L));
        Rows("SET v = 2");
        Assert.That(Scalar("SELECT $v"), Is.EqualTo(2L));
    }

    [Test]
    public void A_schema_made_current_after_the_query_was_prepared_is_searched()
    {
        Rows("CREATE TABLE t (a INT)");
        Rows("INSERT INTO t VALUES (1)");
        Rows("CREATE SCHEMA other");
        Rows("CREATE TABLE other.t (a INT)");
        Rows("INSERT INTO other.t VALUES (2), (3)");
        Rows("USE SCHEMA PUBLIC");
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(1L));
        Rows("USE SCHEMA other");
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(2L));
    }

    [Test]
    public void A_time_zone_set_after_the_query_was_prepared_is_used()
    {
        // DuckDB folds constant expressions with the TimeZone setting it planned under. The answer must be what a
        // session that never ran the query gives.
        const string hour = "SELECT HOUR('2024-01-01 12:00:00 +00:00'::TIMESTAMP_TZ::TIMESTAMP_LTZ)";
        Rows("ALTER SESSION SET TIMEZONE = 'UTC'");
        var inUtc = Scalar(hour);
        Rows("ALTER SESSION SET TIMEZONE = 'Asia/Tokyo'");
        var afterChange = Scalar(hour);
        using var fresh = Engine.OpenSession(LoginOptions);
        Rows(fresh, "ALTER SESSION SET TIMEZONE = 'Asia/Tokyo'");
        var inTokyo = Rows(fresh, hour).Single()[0];
        Assert.That(inTokyo, Is.Not.EqualTo(inUtc), "the query depends on the time zone");
        Assert.That(afterChange, Is.EqualTo(inTokyo));
    }

    [Test]
    public void The_prepared_queries_of_a_session_are_bounded()
    {
        for (var i = 0; i < PreparedQueryCache.DefaultCapacity + 20; i++)
            Assert.That(Scalar($"SELECT {i}"), Is.EqualTo((long)i));
        Assert.That(Session.PreparedQueryCount, Is.EqualTo(PreparedQueryCache.DefaultCapacity));
        // The oldest went first; the newest still answers.
        Assert.That(Scalar($"SELECT {PreparedQueryCache.DefaultCapacity + 19}"), Is.EqualTo((long)PreparedQueryCache.DefaultCapacity + 19));
    }

    [Test]
    public void A_failure_while_a_prepared_query_runs_keeps_snowflakes_code()
    {
        Rows("CREATE TABLE t (s VARCHAR)");
        Rows("INSERT INTO t VALUES ('1'), ('abc')");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var error = Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT s::INT FROM t"))!;
            Assert.That((error.ErrorCode, error.SqlState, error.Message), Is.EqualTo(("100038", "22018", "Numeric value 'abc' is not recognized")));
        }
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(2L), "the session still works after the failure");
    }
}

/// <summary>The cache itself: least recently used out first, everything out when the engine's change epoch moves.</summary>
public class PreparedQueryCacheTests : EngineTestBase
{
    private readonly List<string> _prepared = [];

    [SetUp]
    public void ForgetPrepared() => _prepared.Clear();

    private PreparedQuery? Prepare(string sql)
    {
        _prepared.Add(sql);
        return PreparedQuery.TryPrepare(Session.Connection.NativeConnection, sql);
    }

    [Test]
    public void Least_recently_used_query_is_dropped_beyond_capacity()
    {
        using var cache = new PreparedQueryCache(() => 0, capacity: 2);
        foreach (var sql in new[] { "SELECT 1", "SELECT 2", "SELECT 1", "SELECT 3", "SELECT 1", "SELECT 2" })
            cache.GetOrPrepare(sql, Prepare);
        // SELECT 1 used again before SELECT 3 came, so SELECT 2 was the oldest and went.
        Assert.That(_prepared, Is.EqualTo(new[] { "SELECT 1", "SELECT 2", "SELECT 3", "SELECT 2" }));
        Assert.That(cache.Count, Is.EqualTo(2));
    }

    [Test]
    public void A_new_epoch_prepares_again()
    {
        long epoch = 0;
        using var cache = new PreparedQueryCache(() => epoch);
        cache.GetOrPrepare("SELECT 1", Prepare);
        cache.GetOrPrepare("SELECT 1", Prepare);
        epoch++;
        cache.GetOrPrepare("SELECT 1", Prepare);
        Assert.That(_prepared, Has.Count.EqualTo(2));
    }

    [Test]
    public void Text_duckdb_cannot_prepare_alone_is_not_kept()
    {
        using var cache = new PreparedQueryCache(() => 0);
        Assert.That(cache.GetOrPrepare("SELECT 1; SELECT 2", Prepare), Is.Null);
        Assert.That(cache.GetOrPrepare("SELECT * FROM no_such_table", Prepare), Is.Null);
        Assert.That(cache.Count, Is.EqualTo(0));
    }
}
