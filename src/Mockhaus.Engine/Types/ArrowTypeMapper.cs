using Apache.Arrow;
using Apache.Arrow.Types;

namespace Mockhaus.Engine.Types;

/// <summary>
/// Maps the Arrow fields DuckDB exports (with <c>arrow_lossless_conversion</c> on, so JSON, BOOLEAN and HUGEINT
/// keep their identity) to Snowflake result types.
/// </summary>
public static class ArrowTypeMapper
{
    public const string ExtensionNameKey = "ARROW:extension:name";

    public static SnowflakeType ToSnowflake(Field field)
    {
        var extension = ExtensionName(field);
        if (extension == "arrow.json")
            return SnowflakeType.Variant;
        if (extension == "arrow.bool8")
            return SnowflakeType.Boolean;
        if (extension == "arrow.opaque" || extension == "arrow.uuid")
            return extension == "arrow.uuid" ? SnowflakeType.Text() : SnowflakeType.Number(38, 0);

        if (TimestampTzLayout.Is(field.DataType))
            return SnowflakeType.TimestampTz(9);
        return field.DataType switch
        {
            Int8Type or Int16Type or Int32Type or Int64Type or UInt8Type or UInt16Type or UInt32Type
                or UInt64Type => SnowflakeType.Number(38, 0),
            Decimal128Type d => SnowflakeType.Number(d.Precision, d.Scale),
            Decimal256Type d => SnowflakeType.Number(Math.Min(d.Precision, 38), d.Scale),
            FloatType or DoubleType or HalfFloatType => SnowflakeType.Float,
            StringType or LargeStringType or StringViewType => SnowflakeType.Text(),
            BinaryType or LargeBinaryType or BinaryViewType or FixedSizeBinaryType => SnowflakeType.Binary(),
            BooleanType => SnowflakeType.Boolean,
            Date32Type or Date64Type => SnowflakeType.Date,
            Time32Type or Time64Type => SnowflakeType.Time(9),
            TimestampType { Timezone: { Length: > 0 } } => SnowflakeType.TimestampLtz(9),
            TimestampType => SnowflakeType.TimestampNtz(9),
            ListType or LargeListType or FixedSizeListType => SnowflakeType.Array,
            StructType or MapType => SnowflakeType.Object,
            NullType => SnowflakeType.Text(),
            IntervalType or DurationType => SnowflakeType.Text(),
            _ => SnowflakeType.Text(),
        };
    }

    public static string? ExtensionName(Field field) =>
        field.Metadata is { } metadata && metadata.TryGetValue(ExtensionNameKey, out var name) ? name : null;
}
