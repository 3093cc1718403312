using System.Globalization;
using System.Numerics;
using System.Text;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

/// <summary>
/// A Snowflake numeric format model for TO_CHAR / TO_VARCHAR (https://docs.snowflake.com/en/sql-reference/sql-format-models):
/// fixed-position digits <c>9</c> (a leading zero prints as a blank) and <c>0</c> (leading zeros print from there on),
/// <c>.</c>/<c>D</c> decimal point, <c>,</c>/<c>G</c> group separator (a blank while no digit is printed to its left),
/// <c>$</c>, <c>S</c> (explicit + or -), <c>MI</c> (trailing minus), <c>X</c> hex digits, <c>FM</c> (no padding blanks; a
/// <c>9</c> after the point drops trailing zeros), <c>TM</c>/<c>TM9</c> (minimal text), quoted literals and the symbols
/// the docs list. Without S or MI a number gets one leading position for its sign (blank when positive). A value too
/// wide for the model prints as '#' in every position. Values are rounded half away from zero, on their exact text.
/// </summary>
public sealed class NumericFormatModel
{
    private enum Kind { Digit9, Digit0, Point, Group, Dollar, Sign, Minus, Hex, Literal }

    private readonly record struct Element(Kind Kind, string Text = "");

    private readonly List<Element> _elements = new();
    private readonly bool _fillMode;
    private readonly bool _textMinimal;
    private readonly bool _hexUpper = true;

    private NumericFormatModel(string format)
    {
        var text = format.Trim();
        var i = 0;
        while (i < text.Length)
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith("FM", StringComparison.OrdinalIgnoreCase)) { _fillMode = true; i += 2; }
            else if (rest.StartsWith("TM9", StringComparison.OrdinalIgnoreCase)) { _textMinimal = true; i += 3; }
            else if (rest.StartsWith("TME", StringComparison.OrdinalIgnoreCase)) throw Unsupported(format);
            else if (rest.StartsWith("TM", StringComparison.OrdinalIgnoreCase)) { _textMinimal = true; i += 2; }
            else if (rest.StartsWith("MI", StringComparison.OrdinalIgnoreCase)) { Add(Kind.Minus); i += 2; }
            else if (rest.StartsWith("EE", StringComparison.OrdinalIgnoreCase)) throw Unsupported(format);
            else if (rest[0] == '"') i = QuotedLiteral(text, i, format);
            else
            {
                _elements.Add(ElementOf(rest[0]));
                if (_elements[^1].Kind == Kind.Hex) _hexUpper = rest[0] == 'X';
                i++;
            }
        }
        if (_textMinimal && _elements.Count > 0) throw Unsupported(format);
        if (_elements.Count(e => e.Kind == Kind.Point) > 1) throw Unsupported(format);
    }

    /// <summary>True when the format is a numeric model (digit elements, TM) rather than a date/time one.</summary>
    public static bool IsNumeric(string format)
    {
        var unquoted = string.Concat(format.Trim().Split('"').Where((_, i) => i % 2 == 0));
        if (unquoted.StartsWith("TM", StringComparison.OrdinalIgnoreCase)) return true;
        return unquoted.Length > 0 && unquoted.All(ch => "90.,$DGSMIFXBE;:-=/() ".Contains(char.ToUpperInvariant(ch)))
            && unquoted.Any(ch => ch is '9' or '0' or 'X' or 'x');
    }

    public static NumericFormatModel Parse(string format) => new(format);

    /// <summary>Formats a number given as its exact text (DECIMAL or DOUBLE text, exponent allowed).</summary>
    public string Format(string numberText)
    {
        if (!ExactNumber.TryParse(numberText, out var number))
            throw new FormatException($"Numeric value '{numberText}' is not recognized");
        if (_textMinimal) return number.ToMinimalText();
        if (_elements.Any(e => e.Kind == Kind.Hex)) return FormatHex(number);
        var fractionDigits = DigitsAfterPoint();
        var rounded = number.Round(fractionDigits);
        var integerDigits = rounded.IntegerDigits;
        var integerPositions = DigitsBeforePoint();
        if (integerDigits.Length > integerPositions && !(integerDigits == "0" && integerPositions == 0))
            return Overflow();
        return Layout(rounded, integerDigits == "0" && integerPositions == 0 ? "" : integerDigits, number.Negative);
    }

    private string Layout(ExactNumber rounded, string integerDigits, bool negative)
    {
        var integerPositions = DigitsBeforePoint();
        var firstZero = _elements.FindIndex(e => e.Kind == Kind.Digit0);
        var body = new StringBuilder();
        var digitIndex = 0; // integer positions seen so far
        var fraction = rounded.FractionDigits;
        var fractionIndex = 0;
        var afterPoint = false;
        var printing = false; // a digit has been printed to the left
        var hasExplicitSign = _elements.Any(e => e.Kind is Kind.Sign or Kind.Minus);
        var signText = negative ? "-" : _elements.Any(e => e.Kind == Kind.Sign) ? "+" : " ";
        var lead = new StringBuilder(); // sign and $ float just before the number's first printed character
        var numberStart = -1;
        if (!hasExplicitSign) lead.Append(negative ? "-" : " ");
        for (var i = 0; i < _elements.Count; i++)
        {
            var element = _elements[i];
            if (numberStart < 0 && element.Kind is Kind.Digit9 or Kind.Digit0 or Kind.Point) numberStart = body.Length;
            switch (element.Kind)
            {
                case Kind.Digit9 or Kind.Digit0 when !afterPoint:
                {
                    var fromRight = integerPositions - 1 - digitIndex++;
                    var available = fromRight < integerDigits.Length;
                    var zeroFill = firstZero >= 0 && firstZero <= i;
                    if (available) { printing = true; body.Append(integerDigits[integerDigits.Length - 1 - fromRight]); }
                    else if (zeroFill) { printing = true; body.Append('0'); }
                    else body.Append(' ');
                    break;
                }
                case Kind.Digit9 or Kind.Digit0:
                    body.Append(fractionIndex < fraction.Length ? fraction[fractionIndex] : '0');
                    fractionIndex++;
                    break;
                case Kind.Point:
                    afterPoint = true;
                    body.Append('.');
                    break;
                case Kind.Group:
                    body.Append(printing ? ',' : ' ');
                    break;
                case Kind.Dollar:
                    lead.Append('$');
                    break;
                case Kind.Sign when i == 0:
                    lead.Insert(0, signText);
                    break;
                case Kind.Sign or Kind.Minus:
                    body.Append(element.Kind == Kind.Minus ? (negative ? "-" : " ") : signText);
                    break;
                default:
                    body.Append(element.Text);
                    break;
            }
        }
        var text = body.ToString();
        var prefix = text[..Math.Max(numberStart, 0)];
        var number = text[prefix.Length..];
        var padding = number.Length - number.TrimStart(' ').Length;
        var result = prefix + new string(' ', padding) + lead + number.TrimStart(' ');
        return _fillMode ? FillMode(result) : result;
    }

    /// <summary>FM: no padding blanks, and trailing zeros in 9 positions after the point are dropped.</summary>
    private string FillMode(string text)
    {
        text = text.Trim(' ');
        var point = text.IndexOf('.');
        if (point < 0) return text;
        var ninesAfterPoint = _elements.SkipWhile(e => e.Kind != Kind.Point).Skip(1).TakeWhile(e => e.Kind is Kind.Digit9 or Kind.Digit0).ToList();
        var end = point + 1 + ninesAfterPoint.Count;
        if (end > text.Length) return text;
        var cut = end;
        for (var k = ninesAfterPoint.Count - 1; k >= 0 && ninesAfterPoint[k].Kind == Kind.Digit9 && text[point + 1 + k] == '0'; k--)
            cut--;
        return text[..cut] + text[end..];
    }

    private string FormatHex(ExactNumber number)
    {
        if (number.Negative) return Overflow();
        var value = BigInteger.Parse(number.Round(0).IntegerDigits, CultureInfo.InvariantCulture);
        var hex = value.IsZero ? "0" : value.ToString("X", CultureInfo.InvariantCulture).TrimStart('0');
        if (!_hexUpper) hex = hex.ToLowerInvariant();
        var positions = _elements.Count(e => e.Kind is Kind.Hex or Kind.Digit0);
        if (hex.Length > positions) return Overflow();
        var zeroFill = _elements.Count > 0 && _elements[0].Kind == Kind.Digit0;
        var padded = hex.PadLeft(positions, zeroFill ? '0' : ' ');
        return _fillMode ? padded.Trim(' ') : " " + padded;
    }

    private string Overflow()
    {
        var width = _elements.Sum(e => e.Kind == Kind.Literal ? e.Text.Length : 1)
            + (_elements.Any(e => e.Kind is Kind.Sign or Kind.Minus) ? 0 : 1);
        return new string('#', width);
    }

    private int DigitsBeforePoint() =>
        _elements.TakeWhile(e => e.Kind != Kind.Point).Count(e => e.Kind is Kind.Digit9 or Kind.Digit0);

    private int DigitsAfterPoint() =>
        _elements.SkipWhile(e => e.Kind != Kind.Point).Count(e => e.Kind is Kind.Digit9 or Kind.Digit0);

    private void Add(Kind kind, string text = "") => _elements.Add(new Element(kind, text));

    /// <summary>'.' and ',' are elements only after a digit element; elsewhere they print as they are (docs).</summary>
    private Element ElementOf(char c)
    {
        var afterDigit = _elements.Count > 0 && _elements[^1].Kind is Kind.Digit9 or Kind.Digit0 or Kind.Hex;
        return c switch
        {
            '9' => new Element(Kind.Digit9),
            '0' => new Element(Kind.Digit0),
            'D' or 'd' => new Element(Kind.Point),
            '.' when afterDigit || _elements.Count == 0 || _elements[^1].Kind is Kind.Dollar or Kind.Sign => new Element(Kind.Point),
            'G' or 'g' => new Element(Kind.Group),
            ',' when afterDigit => new Element(Kind.Group),
            '$' => new Element(Kind.Dollar),
            'S' or 's' => new Element(Kind.Sign),
            'X' or 'x' => new Element(Kind.Hex),
            '.' or ',' or ';' or ':' or '-' or '=' or '/' or '(' or ')' or ' ' => new Element(Kind.Literal, c.ToString()),
            _ => throw Unsupported(c.ToString()),
        };
    }

    private int QuotedLiteral(string text, int start, string format)
    {
        var literal = new StringBuilder();
        var i = start + 1;
        while (true)
        {
            if (i >= text.Length) throw Unsupported(format);
            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"') { literal.Append('"'); i += 2; continue; }
                break;
            }
            literal.Append(text[i++]);
        }
        Add(Kind.Literal, literal.ToString());
        return i + 1;
    }

    private static SnowflakeSqlException Unsupported(string format) =>
        SnowflakeErrors.Unsupported($"numeric format element in '{format}'");
}
