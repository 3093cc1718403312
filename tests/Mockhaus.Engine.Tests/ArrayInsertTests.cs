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

    [TestCase("INSERT INTO t VALUES (?, ?, ?, ?, ?)")]
    [TestCase("INSERT INTO t (b, d, f, s, n) VALUES (?5, ?4, ?3, ?2, ?1)")]
    public void Rows_for_every_column_of_a_table_go_in_whole_or_not_at_all(string sql)
    {
        Rows("CREATE TABLE t (n NUMBER(38,0) NOT NULL, s VARCHAR, f FLOAT, d DATE, b BOOLEAN)");
        var statement = Session.Translate(sql.Replace("?5", ":5").Replace("?4", ":4").Replace("?3", ":3").Replace("?2", ":2").Replace("?1", ":1")).Single();
        BindBatch Binds(long?[] numbers) => new(
        [
            BindColumn.OfObjects(null, numbers.Select(n => (object?)n).ToArray()),
            BindColumn.Of<string>(null, ["a", "b", "c"], null),
            BindColumn.Of<double>(null, [1.5, 2.5, 3.5], null),
            BindColumn.Of<DateOnly>(null, [new(2024, 1, 1), new(2024, 1, 2), new(2024, 1, 3)], null),
            BindColumn.Of<bool>(null, [true, false, true], null),
        ], 3);
        var error = Assert.Throws<SnowflakeSqlException>(() => Session.TryExecuteArrayInsert(statement, Binds([1, null, 3])))!;
        Assert.That(error.ErrorCode, Is.EqualTo("100072"));
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(0L));

        var typed = new BindBatch([BindColumn.Of<long>(null, [1, 2, 3], null), .. Binds([1, 2, 3]).Columns.Skip(1)], 3);
        using (var result = Session.TryExecuteArrayInsert(statement, typed))
            Assert.That(ReadAll(result!).Single(), Is.EqualTo(new object?[] { 3L }));
        Assert.That(Rows("SELECT n, s, f, CAST(d AS VARCHAR), b FROM t ORDER BY n"), Is.EqualTo(new[]
        {
            new object?[] { 1m, "a", 1.5, "2024-01-01", true }, new object?[] { 2m, "b", 2.5, "2024-01-02", false },
            new object?[] { 3m, "c", 3.5, "2024-01-03", true },
        }));
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
