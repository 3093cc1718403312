using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>Maps Snowflake type names to the DuckDB types that hold the same values.</summary>
public static class TypeMapper
{
    private const int MaxPrecision = 38;

    private static readonly HashSet<string> FixedPoint = new(StringComparer.OrdinalIgnoreCase) { "NUMBER", "DECIMAL", "NUMERIC", "DEC" };

    /// <summary>
    /// NUMBER(38,0), the type of every Snowflake integer: values beyond 64 bits must survive, so never BIGINT. It is
    /// DuckDB's 128-bit HUGEINT rather than DECIMAL(38,0) because DuckDB unifies DECIMAL(38,0) with a scaled decimal
    /// as DECIMAL(38,0), silently dropping the fraction (COALESCE(int_col, 12.35) = 12, also in CASE, GREATEST, UNION),
    /// while HUGEINT with DECIMAL(10,2) gives DECIMAL(38,2), as Snowflake's NUMBER(38,2).
    /// </summary>
    public const string WholeNumber = "HUGEINT";

    /// <summary>The DuckDB type of an exact number with this scale: NUMBER(38,s).</summary>
    public static string ExactNumber(int scale) => scale == 0 ? WholeNumber : $"DECIMAL({MaxPrecision}, {scale})";

    // Snowflake's integer types are all NUMBER(38,0).
    private static readonly HashSet<string> Integer = new(StringComparer.OrdinalIgnoreCase)
    {
        "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BYTEINT",
    };

    private static readonly HashSet<string> Float = new(StringComparer.OrdinalIgnoreCase)
    {
        "FLOAT", "FLOAT4", "FLOAT8", "DOUBLE", "DOUBLE PRECISION", "REAL",
    };

    private static readonly HashSet<string> Text = new(StringComparer.OrdinalIgnoreCase)
    {
        "VARCHAR", "STRING", "TEXT", "CHAR", "CHARACTER", "NCHAR", "NVARCHAR", "NVARCHAR2", "CHAR VARYING",
        "CHARACTER VARYING", "NCHAR VARYING",
    };

    private static readonly HashSet<string> TimestampNtz = new(StringComparer.OrdinalIgnoreCase)
    {
        "TIMESTAMP", "TIMESTAMP_NTZ", "TIMESTAMPNTZ", "DATETIME",
    };

    private static readonly HashSet<string> TimestampLocal = new(StringComparer.OrdinalIgnoreCase) { "TIMESTAMP_LTZ", "TIMESTAMPLTZ" };

    private static readonly HashSet<string> TimestampWithOffset = new(StringComparer.OrdinalIgnoreCase) { "TIMESTAMP_TZ", "TIMESTAMPTZ" };

    /// <summary>
    /// TIMESTAMP_TZ: Snowflake keeps each value's own UTC offset beside its instant, and DuckDB's TIMESTAMPTZ keeps the
    /// instant only, so a value is a struct of both (<see cref="TimestampTzStruct"/>). The field names are how the result
    /// encoder recognises the type in DuckDB's Arrow schema; the `sf_tz_*` macros build and read it.
    /// </summary>
    public const string TimestampTzStruct = "STRUCT(utc TIMESTAMPTZ, offset_minutes INTEGER)";

    /// <summary>DuckDB's spelling of <see cref="TimestampTzStruct"/> in its catalog (duckdb_columns().data_type).</summary>
    public const string TimestampTzCatalogType = "STRUCT(utc TIMESTAMP WITH TIME ZONE, offset_minutes INTEGER)";

    public static bool IsTimestampTz(DataType type) => TimestampWithOffset.Contains(type.Name);

    private static readonly HashSet<string> SemiStructured = new(StringComparer.OrdinalIgnoreCase) { "VARIANT", "OBJECT", "ARRAY" };

    public static string ToDuckDb(DataType type)
    {
        var name = type.Name;
        // Structured ARRAY/OBJECT/MAP values are stored as JSON like their semi-structured forms (see StructuredTypes).
        if (type.IsStructured) return "JSON";
        if (FixedPoint.Contains(name)) return Decimal(type);
        if (Integer.Contains(name)) return WholeNumber;
        if (Float.Contains(name)) return "DOUBLE";
        if (Text.Contains(name)) return "VARCHAR";
        if (name is "BINARY" or "VARBINARY") return "BLOB";
        if (name is "BOOLEAN" or "BOOL") return "BOOLEAN";
        if (name == "DATE") return "DATE";
        if (name == "TIME") return "TIME";
        if (TimestampNtz.Contains(name)) return TimestampWithoutZone(type);
        if (TimestampLocal.Contains(name)) return "TIMESTAMPTZ";
        if (TimestampWithOffset.Contains(name)) return TimestampTzStruct;
        if (SemiStructured.Contains(name)) return "JSON";
        throw SnowflakeErrors.UnsupportedDataType(type.SnowflakeText);
    }

    public static bool IsSemiStructured(DataType type) => type.IsStructured || SemiStructured.Contains(type.Name);

    public static bool IsText(DataType type) => Text.Contains(type.Name);

    /// <summary>The scale of an exact numeric type (NUMBER(p,s), INT), or null for every other type.</summary>
    public static int? ExactScale(DataType type)
    {
        if (Integer.Contains(type.Name)) return 0;
        if (!FixedPoint.Contains(type.Name)) return null;
        return type.Arguments.Count > 1 ? type.Arguments[1] : 0;
    }

    /// <summary>
    /// DuckDB's TIMESTAMP_NS holds nanoseconds but only the years 1677-2262, so the ubiquitous "open end"
    /// '9999-12-31' and comparisons with TIMESTAMP_LTZ values (DuckDB casts TIMESTAMP, not TIMESTAMP_NS, to
    /// TIMESTAMPTZ) would fail. TIMESTAMP_NTZ therefore holds microseconds (years 1-9999 and beyond, like Snowflake),
    /// and only a type that asks for sub-microsecond digits explicitly, TIMESTAMP_NTZ(7..9), holds nanoseconds.
    /// The declared precision is reported either way (rowtype scale 9 for a bare TIMESTAMP_NTZ).
    /// </summary>
    private static string TimestampWithoutZone(DataType type) =>
        type.Arguments.Count > 0 && type.Arguments[0] > 6 ? "TIMESTAMP_NS" : "TIMESTAMP";

    private static string Decimal(DataType type)
    {
        var precision = type.Arguments.Count > 0 ? type.Arguments[0] : MaxPrecision;
        var scale = type.Arguments.Count > 1 ? type.Arguments[1] : 0;
        if (precision < 1 || precision > MaxPrecision || scale < 0 || scale > precision)
            throw SnowflakeErrors.UnsupportedDataType(type.SnowflakeText);
        return precision == MaxPrecision ? ExactNumber(scale) : $"DECIMAL({precision}, {scale})";
    }
}
