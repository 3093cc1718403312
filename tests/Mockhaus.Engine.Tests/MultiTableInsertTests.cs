using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// Multi-table INSERT ALL / FIRST (https://docs.snowflake.com/en/sql-reference/sql/insert-multi-table): ALL runs every
/// INTO clause (or every WHEN clause whose condition is TRUE), FIRST only the first TRUE one, ELSE when none is TRUE.
/// One count column per INTO clause.
/// </summary>
public class MultiTableInsertTests : EngineTestBase
{
    [SetUp]
    public void CreateTables() => Rows(
        "CREATE OR REPLACE TABLE src (a INT, b VARCHAR); INSERT INTO src VALUES (1, 'x'), (2, 'y'), (3, NULL), (NULL, 'n'); " +
        "CREATE OR REPLACE TABLE t1 (a INT, b VARCHAR); CREATE OR REPLACE TABLE t2 (k INT, v VARCHAR DEFAULT 'dflt'); " +
        "CREATE OR REPLACE TABLE t3 (a INT NOT NULL, b VARCHAR)");

    [Test]
    public void Unconditional_all_inserts_every_row_into_every_target()
    {
        Assert.That(ColumnNames("INSERT ALL INTO t1 INTO t2 (v, k) VALUES (b, a) SELECT a, b FROM src"),
            Is.EqualTo(new[] { "number of rows inserted into T1", "number of rows inserted into T2" }));
        Rows("DELETE FROM t1; DELETE FROM t2");
        Assert.That(Rows("INSERT ALL INTO t1 INTO t2 (v, k) VALUES (b, a) SELECT a, b FROM src").Single(), Is.EqualTo(new object?[] { 4L, 4L }));
        Assert.That(Scalar("SELECT COUNT(*) FROM t1"), Is.EqualTo(4L));
        Assert.That(Rows("SELECT k, v FROM t2 WHERE k = 2").Single(), Is.EqualTo(new object?[] { 2m, "y" }));
    }

    [Test]
    public void Conditional_all_runs_every_true_clause_and_else_when_none_is_true()
    {
        var counts = Rows("INSERT ALL WHEN a >= 2 THEN INTO t1 WHEN a >= 1 THEN INTO t2 (k) VALUES (a) ELSE INTO t3 (a, b) VALUES (0, b) " +
                          "SELECT a, b FROM src").Single();
        // a=2,3 match both WHENs, a=1 the second only; a=NULL makes both conditions NULL (not TRUE), so ELSE takes it.
        Assert.That(counts, Is.EqualTo(new object?[] { 2L, 3L, 1L }));
        Assert.That(Rows("SELECT a, b FROM t3").Single(), Is.EqualTo(new object?[] { 0m, "n" }));
    }

    [Test]
    public void First_runs_only_the_first_true_clause()
    {
        var counts = Rows("INSERT FIRST WHEN a >= 2 THEN INTO t1 WHEN a >= 1 THEN INTO t2 (k, v) VALUES (a, DEFAULT) " +
                          "ELSE INTO t1 (a, b) VALUES (a, b) SELECT a, b FROM src").Single();
        Assert.That(counts, Is.EqualTo(new object?[] { 2L, 1L, 1L }));
        Assert.That(Rows("SELECT k, v FROM t2").Single(), Is.EqualTo(new object?[] { 1m, "dflt" }));
        Assert.That(Rows("SELECT a FROM t1 ORDER BY a NULLS FIRST").Select(r => r[0]), Is.EqualTo(new object?[] { null, 2m, 3m }));
    }

    [Test]
    public void Overwrite_empties_each_target_first()
    {
        Rows("INSERT INTO t1 VALUES (99, 'old'); INSERT INTO t2 (k) VALUES (98)");
        Assert.That(Rows("INSERT OVERWRITE ALL INTO t1 INTO t2 SELECT a, b FROM src WHERE a = 1").Single(), Is.EqualTo(new object?[] { 1L, 1L }));
        Assert.That(Rows("SELECT a FROM t1").Single(), Is.EqualTo(new object?[] { 1m }));
        Assert.That(Rows("SELECT k FROM t2").Single(), Is.EqualTo(new object?[] { 1m }));
    }

    [Test]
    public void A_failing_clause_leaves_every_target_unchanged()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("INSERT ALL INTO t1 INTO t3 SELECT a, b FROM src"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("100072"));
        Assert.That(Scalar("SELECT COUNT(*) FROM t1"), Is.EqualTo(0L));
        // The session stays usable, and no temporary source table is left behind.
        Assert.That(Rows("INSERT ALL INTO t1 SELECT a, b FROM src WHERE a = 1").Single(), Is.EqualTo(new object?[] { 1L }));
        Assert.That(Scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_name ILIKE '%multi_insert%'"), Is.EqualTo(0L));
    }

    [Test]
    public void Inside_an_explicit_transaction_rollback_undoes_it()
    {
        Rows("BEGIN");
        Rows("INSERT ALL INTO t1 INTO t2 SELECT a, b FROM src");
        Rows("ROLLBACK");
        Assert.That(Scalar("SELECT COUNT(*) FROM t1"), Is.EqualTo(0L));
    }

    [Test]
    public void Value_list_must_match_the_column_list()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("INSERT ALL INTO t1 (a, b) VALUES (a) SELECT a, b FROM src"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002020"));
    }

    [Test]
    public void First_without_when_is_a_syntax_error()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("INSERT FIRST INTO t1 SELECT a, b FROM src"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("001003"));
    }

    [Test]
    public void Insert_overwrite_that_fails_keeps_the_old_rows()
    {
        Rows("INSERT INTO t1 VALUES (7, 'keep')");
        Assert.Throws<SnowflakeSqlException>(() => Rows("INSERT OVERWRITE INTO t1 SELECT 1 / 0, 'x'"));
        Assert.That(Rows("SELECT a, b FROM t1").Single(), Is.EqualTo(new object?[] { 7m, "keep" }));
    }
}
