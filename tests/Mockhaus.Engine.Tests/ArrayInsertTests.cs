using Mockhaus.Engine.Binds;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>Array-bound INSERTs as one bulk statement (staging table + INSERT ... SELECT), and when they are not.</summary>
public class ArrayInsertTests : EngineTestBase
{
    /// <summary>A batch of positional binds from rows, each bind an object column (as the server builds mixed lists).</summary>
    private static BindBatch Batch(params object?[][] rows) =>
        new(Enumerable.Range(0, rows[0].Length).Select(c => BindColumn.OfObjects(null, rows.Select(r => r[c]).ToArray())).ToList(), rows.Length);

    [Test]
    public void Plain_insert_of_binds_runs_as_one_bulk_insert_with_the_exact_count()
    {
        Rows("CREATE TABLE t (id INTEGER, name VARCHAR, amount NUMBER(10,2))");
        var statement = Session.Translate("INSERT INTO t (name, id, amount) VALUES (?, ?, ?)").Single();
        var binds = new BindBatch(
        [
            BindColumn.Of<string>(null, ["a", "b", ""], [false, false, true]),
            BindColumn.Of<long>(null, [1, 2, 3], null),
            BindColumn.OfObjects(null, [1.5m, 2L, null]),
        ], 3);
        using (var result = Session.TryExecuteArrayInsert(statement, binds))
        {
            Assert.That(result, Is.Not.Null, "a VALUES row of plain binds takes the bulk path");
            Assert.That(ReadAll(result!).Single(), Is.EqualTo(new object?[] { 3L }));
        }
        Assert.That(Rows("SELECT id, name, amount FROM t ORDER BY id"), Is.EqualTo(new[]
        {
            new object?[] { 1, "a", 1.50m }, new object?[] { 2, "b", 2.00m }, new object?[] { 3, null, null },
        }));
    }

    [Test]
    public void Named_binds_feed_their_placeholders_by_name()
    {
        Rows("CREATE TABLE t (a INTEGER, b VARCHAR)");
        var statement = Session.Translate("INSERT INTO t VALUES (:a, :b)").Single();
        var binds = new BindBatch([BindColumn.Of<string>("b", ["x", "y"], null), BindColumn.Of<long>("a", [1, 2], null)], 2);
        using (var result = Session.TryExecuteArrayInsert(statement, binds))
            Assert.That(result, Is.Not.Null);
        Assert.That(Rows("SELECT a, b FROM t ORDER BY a"), Is.EqualTo(new[] { new object?[] { 1, "x" }, new object?[] { 2, "y" } }));
    }

    [TestCase("INSERT INTO t VALUES (? + 1)")]
    [TestCase("INSERT INTO t VALUES (?), (?)")]
    [TestCase("INSERT OVERWRITE INTO t VALUES (?)")]
    [TestCase("UPDATE t SET id = ?")]
    public void Other_shapes_are_left_to_the_row_by_row_path(string sql)
    {
        Rows("CREATE TABLE t (id INTEGER)");
        var statement = Session.Translate(sql).Single();
        Assert.That(Session.TryExecuteArrayInsert(statement, Batch([1L, 2L], [3L, 4L])), Is.Null);
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(0L), "nothing ran");
    }

    [Test]
    public void Timestamps_and_other_values_converted_one_by_one_stage_by_their_type()
    {
        Rows("CREATE TABLE t (ts TIMESTAMP_NTZ, tm TIME, bin BINARY)");
        var statement = Session.Translate("INSERT INTO t VALUES (?, ?, ?)").Single();
        var binds = Batch([new DateTime(2024, 1, 2, 3, 4, 5), new TimeOnly(13, 14, 15), new byte[] { 1, 255 }], [null, null, null]);
        using (var result = Session.TryExecuteArrayInsert(statement, binds))
            Assert.That(result, Is.Not.Null);
        Assert.That(Rows("SELECT CAST(ts AS VARCHAR), CAST(tm AS VARCHAR), HEX_ENCODE(bin) FROM t ORDER BY ts NULLS LAST"), Is.EqualTo(new[]
        {
            new object?[] { "2024-01-02 03:04:05", "13:14:15", "01FF" }, new object?[] { null, null, null },
        }));
    }

    [Test]
    public void Values_without_one_staging_type_are_left_to_the_row_by_row_path()
    {
        Rows("CREATE TABLE t (d DATE)");
        var statement = Session.Translate("INSERT INTO t VALUES (?)").Single();
        Assert.That(Session.TryExecuteArrayInsert(statement, Batch([new DateOnly(2024, 1, 2)], ["2024-01-03"])), Is.Null);
    }

    [Test]
    public void A_failing_bulk_insert_leaves_no_rows_behind()
    {
        Rows("CREATE TABLE t (id INTEGER NOT NULL)");
        var statement = Session.Translate("INSERT INTO t VALUES (?)").Single();
        var error = Assert.Throws<SnowflakeSqlException>(() => Session.TryExecuteArrayInsert(statement, Batch([1L], [null])))!;
        Assert.That(error.ErrorCode, Is.EqualTo("100072"));
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(0L));
        using (var retry = Session.TryExecuteArrayInsert(statement, Batch([1L], [2L])))
            Assert.That(ReadAll(retry!).Single(), Is.EqualTo(new object?[] { 2L }), "the session is usable for the next batch");
    }

    [Test]
    public void Bulk_insert_inside_an_explicit_transaction_rolls_back_with_it()
    {
        Rows("CREATE TABLE t (id INTEGER)");
        Rows("BEGIN");
        var statement = Session.Translate("INSERT INTO t VALUES (?)").Single();
        using (Session.TryExecuteArrayInsert(statement, Batch([1L], [2L])))
        {
        }
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(2L));
        Rows("ROLLBACK");
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(0L));
    }
}
