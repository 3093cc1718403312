using System.Buffers.Binary;
using Apache.Arrow;
using Apache.Arrow.Arrays;
using Apache.Arrow.Types;

namespace Mockhaus.Engine.Types;

/// <summary>
/// NUMBER(38,0) values are DuckDB HUGEINTs, which DuckDB exports (arrow_lossless_conversion) as an opaque
/// 16-byte little-endian two's-complement int128 per value.
/// </summary>
public static class HugeIntValues
{
    public static bool IsHugeInt(IArrowArray array) =>
        array is FixedSizeBinaryArray && array.Data.DataType is FixedSizeBinaryType { ByteWidth: 16 } and not Decimal128Type;

    /// <summary>The value at <paramref name="index"/> of a HUGEINT column (see <see cref="IsHugeInt"/>).</summary>
    public static Int128 Read(IArrowArray array, int index) =>
        BinaryPrimitives.ReadInt128LittleEndian(((FixedSizeBinaryArray)array).GetBytes(index));
}
