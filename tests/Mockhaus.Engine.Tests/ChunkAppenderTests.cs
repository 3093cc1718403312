using Mockhaus.Engine.Binds;
using Mockhaus.Engine.Errors;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>Bind columns written into a table a data chunk at a time (<see cref="ChunkAppender"/>), across chunk boundaries.</summary>
public class ChunkAppenderTests : EngineTestBase
{
    private const int RowCount = 5000; // three data chunks of 2,048 rows

    private static readonly int[] NullRows = [0, 2047, 2048, 4999];

    private static bool[] Nulls() => Enumerable.Range(0, RowCount).Select(r => NullRows.Contains(r)).ToArray();

    private static string Text(int row) => row switch
    {
        1 => "",
        2 => "grüße € 😀",
        3 => new string('x', 1000),
        _ => "name-" + row,
    };

    private static List<BindColumn> Columns() =>
    [
        BindColumn.Of<long>(null, Enumerable.Range(0, RowCount).Select(r => r == 5 ? long.MinValue : r == 6 ? long.MaxValue : r - 100L).ToArray(), Nulls()),
        BindColumn.Of<string>(null, Enumerable.Range(0, RowCount).Select(r => NullRows.Contains(r) ? null! : Text(r)).ToArray(), Nulls()),
        BindColumn.Of<double>(null, Enumerable.Range(0, RowCount).Select(r => r + 0.5).ToArray(), Nulls()),
        BindColumn.Of<DateOnly>(null, Enumerable.Range(0, RowCount).Select(r => new DateOnly(1960, 1, 1).AddDays(r * 7)).ToArray(), Nulls()),
        BindColumn.Of<bool>(null, Enumerable.Range(0, RowCount).Select(r => r % 3 == 0).ToArray(), Nulls()),
    ];

    private static string Day(int row) => new DateOnly(1960, 1, 1).AddDays(row * 7).ToString("yyyy-MM-dd");

    [Test]
    public void Typed_columns_arrive_exactly_across_chunks()
    {
        Rows("CREATE TABLE t (n NUMBER(38,0), s VARCHAR, f FLOAT, d DATE, b BOOLEAN)");
        var appended = ChunkAppender.TryAppend(Session.Connection, "TESTDB", "PUBLIC", "T", Columns(), RowCount, () => { });
        Assert.That(appended, Is.True, "every column fits its table column as it is");

        Assert.That(Rows("SELECT COUNT(*), COUNT(n), COUNT(s), COUNT(f), COUNT(d), COUNT(b) FROM t").Single(),
            Is.EqualTo(new object?[] { 5000L, 4996L, 4996L, 4996L, 4996L, 4996L }));
        var expected = Enumerable.Range(0, RowCount).Where(r => !NullRows.Contains(r)).ToList();
        Assert.That(Scalar("SELECT SUM(f) FROM t"), Is.EqualTo(expected.Sum(r => r + 0.5)));
        Assert.That(Scalar("SELECT COUNT_IF(b) FROM t"), Is.EqualTo((long)expected.Count(r => r % 3 == 0)));
        Assert.That(Rows("SELECT n::VARCHAR, s, CAST(d AS VARCHAR) FROM t WHERE f IN (1.5, 2.5, 3.5, 5.5, 6.5, 2049.5, 4998.5) ORDER BY f"), Is.EqualTo(new[]
        {
            new object?[] { "-99", "", "1960-01-08" },
            new object?[] { "-98", "grüße € 😀", "1960-01-15" },
            new object?[] { "-97", new string('x', 1000), "1960-01-22" },
            new object?[] { long.MinValue.ToString(), "name-5", "1960-02-05" },
            new object?[] { long.MaxValue.ToString(), "name-6", "1960-02-12" },
            new object?[] { "1949", "name-2049", Day(2049) },
            new object?[] { "4898", "name-4998", Day(4998) },
        }));
        Assert.That(Scalar("SELECT COUNT(*) FROM t WHERE n IS NULL AND s IS NULL AND f IS NULL AND d IS NULL AND b IS NULL"), Is.EqualTo(4L));
    }

    [Test]
    public void Utf8_text_is_copied_from_its_source_bytes_across_chunks()
    {
        Rows("CREATE TABLE t (s VARCHAR)");
        var texts = Enumerable.Range(0, RowCount).Select(r => NullRows.Contains(r) ? null : Text(r)).ToList();
        var source = new List<byte> { (byte)'[' };
        var starts = new int[RowCount];
        var lengths = new int[RowCount];
        for (var r = 0; r < RowCount; r++)
        {
            var bytes = texts[r] is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : [];
            starts[r] = source.Count;
            lengths[r] = texts[r] is null ? BindColumn.NullLength : bytes.Length;
            source.AddRange(bytes);
            source.Add((byte)',');
        }
        var column = BindColumn.OfUtf8(null, source.ToArray(), starts, lengths);
        Assert.That(ChunkAppender.TryAppend(Session.Connection, "TESTDB", "PUBLIC", "T", [column], RowCount, () => { }), Is.True);
        Assert.That(Rows("SELECT s FROM t").Select(row => (string?)row[0]).Order(StringComparer.Ordinal),
            Is.EqualTo(texts.Order(StringComparer.Ordinal)));
        Assert.That(column.ValueAt(2), Is.EqualTo("grüße € 😀"), "the row-by-row path reads the same value");
        Assert.That(column.ValueAt(0), Is.Null);
    }

    [Test]
    public void A_null_string_without_a_null_mask_is_null()
    {
        Rows("CREATE TABLE t (s VARCHAR)");
        var texts = BindColumn.Of<string>(null, ["a", null!, "c"], null);
        Assert.That(ChunkAppender.TryAppend(Session.Connection, "TESTDB", "PUBLIC", "T", [texts], 3, () => { }), Is.True);
        Assert.That(Rows("SELECT s FROM t ORDER BY s NULLS LAST"), Is.EqualTo(new[] { new object?[] { "a" }, new object?[] { "c" }, new object?[] { null } }));
    }

    [Test]
    public void Columns_that_need_a_conversion_are_left_to_the_row_appender()
    {
        Rows("CREATE TABLE t (n NUMBER(10,2))");
        var appended = ChunkAppender.TryAppend(Session.Connection, "TESTDB", "PUBLIC", "T", [BindColumn.Of<long>(null, [1, 2], null)], 2, () => { });
        Assert.That(appended, Is.False);
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(0L), "nothing was appended");
    }

    [Test]
    public void A_null_for_a_not_null_column_in_a_later_chunk_is_refused_with_duckdbs_message()
    {
        Rows("CREATE TABLE t (n NUMBER(38,0) NOT NULL)");
        var numbers = BindColumn.Of<long>(null, new long[RowCount], Enumerable.Range(0, RowCount).Select(r => r == 3000).ToArray());
        var error = Assert.Throws<DuckDbNativeError>(() =>
            ChunkAppender.TryAppend(Session.Connection, "TESTDB", "PUBLIC", "T", [numbers], RowCount, () => { }))!;
        Assert.That(error.Message, Does.Contain("NOT NULL constraint failed"));
    }

    [Test]
    public void A_bulk_insert_refused_in_a_later_chunk_leaves_no_rows_behind()
    {
        Rows("CREATE TABLE t (n NUMBER(38,0) NOT NULL, s VARCHAR)");
        var statement = Session.Translate("INSERT INTO t VALUES (?, ?)").Single();
        var binds = new BindBatch(
        [
            BindColumn.Of<long>(null, new long[RowCount], Enumerable.Range(0, RowCount).Select(r => r == 3000).ToArray()),
            BindColumn.Of<string>(null, Enumerable.Range(0, RowCount).Select(r => "v" + r).ToArray(), null),
        ], RowCount);
        var error = Assert.Throws<SnowflakeSqlException>(() => Session.TryExecuteArrayInsert(statement, binds))!;
        Assert.That((error.ErrorCode, error.SqlState), Is.EqualTo(("100072", "22000")));
        Assert.That(Scalar("SELECT COUNT(*) FROM t"), Is.EqualTo(0L));
    }

    [Test]
    public void Cancelling_between_chunks_stops_the_append()
    {
        Rows("CREATE TABLE t (n NUMBER(38,0))");
        var checks = 0;
        Assert.Throws<OperationCanceledException>(() => ChunkAppender.TryAppend(Session.Connection, "TESTDB", "PUBLIC", "T",
            [BindColumn.Of<long>(null, new long[RowCount], null)], RowCount, () =>
            {
                if (++checks == 2)
                    throw new OperationCanceledException();
            }));
        Assert.That(checks, Is.EqualTo(2));
    }
}
