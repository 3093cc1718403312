using System.Globalization;
using System.Numerics;
using Apache.Arrow;
using Apache.Arrow.Arrays;

namespace Mockhaus.Server.Results;

/// <summary>Exact text of scaled integers (NUMBER(p,s)), including 38-digit values that fit no CLR decimal.</summary>
public static class DecimalText
{
    /// <summary>A Decimal128's unscaled value (the same 16-byte layout as DuckDB's HUGEINT).</summary>
    public static BigInteger ReadInt128(FixedSizeBinaryArray array, int index) => Engine.Types.HugeIntValues.Read(array, index);

    /// <summary>The unscaled value with exactly <paramref name="scale"/> digits after the point ("-0.05" for -5, 2).</summary>
    public static string Format(BigInteger unscaled, int scale)
    {
        var negative = unscaled.Sign < 0;
        var digits = BigInteger.Abs(unscaled).ToString(CultureInfo.InvariantCulture);
        return Insert(digits, negative, scale);
    }

    public static string Format(long unscaled, int scale)
    {
        if (scale == 0)
            return unscaled.ToString(CultureInfo.InvariantCulture);
        var negative = unscaled < 0;
        var digits = negative ? ((ulong)(-(unscaled + 1)) + 1).ToString(CultureInfo.InvariantCulture) : unscaled.ToString(CultureInfo.InvariantCulture);
        return Insert(digits, negative, scale);
    }

    private static string Insert(string digits, bool negative, int scale)
    {
        if (scale > 0)
        {
            if (digits.Length <= scale)
                digits = new string('0', scale - digits.Length + 1) + digits;
            digits = digits[..^scale] + "." + digits[^scale..];
        }
        return negative ? "-" + digits : digits;
    }
}
