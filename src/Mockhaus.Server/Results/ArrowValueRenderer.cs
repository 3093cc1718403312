using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Arrays;
using Apache.Arrow.Types;

namespace Mockhaus.Server.Results;

/// <summary>
/// Renders arbitrary Arrow values as text: JSON for nested values (a DuckDB LIST/STRUCT/MAP shown as a
/// Snowflake ARRAY/OBJECT), plain text for scalars that have no Snowflake counterpart (UUID, INTERVAL).
/// </summary>
public static class ArrowValueRenderer
{
    public static string? Text(IArrowArray array, int index)
    {
        if (array.IsNull(index))
            return null;
        return array switch
        {
            StringArray s => s.GetString(index),
            StringViewArray s => s.GetString(index),
            LargeStringArray s => s.GetString(index),
            ListArray or LargeListArray or FixedSizeListArray or StructArray or MapArray => Json(array, index),
            FixedSizeBinaryArray { Data.DataType: FixedSizeBinaryType { ByteWidth: 16 } } f => UuidText(f, index),
            _ => Scalar(array, index),
        };
    }

    public static string Json(IArrowArray array, int index)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteJson(writer, array, index);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteJson(Utf8JsonWriter writer, IArrowArray array, int index)
    {
        if (array.IsNull(index))
        {
            writer.WriteNullValue();
            return;
        }
        switch (array)
        {
            case MapArray map:
                writer.WriteStartObject();
                var entries = (StructArray)map.Values;
                var keys = entries.Fields[0];
                var values = entries.Fields[1];
                for (var i = map.ValueOffsets[index]; i < map.ValueOffsets[index + 1]; i++)
                {
                    writer.WritePropertyName(Text(keys, i) ?? "null");
                    WriteJson(writer, values, i);
                }
                writer.WriteEndObject();
                return;
            case ListArray list:
                writer.WriteStartArray();
                for (var i = list.ValueOffsets[index]; i < list.ValueOffsets[index + 1]; i++)
                    WriteJson(writer, list.Values, i);
                writer.WriteEndArray();
                return;
            case FixedSizeListArray fixedList:
                var size = ((FixedSizeListType)fixedList.Data.DataType).ListSize;
                writer.WriteStartArray();
                for (var i = 0; i < size; i++)
                    WriteJson(writer, fixedList.Values, (fixedList.Offset + index) * size + i);
                writer.WriteEndArray();
                return;
            case StructArray structs:
                var type = (StructType)structs.Data.DataType;
                writer.WriteStartObject();
                for (var f = 0; f < type.Fields.Count; f++)
                {
                    writer.WritePropertyName(type.Fields[f].Name);
                    WriteJson(writer, structs.Fields[f], structs.Offset + index);
                }
                writer.WriteEndObject();
                return;
            case BooleanArray b:
                writer.WriteBooleanValue(b.GetValue(index) == true);
                return;
            case StringArray or StringViewArray or LargeStringArray:
                writer.WriteStringValue(Text(array, index));
                return;
        }
        var scalar = Scalar(array, index);
        if (IsNumeric(array) && !(array is DoubleArray d && !double.IsFinite(d.Values[index])))
            writer.WriteRawValue(scalar, skipInputValidation: true);
        else
            writer.WriteStringValue(scalar);
    }

    private static bool IsNumeric(IArrowArray array) => array.Data.DataType.TypeId is ArrowTypeId.Int8 or ArrowTypeId.Int16
        or ArrowTypeId.Int32 or ArrowTypeId.Int64 or ArrowTypeId.UInt8 or ArrowTypeId.UInt16 or ArrowTypeId.UInt32
        or ArrowTypeId.UInt64 or ArrowTypeId.Decimal128 or ArrowTypeId.Decimal256
        or ArrowTypeId.Double or ArrowTypeId.Float;

    private static string Scalar(IArrowArray array, int index) => array switch
    {
        Int8Array a => a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        Int16Array a => a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        Int32Array a => a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        Int64Array a => a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        UInt8Array a => a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        UInt16Array a => a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        UInt32Array a => a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        UInt64Array a => a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        DoubleArray a => a.GetValue(index)!.Value.ToString("R", CultureInfo.InvariantCulture),
        FloatArray a => ((double)a.GetValue(index)!.Value).ToString("R", CultureInfo.InvariantCulture),
        Decimal128Array a => DecimalText.Format(DecimalText.ReadInt128(a, index), ((Decimal128Type)a.Data.DataType).Scale),
        Date32Array a => a.GetDateOnly(index)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Date64Array a => a.GetDateOnly(index)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimestampArray a => a.GetTimestamp(index)!.Value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        Time64Array a => TimeSpan.FromTicks(Time64Ticks(a, index)).ToString("c", CultureInfo.InvariantCulture),
        BinaryArray a => Convert.ToHexString(a.GetBytes(index)),
        FixedSizeBinaryArray a => Convert.ToHexString(a.GetBytes(index)),
        BooleanArray a => a.GetValue(index) == true ? "true" : "false",
        _ => $"<{array.Data.DataType.Name}>",
    };

    private static long Time64Ticks(Time64Array array, int index)
    {
        var value = array.Values[index];
        return ((Time64Type)array.Data.DataType).Unit == TimeUnit.Nanosecond ? value / 100 : value * 10;
    }

    private static string UuidText(FixedSizeBinaryArray array, int index)
    {
        var hex = Convert.ToHexString(array.GetBytes(index)).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
