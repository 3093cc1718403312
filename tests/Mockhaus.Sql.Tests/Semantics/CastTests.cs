using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>
/// Casts with Snowflake type names (https://docs.snowflake.com/en/sql-reference/data-types) and their values:
/// text to NUMBER rounds half away from zero, integers are NUMBER(38,0) (DuckDB HUGEINT), TIMESTAMP_NTZ(9) keeps nanoseconds.
/// </summary>
public class CastTests : TranslatorTestBase
{
    [TestCase("SELECT '1'::int", "1")]
    [TestCase("SELECT '1.5'::int", "2")]
    [TestCase("SELECT '-2.5'::integer", "-3")]
    [TestCase("SELECT 1.5::int", "2")]
    [TestCase("SELECT 2.4::number", "2")]
    [TestCase("SELECT CAST('12.345' AS NUMBER(5,2))", "12.35")]
    [TestCase("SELECT CAST('12.344' AS DECIMAL(10,2))", "12.34")]
    [TestCase("SELECT '7'::numeric(3,1)", "7.0")]
    [TestCase("SELECT TRY_CAST('abc' AS INT)", "NULL")]
    [TestCase("SELECT TRY_CAST('42' AS INT)", "42")]
    [TestCase("SELECT CAST(12345678901234567890123 AS NUMBER(38,0))::varchar", "12345678901234567890123")]
    [TestCase("SELECT '123456789012345678901234567'::bigint::varchar", "123456789012345678901234567")]
    [TestCase("SELECT 1::varchar", "1")]
    [TestCase("SELECT 'abc'::string", "abc")]
    [TestCase("SELECT 'abc'::text", "abc")]
    [TestCase("SELECT 3.25::float", "3.25")]
    [TestCase("SELECT '3.5'::double", "3.5")]
    [TestCase("SELECT '1e2'::real", "100")]
    [TestCase("SELECT 'true'::boolean", "true")]
    [TestCase("SELECT 'FALSE'::boolean", "false")]
    [TestCase("SELECT 0::boolean", "false")]
    [TestCase("SELECT '2024-02-29'::date", "2024-02-29")]
    [TestCase("SELECT TO_CHAR(CAST('2024-01-02 03:04:05.123456789' AS TIMESTAMP_NTZ(9)), 'YYYY-MM-DD HH24:MI:SS.FF9')", "2024-01-02 03:04:05.123456789")]
    [TestCase("SELECT TO_CHAR('2024-01-02 03:04:05.123456789'::timestamp(9), 'YYYY-MM-DD HH24:MI:SS.FF9')", "2024-01-02 03:04:05.123456789")]
    // A cast to text uses the default TIMESTAMP_NTZ_OUTPUT_FORMAT 'YYYY-MM-DD HH24:MI:SS.FF3'
    // (https://docs.snowflake.com/en/sql-reference/parameters#timestamp-ntz-output-format).
    [TestCase("SELECT CAST('2024-01-02 03:04:05.123456789' AS TIMESTAMP_NTZ(9))::varchar", "2024-01-02 03:04:05.123")]
    // A bare TIMESTAMP_NTZ holds microseconds so that it spans years 1-9999 (see TypeMapper.TimestampWithoutZone).
    [TestCase("SELECT TO_CHAR('2024-01-02 03:04:05.123456789'::timestamp_ntz, 'YYYY-MM-DD HH24:MI:SS.FF9')", "2024-01-02 03:04:05.123456000")]
    [TestCase("SELECT TO_CHAR('9999-12-31 23:59:59.999999'::timestamp_ntz, 'YYYY-MM-DD HH24:MI:SS.FF6')", "9999-12-31 23:59:59.999999")]
    [TestCase("SELECT '0001-01-01'::timestamp::varchar", "0001-01-01 00:00:00.000")]
    [TestCase("SELECT '2024-01-02 03:04:05'::datetime::varchar", "2024-01-02 03:04:05.000")]
    // TIMESTAMP_LTZ text carries the session zone's offset (TIMESTAMP_OUTPUT_FORMAT 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM').
    [TestCase("SELECT '2024-01-02 03:04:05+00:00'::timestamp_ltz::varchar", "2024-01-02 03:04:05.000 +0000")]
    // A TIMESTAMP_TZ keeps the offset it was written with and prints in TIMESTAMP_TZ_OUTPUT_FORMAT's default
    // 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM' (https://docs.snowflake.com/en/sql-reference/parameters#timestamp-tz-output-format).
    [TestCase("SELECT '2024-01-02 03:04:05+02:00'::timestamp_tz::varchar", "2024-01-02 03:04:05.000 +0200")]
    [TestCase("SELECT '10:11:12'::time::varchar", "10:11:12")]
    [TestCase("SELECT DATE '2024-01-02'", "2024-01-02")]
    [TestCase("SELECT TIMESTAMP '2024-01-02 10:00:00'::varchar", "2024-01-02 10:00:00.000")]
    [TestCase("SELECT '10:11:12.5'::TIME::varchar", "10:11:12")] // TIME_OUTPUT_FORMAT 'HH24:MI:SS'
    [TestCase("SELECT DATE '2024-01-02'::string", "2024-01-02")]
    [TestCase("SELECT (DATE '2024-01-31' + INTERVAL '1 day')::date", "2024-02-01")]
    [TestCase("SELECT (DATE '2024-01-31' + INTERVAL '2' DAY)::date", "2024-02-02")]
    [TestCase("SELECT (DATE '2024-01-31' + INTERVAL '3' days)::date", "2024-02-03")]
    // The word after the interval string is an alias unless it is a date/time part.
    [TestCase("SELECT (DATE '2024-01-31' - INTERVAL '1 day') prev_day", "2024-01-30")]
    [TestCase("SELECT 'abc'::variant::varchar", "abc")] // a VARIANT string cast to text has no quotes (docs: querying-semistructured)
    [TestCase("SELECT CAST(1 AS VARCHAR(10)) || 'x'", "1x")]
    [TestCase("SELECT 'ab'::binary::varchar", "ab")]
    [TestCase("SELECT CAST('5' AS DOUBLE PRECISION)", "5")]
    [TestCase("SELECT CAST(1 AS TINYINT) + CAST(1 AS BYTEINT)", "2")]
    public void Values(string sql, string expected) => Assert.That(ScalarText(sql), Is.EqualTo(expected));

    [TestCase("NUMBER", "HUGEINT")]
    [TestCase("NUMBER(10,2)", "DECIMAL(10,2)")]
    [TestCase("DECIMAL(5)", "DECIMAL(5,0)")]
    [TestCase("NUMERIC(20,4)", "DECIMAL(20,4)")]
    [TestCase("INT", "HUGEINT")]
    [TestCase("INTEGER", "HUGEINT")]
    [TestCase("BIGINT", "HUGEINT")]
    [TestCase("SMALLINT", "HUGEINT")]
    [TestCase("TINYINT", "HUGEINT")]
    [TestCase("BYTEINT", "HUGEINT")]
    [TestCase("FLOAT", "DOUBLE")]
    [TestCase("FLOAT4", "DOUBLE")]
    [TestCase("FLOAT8", "DOUBLE")]
    [TestCase("DOUBLE", "DOUBLE")]
    [TestCase("DOUBLE PRECISION", "DOUBLE")]
    [TestCase("REAL", "DOUBLE")]
    [TestCase("VARCHAR", "VARCHAR")]
    [TestCase("VARCHAR(16777216)", "VARCHAR")]
    [TestCase("STRING", "VARCHAR")]
    [TestCase("TEXT", "VARCHAR")]
    [TestCase("CHAR(3)", "VARCHAR")]
    [TestCase("CHARACTER", "VARCHAR")]
    [TestCase("NVARCHAR(5)", "VARCHAR")]
    [TestCase("CHAR VARYING(5)", "VARCHAR")]
    [TestCase("BINARY", "BLOB")]
    [TestCase("VARBINARY", "BLOB")]
    [TestCase("BOOLEAN", "BOOLEAN")]
    [TestCase("DATE", "DATE")]
    [TestCase("TIME", "TIME")]
    [TestCase("TIME(9)", "TIME")]
    [TestCase("DATETIME", "TIMESTAMP")]
    [TestCase("TIMESTAMP", "TIMESTAMP")]
    [TestCase("TIMESTAMP_NTZ(6)", "TIMESTAMP")]
    [TestCase("TIMESTAMP_NTZ(9)", "TIMESTAMP_NS")]
    [TestCase("TIMESTAMP_LTZ", "TIMESTAMP WITH TIME ZONE")]
    [TestCase("TIMESTAMP_TZ(3)", "STRUCT(utc TIMESTAMP WITH TIME ZONE, offset_minutes INTEGER)")]
    [TestCase("VARIANT", "JSON")]
    [TestCase("OBJECT", "JSON")]
    [TestCase("ARRAY", "JSON")]
    public void ColumnTypeMapping(string snowflakeType, string duckDbType)
    {
        Run($"CREATE TABLE typed (c {snowflakeType})");
        var type = Db.Query("SELECT data_type FROM information_schema.columns WHERE table_name = 'TYPED'").Scalar;
        Assert.That(type, Is.EqualTo(duckDbType));
    }

    [TestCase("SELECT 1::geography")]
    [TestCase("SELECT 1::number(39,0)")]
    [TestCase("SELECT 1::number(5,6)")]
    [TestCase("CREATE TABLE bad (c WIDGET)")]
    public void UnsupportedTypesFail(string sql) =>
        Assert.That(TranslationFails(sql).ErrorCode, Is.EqualTo("002040"));

    [Test]
    public void DeclaredTypeIsKeptOnTheAst()
    {
        var create = (Syntax.CreateTableStatement)TranslateOne("CREATE TABLE t (a NUMBER(10,2), b VARCHAR(20), c TIMESTAMP_NTZ(3))").Syntax!;
        Assert.That(create.Columns.Select(c => c.Type!.SnowflakeText), Is.EqualTo(new[] { "NUMBER(10,2)", "VARCHAR(20)", "TIMESTAMP_NTZ(3)" }));
    }
}
