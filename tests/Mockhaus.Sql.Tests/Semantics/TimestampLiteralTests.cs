using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// Timestamp strings with a UTC offset after a space, as Snowflake writes and accepts them
/// (docs.snowflake.com/en/sql-reference/date-time-input-output: "YYYY-MM-DD HH24:MI:SS.FF TZH:TZM").
/// </summary>
public class TimestampLiteralTests : TranslatorTestBase
{
    [TestCase("SELECT '2024-01-02 03:04:05.123 +02:00'::TIMESTAMP_LTZ = '2024-01-02 01:04:05.123+00:00'::TIMESTAMPTZ")]
    [TestCase("SELECT '2024-01-02 03:04:05 -0530'::TIMESTAMP_TZ = '2024-01-02 08:34:05+00'::TIMESTAMPTZ")]
    [TestCase("SELECT TIMESTAMP_LTZ '2024-01-02 03:04:05 +00:00' = '2024-01-02 03:04:05+00:00'::TIMESTAMPTZ")]
    public void Offsets_after_a_space_are_read_as_offsets(string sql) =>
        Assert.That(Scalar(sql), Is.EqualTo(true));

    // TIMESTAMP_NTZ ignores a time zone offset in its input.
    [TestCase("SELECT '2024-01-02 03:04:05 +02:00'::TIMESTAMP_NTZ", "2024-01-02 03:04:05")]
    [TestCase("SELECT '2024-01-02 03:04:05'::TIMESTAMP_NTZ", "2024-01-02 03:04:05")]
    [TestCase("SELECT '2024-01-02'::TIMESTAMP_NTZ", "2024-01-02 00:00:00")]
    public void Ntz_ignores_the_offset(string sql, string expected) =>
        Assert.That(((DateTime)Scalar(sql)!).ToString("yyyy-MM-dd HH:mm:ss"), Is.EqualTo(expected));
}
