using System.Text.Json;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Types;

namespace Mockhaus.Server.Results;

/// <summary>
/// Writes `rowtype` (protocol doc §4.2): lower-case type, bool `nullable`, precision/scale/length/byteLength,
/// and no `fields` for semi-structured VARIANT/OBJECT/ARRAY (Node treats any `fields` as structured).
/// </summary>
public static class RowTypeWriter
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ResultColumn> columns, string? database, string? schema)
    {
        writer.WriteStartArray();
        foreach (var column in columns)
            WriteColumn(writer, column, database, schema);
        writer.WriteEndArray();
    }

    private static void WriteColumn(Utf8JsonWriter writer, ResultColumn column, string? database, string? schema)
    {
        var type = column.Type;
        writer.WriteStartObject();
        writer.WriteString("name", column.Name);
        WriteNullable(writer, "database", column.Database ?? (column.Table is null ? "" : database));
        WriteNullable(writer, "schema", column.Schema ?? (column.Table is null ? "" : schema));
        writer.WriteString("table", column.Table ?? "");
        writer.WriteString("type", type.RowTypeName);
        var (precision, scale, length, byteLength) = Dimensions(type);
        WriteNullable(writer, "precision", precision);
        WriteNullable(writer, "scale", scale);
        WriteNullable(writer, "length", length);
        WriteNullable(writer, "byteLength", byteLength);
        writer.WriteBoolean("nullable", column.Nullable);
        writer.WriteNull("collation");
        writer.WriteEndObject();
    }

    private static (long? Precision, long? Scale, long? Length, long? ByteLength) Dimensions(SnowflakeType type) => type.Kind switch
    {
        SnowflakeTypeKind.Fixed => (type.Precision ?? 38, type.Scale ?? 0, null, null),
        SnowflakeTypeKind.Text => (null, null, type.Length ?? SnowflakeType.MaxTextLength,
            Math.Min((type.Length ?? SnowflakeType.MaxTextLength) * 4, SnowflakeType.MaxTextLength)),
        SnowflakeTypeKind.Binary => (null, null, type.Length ?? SnowflakeType.MaxBinaryLength, type.Length ?? SnowflakeType.MaxBinaryLength),
        SnowflakeTypeKind.Time or SnowflakeTypeKind.TimestampNtz or SnowflakeTypeKind.TimestampLtz => (0, type.Scale ?? 9, null, null),
        SnowflakeTypeKind.TimestampTz => (0, type.Scale ?? 9, null, 16),
        SnowflakeTypeKind.Variant or SnowflakeTypeKind.Object or SnowflakeTypeKind.Array =>
            (null, null, SnowflakeType.MaxTextLength, SnowflakeType.MaxTextLength),
        _ => (null, null, null, null),
    };

    private static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is null) writer.WriteNull(name); else writer.WriteNumber(name, value.Value);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name); else writer.WriteString(name, value);
    }
}
