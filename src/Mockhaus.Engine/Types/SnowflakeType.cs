namespace Mockhaus.Engine.Types;

/// <summary>A Snowflake column type as the drivers see it in `rowtype`: kind plus precision, scale and length.</summary>
public sealed record SnowflakeType(SnowflakeTypeKind Kind, int? Precision = null, int? Scale = null, long? Length = null)
{
    public const long MaxTextLength = 16_777_216;
    public const long MaxBinaryLength = 8_388_608;

    public static SnowflakeType Number(int precision = 38, int scale = 0) => new(SnowflakeTypeKind.Fixed, precision, scale);
    public static SnowflakeType Float { get; } = new(SnowflakeTypeKind.Real);
    public static SnowflakeType Text(long length = MaxTextLength) => new(SnowflakeTypeKind.Text, Length: length);
    public static SnowflakeType Binary(long length = MaxBinaryLength) => new(SnowflakeTypeKind.Binary, Length: length);
    public static SnowflakeType Boolean { get; } = new(SnowflakeTypeKind.Boolean);
    public static SnowflakeType Date { get; } = new(SnowflakeTypeKind.Date);
    public static SnowflakeType Time(int scale = 9) => new(SnowflakeTypeKind.Time, 0, scale);
    public static SnowflakeType TimestampNtz(int scale = 9) => new(SnowflakeTypeKind.TimestampNtz, 0, scale);
    public static SnowflakeType TimestampLtz(int scale = 9) => new(SnowflakeTypeKind.TimestampLtz, 0, scale);
    public static SnowflakeType TimestampTz(int scale = 9) => new(SnowflakeTypeKind.TimestampTz, 0, scale);
    public static SnowflakeType Variant { get; } = new(SnowflakeTypeKind.Variant);
    public static SnowflakeType Object { get; } = new(SnowflakeTypeKind.Object);
    public static SnowflakeType Array { get; } = new(SnowflakeTypeKind.Array);

    /// <summary>
    /// The element (ARRAY), fields (OBJECT) or key and value (MAP) of a structured type, written as rowtype `fields`
    /// (protocol doc §4.2); null for every other type, semi-structured ARRAY/OBJECT included.
    /// </summary>
    public IReadOnlyList<SnowflakeField>? Fields { get; init; }

    public static SnowflakeType Structured(SnowflakeTypeKind kind, IReadOnlyList<SnowflakeField> fields) => new(kind) { Fields = fields };

    /// <summary>The lower-case `rowtype[].type` name the drivers compare against.</summary>
    public string RowTypeName => Kind switch
    {
        SnowflakeTypeKind.Fixed => "fixed",
        SnowflakeTypeKind.Real => "real",
        SnowflakeTypeKind.Text => "text",
        SnowflakeTypeKind.Binary => "binary",
        SnowflakeTypeKind.Boolean => "boolean",
        SnowflakeTypeKind.Date => "date",
        SnowflakeTypeKind.Time => "time",
        SnowflakeTypeKind.TimestampNtz => "timestamp_ntz",
        SnowflakeTypeKind.TimestampLtz => "timestamp_ltz",
        SnowflakeTypeKind.TimestampTz => "timestamp_tz",
        SnowflakeTypeKind.Variant => "variant",
        SnowflakeTypeKind.Object => "object",
        SnowflakeTypeKind.Array => "array",
        SnowflakeTypeKind.Map => "map",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind)),
    };

    /// <summary>The upper-case logical type name used in Arrow field metadata (`logicalType`).</summary>
    public string LogicalTypeName => RowTypeName.ToUpperInvariant();
}

/// <summary>One entry of a structured type's rowtype `fields`: an OBJECT key with its type, or an ARRAY element / MAP key or value type (Name null).</summary>
public sealed record SnowflakeField(string? Name, SnowflakeType Type, bool Nullable = true);
