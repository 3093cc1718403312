using System.Buffers.Binary;
using System.Numerics;
using Apache.Arrow;

namespace Mockhaus.Server.Tests.Support;

/// <summary>Reads a Decimal128 cell as an exact unscaled BigInteger (38+ digits do not fit System.Decimal).</summary>
public static class Int128Reader
{
    public static BigInteger Unscaled(Decimal128Array array, int index)
    {
        var bytes = array.Data.Buffers[1].Span.Slice((array.Offset + index) * 16, 16);
        return ((BigInteger)BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]) << 64) | BinaryPrimitives.ReadUInt64LittleEndian(bytes);
    }
}
