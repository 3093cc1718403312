using Apache.Arrow;
using Apache.Arrow.Types;

namespace Mockhaus.Engine.Types;

/// <summary>
/// TIMESTAMP_TZ values are DuckDB structs of the UTC instant and the value's own offset in minutes
/// (Mockhaus.Sql.Generation.TypeMapper.TimestampTzStruct); DuckDB exports them to Arrow as a struct of a
/// timestamp with a time zone (`utc`) and an Int32 (`offset_minutes`), which is how results recognise them.
/// </summary>
public static class TimestampTzLayout
{
    public const string InstantField = "utc";
    public const string OffsetField = "offset_minutes";

    public static bool Is(IArrowType type) =>
        type is StructType { Fields: [{ Name: InstantField, DataType: TimestampType }, { Name: OffsetField, DataType: Int32Type }] };

    /// <summary>The value at <paramref name="row"/> (not NULL) as a DateTimeOffset with its own offset, to microseconds.</summary>
    public static DateTimeOffset ValueAt(StructArray value, int row)
    {
        var (instants, offsets) = Fields(value);
        var utc = instants.GetTimestamp(value.Offset + row)!.Value;
        return utc.ToOffset(TimeSpan.FromMinutes(offsets.Values[value.Offset + row]));
    }

    /// <summary>The instant as an offset of the epoch in the timestamp field's unit, and the offset in minutes.</summary>
    public static (TimestampArray Instants, Int32Array Offsets) Fields(StructArray value) =>
        ((TimestampArray)value.Fields[0], (Int32Array)value.Fields[1]);
}
