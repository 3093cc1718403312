using Mockhaus.Sql.Generation;

namespace Mockhaus.Sql.Functions;

// TIMESTAMP_TZ values are DuckDB structs of a UTC instant and the value's own offset in minutes
// (TypeMapper.TimestampTzStruct), as Snowflake keeps them:
// https://docs.snowflake.com/en/sql-reference/data-types-datetime#timestamp-ltz-timestamp-ntz-timestamp-tz
// These macros build and read such values. The one-argument readers have a catch-all overload that returns any
// other value unchanged, so the generator can wrap an operand of unknown type: DuckDB picks the overload by the
// argument's type when it binds the statement, and the identity overload costs nothing at run time.
public static partial class FunctionLibrary
{
    private const string Tz = TypeMapper.TimestampTzStruct;

    /// <summary>Building and reading values; DuckDB binds a macro's calls when it is created, so these come first.</summary>
    private static void RegisterTimestampTzMacros()
    {
        // Construction. A NULL instant or offset is a NULL value, never a struct of NULL fields.
        Macro("sf_tz_pack(u, m) AS CASE WHEN u IS NULL OR m IS NULL THEN NULL " +
              "ELSE struct_pack(utc := CAST(u AS TIMESTAMPTZ), offset_minutes := CAST(m AS INTEGER)) END");
        // An instant with the session time zone's offset at that instant (DuckDB's TimeZone is the session's TIMEZONE).
        Macro("sf_tz_in_session(u) AS sf_tz_pack(u, date_part('timezone', CAST(u AS TIMESTAMPTZ)) // 60)");
        // A wall-clock time read at a fixed offset.
        Macro("sf_tz_from_wall(w, m) AS sf_tz_pack(timezone('UTC', CAST(w AS TIMESTAMP) - to_minutes(CAST(m AS BIGINT))), m)");
        // An instant with the offset a named time zone has at that instant (CONVERT_TIMEZONE(target, ts)).
        Macro("sf_tz_at_zone(z, u) AS sf_tz_pack(u, date_diff('minute', timezone('UTC', CAST(u AS TIMESTAMPTZ)), timezone(z, CAST(u AS TIMESTAMPTZ))))");

        // Reading.
        Macro("sf_tz_wall(x) AS timezone('UTC', struct_extract(x, 'utc')) + to_minutes(CAST(struct_extract(x, 'offset_minutes') AS BIGINT))");
        Macro($"sf_tz_local(x {Tz}) AS sf_tz_wall(x), (x) AS x");
        Macro($"sf_tz_instant(x {Tz}) AS struct_extract(x, 'utc'), (x) AS x");
        Macro("sf_tz_offset_text(m, sep) AS CASE WHEN m < 0 THEN '-' ELSE '+' END || lpad(CAST(abs(m) // 60 AS VARCHAR), 2, '0') || sep " +
              "|| lpad(CAST(abs(m) % 60 AS VARCHAR), 2, '0')");
        // Snowflake's default TIMESTAMP_TZ_OUTPUT_FORMAT: 'YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM'.
        Macro("sf_tz_text(x) AS strftime(sf_tz_wall(x), '%Y-%m-%d %H:%M:%S.%g ') || sf_tz_offset_text(struct_extract(x, 'offset_minutes'), '')");
        Macro($"sf_tz_textual(x {Tz}) AS sf_tz_text(x), (x) AS x");
    }

    /// <summary>Macros that read text or other temporal types, after the conversion and date/time macros they use.</summary>
    private static void RegisterTimestampTzConversionMacros()
    {
        // TIMEZONE_HOUR / TIMEZONE_MINUTE of a TIMESTAMP_TZ value: its own offset (NULL for other types).
        Macro($"sf_tz_offset_part(x {Tz}, p VARCHAR) AS CAST(CASE p WHEN 'hour' THEN trunc(struct_extract(x, 'offset_minutes') / 60) " +
              "ELSE struct_extract(x, 'offset_minutes') % 60 END AS BIGINT), (x, p VARCHAR) AS CAST(NULL AS BIGINT)");

        // Text in: a trailing offset ('+05:30', '+0530', '+05', 'Z', after a space or not) is the value's own;
        // text without one is read in the session time zone and takes its offset there.
        Macro(@"sf_tz_text_offset(s) AS regexp_extract(trim(s), '\d:\d\d(?::\d\d(?:[.,]\d*)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)$', 1)");
        Macro("sf_tz_offset_minutes(o) AS CASE WHEN o = 'Z' THEN 0 ELSE (CASE WHEN left(o, 1) = '-' THEN -1 ELSE 1 END) * " +
              "(CAST(substr(o, 2, 2) AS INTEGER) * 60 + CASE WHEN length(replace(o, ':', '')) = 5 THEN CAST(right(o, 2) AS INTEGER) ELSE 0 END) END");
        Macro("sf_tz_parse(s VARCHAR) AS CASE WHEN sf_tz_text_offset(s) = '' THEN sf_tz_in_session(sf_try_to_tstz(s)) " +
              "ELSE sf_tz_from_wall(sf_try_to_ts(rtrim(left(trim(s), length(trim(s)) - length(sf_tz_text_offset(s))))), " +
              "sf_tz_offset_minutes(sf_tz_text_offset(s))) END");
        // An instant parsed by a format with TZH[:TZM] keeps the offset written at the end of the text.
        Macro("sf_tz_with_text_offset(u, s) AS CASE WHEN sf_tz_text_offset(s) = '' THEN sf_tz_in_session(u) " +
              "ELSE sf_tz_pack(u, sf_tz_offset_minutes(sf_tz_text_offset(s))) END");

        // TO_TIMESTAMP_TZ / CAST(x AS TIMESTAMP_TZ): NTZ, LTZ and DATE values take the session zone's offset.
        Macro($"sf_try_to_tz(x {Tz}) AS x, (x VARCHAR) AS sf_tz_parse(x), (x TIMESTAMPTZ) AS sf_tz_in_session(x), " +
              "(x TIMESTAMP) AS sf_tz_in_session(CAST(x AS TIMESTAMPTZ)), (x TIMESTAMP_NS) AS sf_tz_in_session(CAST(x AS TIMESTAMPTZ)), " +
              "(x DATE) AS sf_tz_in_session(CAST(x AS TIMESTAMPTZ)), (x DOUBLE) AS sf_tz_in_session(to_timestamp(x))");
        Macro("sf_to_tz(x) AS CASE WHEN x IS NOT NULL AND sf_try_to_tz(x) IS NULL " +
              "THEN error('Timestamp ''' || CAST(x AS VARCHAR) || ''' is not recognized') ELSE sf_try_to_tz(x) END");
    }
}
