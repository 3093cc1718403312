using Mockhaus.Engine.Binds;
using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// TIMESTAMP_TZ columns keep each value's own UTC offset beside its instant, compare by instant and convert by their own
/// wall clock (https://docs.snowflake.com/en/sql-reference/data-types-datetime#timestamp-ltz-timestamp-ntz-timestamp-tz).
/// Values are read back as Snowflake's TIMESTAMP_TZ_OUTPUT_FORMAT default 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM'
/// (https://docs.snowflake.com/en/sql-reference/parameters#timestamp-tz-output-format).
/// </summary>
public class TimestampTzTests : EngineTestBase
{
    [SetUp]
    public void SessionZone() => Rows("ALTER SESSION SET TIMEZONE = 'America/Los_Angeles'");

    private List<string?> Texts(string sql) => Rows(sql).Select(r => (string?)r[0]).ToList();

    private void CreateEvents()
    {
        Rows("CREATE TABLE events (id INT, ts TIMESTAMP_TZ)");
        Rows("INSERT INTO events VALUES (1, '2024-01-01 10:00:00 +05:30'), (2, '2024-01-01 04:30:00.000 +0000'), " +
             "(3, '2024-01-01T09:00:00-08:00'), (4, NULL), (5, '2024-07-01 10:00:00'), (6, '2024-01-01T04:30:00Z')");
    }

    [Test]
    public void Values_keep_the_offset_they_were_written_with()
    {
        CreateEvents();
        Assert.That(Texts("SELECT ts::VARCHAR FROM events ORDER BY id"), Is.EqualTo(new[]
        {
            "2024-01-01 10:00:00.000 +0530", "2024-01-01 04:30:00.000 +0000", "2024-01-01 09:00:00.000 -0800", null,
            // Text without an offset takes the session zone's offset at that instant (PDT in July).
            "2024-07-01 10:00:00.000 -0700", "2024-01-01 04:30:00.000 +0000",
        }));
    }

    [Test]
    public void A_column_reports_timestamp_tz_with_its_declared_scale()
    {
        Rows("CREATE TABLE t (a TIMESTAMP_TZ, b TIMESTAMP_TZ(3))");
        using var result = Session.Execute(Session.Translate("SELECT a, b, a AS c FROM t").Single());
        Assert.That(result.Rows.Columns.Select(c => (c.Type.Kind, c.Type.Scale)), Is.EqualTo(new[]
        {
            (SnowflakeTypeKind.TimestampTz, (int?)9), (SnowflakeTypeKind.TimestampTz, 3), (SnowflakeTypeKind.TimestampTz, 9),
        }));
    }

    [Test]
    public void Comparisons_joins_and_extremes_go_by_instant()
    {
        CreateEvents();
        // Rows 1, 2 and 6 are the same instant written with different offsets.
        Assert.That(Rows("SELECT a.id, b.id FROM events a JOIN events b ON a.ts = b.ts AND a.id < b.id ORDER BY 1, 2")
            .Select(r => $"{r[0]}-{r[1]}"), Is.EqualTo(new[] { "1-2", "1-6", "2-6" }));
        Assert.That(Rows("SELECT id FROM events WHERE ts = '2024-01-01 05:30:00 +01:00'::TIMESTAMP_TZ ORDER BY id").Select(r => r[0]),
            Is.EqualTo(new object[] { 1m, 2m, 6m }));
        Assert.That(Rows("SELECT id FROM events WHERE ts > '2024-01-01 09:00:00+00:00' ORDER BY id").Select(r => r[0]),
            Is.EqualTo(new object[] { 3m, 5m }));
        Assert.That(Rows("SELECT id FROM events WHERE ts BETWEEN '2024-01-01 04:30:00 +00:00'::TIMESTAMP_TZ AND CURRENT_TIMESTAMP() ORDER BY id")
            .Select(r => r[0]), Is.EqualTo(new object[] { 1m, 2m, 3m, 5m, 6m }));
        Assert.That(Texts("SELECT MAX(ts)::VARCHAR FROM events"), Is.EqualTo(new[] { "2024-07-01 10:00:00.000 -0700" }));
        Assert.That(Rows("SELECT id FROM events WHERE ts IS NOT NULL ORDER BY ts DESC, id LIMIT 2").Select(r => r[0]),
            Is.EqualTo(new object[] { 5m, 3m }));
    }

    [Test]
    public void Comparisons_with_ntz_and_ltz_values_read_them_in_the_session_zone()
    {
        CreateEvents();
        Assert.That(Scalar("SELECT COUNT(*) FROM events WHERE ts = '2024-01-01 09:00:00'::TIMESTAMP_NTZ"), Is.EqualTo(1L));
        Assert.That(Scalar("SELECT COUNT(*) FROM events WHERE ts = '2023-12-31 20:30:00'::TIMESTAMP_LTZ"), Is.EqualTo(3L));
    }

    [Test]
    public void Conversions_read_the_values_own_wall_clock()
    {
        CreateEvents();
        Assert.That(Rows("SELECT ts::TIMESTAMP_NTZ::VARCHAR, ts::DATE::VARCHAR, ts::TIME::VARCHAR, YEAR(ts), HOUR(ts), " +
                         "DATE_PART(timezone_hour, ts), DATE_PART(timezone_minute, ts), TO_CHAR(ts, 'YYYY-MM-DD HH24:MI TZH:TZM') FROM events WHERE id = 1").Single(),
            Is.EqualTo(new object?[] { "2024-01-01 10:00:00.000", "2024-01-01", "10:00:00", 2024L, 10L, 5L, 30L, "2024-01-01 10:00 +05:30" }));
        // To TIMESTAMP_LTZ: the instant, shown in the session zone.
        Assert.That(Texts("SELECT TO_CHAR(ts::TIMESTAMP_LTZ, 'YYYY-MM-DD HH24:MI TZH:TZM') FROM events WHERE id = 1"),
            Is.EqualTo(new[] { "2023-12-31 20:30 -08:00" }));
    }

    [Test]
    public void Date_arithmetic_keeps_the_offset()
    {
        CreateEvents();
        Assert.That(Rows("SELECT DATEADD(day, 1, ts)::VARCHAR, DATEADD(hour, -11, ts)::VARCHAR, DATE_TRUNC('month', ts)::VARCHAR, " +
                         "DATEDIFF(hour, ts, '2024-01-01 10:00:00 +00:00'::TIMESTAMP_TZ), LAST_DAY(ts)::VARCHAR FROM events WHERE id = 1").Single(),
            Is.EqualTo(new object?[] { "2024-01-02 10:00:00.000 +0530", "2023-12-31 23:00:00.000 +0530", "2024-01-01 00:00:00.000 +0530", 6L, "2024-01-31" }));
    }

    [Test]
    public void Update_insert_select_and_ctas_keep_or_give_offsets()
    {
        CreateEvents();
        Rows("UPDATE events SET ts = '2024-03-03 03:03:03 -02:00' WHERE id = 4");
        Rows("CREATE TABLE copy AS SELECT id, ts FROM events");
        Rows("CREATE TABLE other (id INT, ts TIMESTAMP_TZ, src TIMESTAMP_NTZ)");
        Rows("INSERT INTO other (id, ts) SELECT id, ts FROM copy WHERE id IN (1, 4)");
        Rows("INSERT INTO other SELECT 7, '2024-02-02 02:02:02'::TIMESTAMP_NTZ, NULL");
        Rows("INSERT INTO other (id, ts) SELECT 8, CONVERT_TIMEZONE('Asia/Tokyo', '2024-02-02 00:00:00 +00:00'::TIMESTAMP_TZ)");
        Assert.That(Texts("SELECT ts::VARCHAR FROM other ORDER BY id"), Is.EqualTo(new[]
        {
            "2024-01-01 10:00:00.000 +0530", "2024-03-03 03:03:03.000 -0200", "2024-02-02 02:02:02.000 -0800", "2024-02-02 09:00:00.000 +0900",
        }));
        using var result = Session.Execute(Session.Translate("SELECT ts FROM copy").Single());
        Assert.That(result.Rows.Columns.Single().Type.Kind, Is.EqualTo(SnowflakeTypeKind.TimestampTz));
    }

    [Test]
    public void Metadata_reports_the_declared_type()
    {
        Rows("CREATE TABLE t (a TIMESTAMP_TZ, b TIMESTAMP_TZ(3))");
        Rows("CREATE TABLE c AS SELECT a FROM t");
        Assert.That(Rows("DESCRIBE TABLE t").Select(r => r[1]), Is.EqualTo(new object[] { "TIMESTAMP_TZ(9)", "TIMESTAMP_TZ(3)" }));
        Assert.That(Rows("SELECT data_type FROM information_schema.columns WHERE table_name = 'T' ORDER BY ordinal_position").Select(r => r[0]),
            Is.EqualTo(new object[] { "TIMESTAMP_TZ", "TIMESTAMP_TZ" }));
        Assert.That(Rows("SHOW COLUMNS IN TABLE t").Select(r => (string)r[3]!), Has.All.Contains("TIMESTAMP_TZ"));
        Assert.That(Rows("DESCRIBE TABLE c").Select(r => r[1]), Is.EqualTo(new object[] { "TIMESTAMP_TZ(9)" }));
        Assert.That((string?)Scalar("SELECT GET_DDL('TABLE', 't')"), Does.Contain("TIMESTAMP_TZ(3)"));
    }

    [Test]
    public void Binds_with_an_offset_keep_it_and_text_binds_are_read_as_literals()
    {
        Rows("CREATE TABLE t (id INT, ts TIMESTAMP_TZ, l TIMESTAMP_LTZ)");
        // The server turns a TIMESTAMP_TZ bind ("<UTC ns> <offset + 1440>") into ISO text with the offset.
        using (Session.Execute(Session.Translate("INSERT INTO t VALUES (?, ?, ?)").Single(), [1L, "2024-01-01 10:00:00.000000+05:30", "2024-01-01 10:00:00.000000+05:30"])) { }
        using (Session.Execute(Session.Translate("INSERT INTO t (id, ts) VALUES (?, ?)").Single(), [2L, "2024-01-02T03:04:05.000Z"])) { }
        Assert.That(Rows("SELECT ts::VARCHAR, TO_CHAR(l, 'YYYY-MM-DD HH24:MI TZH:TZM') FROM t ORDER BY id").Select(r => $"{r[0]} | {r[1]}"), Is.EqualTo(new[]
        {
            "2024-01-01 10:00:00.000 +0530 | 2023-12-31 20:30 -08:00", "2024-01-02 03:04:05.000 +0000 | ",
        }));
        var found = Session.Execute(Session.Translate("SELECT id FROM t WHERE ts = ?").Single(), ["2024-01-01 04:30:00.000000+00:00"]);
        using (found)
            Assert.That(ReadAll(found).Select(r => r[0]), Is.EqualTo(new object[] { 1m }));
    }

    [Test]
    public void Array_binds_into_a_timestamp_tz_column_keep_each_offset()
    {
        Rows("CREATE TABLE t (id INT, ts TIMESTAMP_TZ)");
        var statement = Session.Translate("INSERT INTO t VALUES (?, ?)").Single();
        var binds = new BindBatch(
        [
            BindColumn.Of<long>(null, [1, 2, 3], null),
            BindColumn.OfObjects(null, ["2024-01-01 10:00:00.000000+05:30", "2024-01-01 10:00:00.000000-08:00", null]),
        ], 3);
        using (var result = Session.TryExecuteArrayInsert(statement, binds))
            Assert.That(ReadAll(result!).Single(), Is.EqualTo(new object?[] { 3L }));
        Assert.That(Texts("SELECT ts::VARCHAR FROM t ORDER BY id"), Is.EqualTo(new[]
        {
            "2024-01-01 10:00:00.000 +0530", "2024-01-01 10:00:00.000 -0800", null,
        }));
    }

    [Test]
    public void Timestamp_type_mapping_tz_makes_timestamp_columns_keep_offsets()
    {
        Rows("ALTER SESSION SET TIMESTAMP_TYPE_MAPPING = 'TIMESTAMP_TZ'");
        Rows("CREATE TABLE t (ts TIMESTAMP)");
        Rows("INSERT INTO t VALUES ('2024-01-01 10:00:00 +05:30')");
        Assert.That(Texts("SELECT TO_TIMESTAMP('2024-05-01 01:02:03 -03:00')::VARCHAR UNION ALL SELECT ts::VARCHAR FROM t"),
            Is.EqualTo(new[] { "2024-05-01 01:02:03.000 -0300", "2024-01-01 10:00:00.000 +0530" }));
    }
}
