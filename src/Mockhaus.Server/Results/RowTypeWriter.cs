using System.Text.Json;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Types;

namespace Mockhaus.Server.Results;

/// <summary>
/// Writes `rowtype` (protocol doc §4.2): lower-case type, bool `nullable`, precision/scale/length/byteLength,
/// and no `fields` for semi-structured VARIANT/OBJECT/ARRAY (Node treats any `fields` as structured).
/// Structured ARRAY/OBJECT/MAP columns get `fields` in JSON results, where the value is JSON text the drivers decode
/// by them (snowflake-sdk: element i of ARRAY by fields[0], OBJECT keys by field name, MAP by fields[0] / fields[1]).
/// Arrow results carry the same values as Utf8 JSON text, which the drivers accept only without `fields` (protocol
/// doc §5.3: structured Arrow is Struct/List/Map), so there the type is reported as its semi-structured form.
/// </summary>
public static class RowTypeWriter
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ResultColumn> columns, string? database, string? schema,
        bool structuredFields = false)
    {
        writer.WriteStartArray();
        foreach (var column in columns)
            WriteColumn(writer, column, database, schema, structuredFields);
        writer.WriteEndArray();
    }

    private static void WriteColumn(Utf8JsonWriter writer, ResultColumn column, string? database, string? schema, bool structuredFields)
    {
        var type = structuredFields ? column.Type : AsSemiStructured(column.Type);
        writer.WriteStartObject();
        writer.WriteString("name", column.Name);
        WriteNullable(writer, "database", column.Database ?? (column.Table is null ? "" : database));
        WriteNullable(writer, "schema", column.Schema ?? (column.Table is null ? "" : schema));
        writer.WriteString("table", column.Table ?? "");
        WriteType(writer, type, column.Nullable);
        writer.WriteEndObject();
    }

    /// <summary>The type, its dimensions, nullability and (for structured types) `fields` of a column or field entry.</summary>
    private static void WriteType(Utf8JsonWriter writer, SnowflakeType type, bool nullable)
    {
        writer.WriteString("type", type.RowTypeName);
        var (precision, scale, length, byteLength) = Dimensions(type);
        WriteNullable(writer, "precision", precision);
        WriteNullable(writer, "scale", scale);
        WriteNullable(writer, "length", length);
        WriteNullable(writer, "byteLength", byteLength);
        writer.WriteBoolean("nullable", nullable);
        writer.WriteNull("collation");
        if (type.Fields is { } fields)
            WriteFields(writer, fields);
    }

    /// <summary>A structured type's `fields`: rowtype-like entries, nested for structured elements.</summary>
    private static void WriteFields(Utf8JsonWriter writer, IReadOnlyList<SnowflakeField> fields)
    {
        writer.WriteStartArray("fields");
        foreach (var field in fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name ?? "");
            WriteType(writer, field.Type, field.Nullable);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Arrow results: a structured type as its semi-structured form (MAP as OBJECT), without `fields`.</summary>
    private static SnowflakeType AsSemiStructured(SnowflakeType type) => type.Fields is null ? type
        : type.Kind == SnowflakeTypeKind.Array ? SnowflakeType.Array : SnowflakeType.Object;

    private static (long? Precision, long? Scale, long? Length, long? ByteLength) Dimensions(SnowflakeType type) => type.Kind switch
    {
        SnowflakeTypeKind.Fixed => (type.Precision ?? 38, type.Scale ?? 0, null, null),
        SnowflakeTypeKind.Text => (null, null, type.Length ?? SnowflakeType.MaxTextLength,
            Math.Min((type.Length ?? SnowflakeType.MaxTextLength) * 4, SnowflakeType.MaxTextLength)),
        SnowflakeTypeKind.Binary => (null, null, type.Length ?? SnowflakeType.MaxBinaryLength, type.Length ?? SnowflakeType.MaxBinaryLength),
        SnowflakeTypeKind.Time or SnowflakeTypeKind.TimestampNtz or SnowflakeTypeKind.TimestampLtz => (0, type.Scale ?? 9, null, null),
        SnowflakeTypeKind.TimestampTz => (0, type.Scale ?? 9, null, 16),
        SnowflakeTypeKind.Variant or SnowflakeTypeKind.Object or SnowflakeTypeKind.Array or SnowflakeTypeKind.Map =>
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
