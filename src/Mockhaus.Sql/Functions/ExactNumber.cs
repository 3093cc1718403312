using System.Globalization;
using System.Text;

namespace Mockhaus.Sql.Functions;

/// <summary>
/// A decimal number held as its digits, so that formatting rounds exactly at any size (NUMBER(38, s) values exceed
/// .NET decimal): the sign, the integer digits without leading zeros ("0" for none) and the fraction digits.
/// </summary>
public readonly record struct ExactNumber(bool Negative, string IntegerDigits, string FractionDigits)
{
    /// <summary>Reads DuckDB's text of a DECIMAL, integer or DOUBLE ("-12.50", "1.5e+20", "inf" is rejected).</summary>
    public static bool TryParse(string text, out ExactNumber number)
    {
        number = default;
        text = text.Trim();
        var negative = text.StartsWith('-');
        if (negative || text.StartsWith('+')) text = text[1..];
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) return false;
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];
        if (integer.Length + fraction.Length == 0 || !(integer + fraction).All(char.IsAsciiDigit)) return false;
        // Move the point by the exponent.
        var digits = integer + fraction;
        var pointAt = integer.Length + exponent;
        if (pointAt < 0) { digits = new string('0', -pointAt) + digits; pointAt = 0; }
        if (pointAt > digits.Length) digits += new string('0', pointAt - digits.Length);
        number = Normalized(negative, digits[..pointAt], digits[pointAt..]);
        return true;
    }

    /// <summary>Rounded half away from zero to <paramref name="scale"/> fraction digits (padded with zeros).</summary>
    public ExactNumber Round(int scale)
    {
        if (FractionDigits.Length <= scale)
            return this with { FractionDigits = FractionDigits.PadRight(scale, '0') };
        var kept = IntegerDigits + FractionDigits[..scale];
        if (FractionDigits[scale] >= '5') kept = Increment(kept);
        var integerLength = kept.Length - scale;
        return Normalized(Negative, kept[..integerLength], kept[integerLength..]);
    }

    /// <summary>The shortest text: no trailing fraction zeros, no point for whole numbers ("TM9").</summary>
    public string ToMinimalText()
    {
        var fraction = FractionDigits.TrimEnd('0');
        var text = fraction.Length == 0 ? IntegerDigits : $"{IntegerDigits}.{fraction}";
        return Negative && text != "0" ? "-" + text : text;
    }

    private static ExactNumber Normalized(bool negative, string integer, string fraction)
    {
        integer = integer.TrimStart('0');
        return new ExactNumber(negative, integer.Length == 0 ? "0" : integer, fraction);
    }

    private static string Increment(string digits)
    {
        var chars = new StringBuilder(digits);
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] != '9') { chars[i]++; return chars.ToString(); }
            chars[i] = '0';
        }
        return "1" + chars;
    }
}
