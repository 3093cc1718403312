namespace Mockhaus.Engine.Tests;

/// <summary>
/// Snowflake's timestamp output text ('2024-01-05 10:00:00.000 +0100') inserted into LTZ/TZ, NTZ and VARCHAR columns
/// of the session's tables (https://docs.snowflake.com/en/sql-reference/date-time-input-output).
/// </summary>
public class InsertTimestampTextTests : EngineTestBase
{
    [Test]
    public void Timestamp_columns_read_the_offset_text_columns_keep_it()
    {
        Rows("ALTER SESSION SET TIMEZONE = 'UTC'");
        Rows("CREATE TABLE s (id INT, ts TIMESTAMP_LTZ, txt VARCHAR, n TIMESTAMP_NTZ)");
        Rows("INSERT INTO s VALUES (1, '2024-01-05 10:00:00 +01:00', '2024-01-05 10:00:00 +01:00', '2024-01-05 10:00:00.000 +0100')");
        Rows("INSERT INTO s (txt, ts, id) VALUES ('x', '2024-01-05 12:00:00.000 -0800', 2)");
        Assert.That(Rows("SELECT id, ts::VARCHAR, txt, n::VARCHAR FROM s ORDER BY id"), Is.EqualTo(new[]
        {
            new object?[] { 1m, "2024-01-05 09:00:00+00", "2024-01-05 10:00:00 +01:00", "2024-01-05 10:00:00" },
            new object?[] { 2m, "2024-01-05 20:00:00+00", "x", null },
        }));
    }

    [Test]
    public void A_temporary_table_is_the_target_when_it_hides_a_permanent_one()
    {
        Rows("CREATE TABLE t (a VARCHAR); CREATE TEMPORARY TABLE t (a TIMESTAMP_TZ)");
        Rows("INSERT INTO t VALUES ('2024-01-05 10:00:00 +01:00')");
        Assert.That(Scalar("SELECT COUNT(*) FROM t WHERE a = '2024-01-05 09:00:00 +00:00'::TIMESTAMP_TZ"), Is.EqualTo(1L));
    }
}
