using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Apache.Arrow;
using Apache.Arrow.Types;
using Mockhaus.Engine.Types;

namespace Mockhaus.Server.Results;

/// <summary>
/// Writes rows in Snowflake's JSON rowset encoding (protocol doc §4.3): every value a JSON string, NULL as
/// null, rows separated by commas without outer brackets (chunk bodies are exactly that; the inline rowset
/// is wrapped in [...]). Text is raw UTF-8: the .NET chunk parser mangles \u escapes.
/// Input batches are the canonical arrays of <see cref="SnowflakeArrowConverter"/>.
/// </summary>
public sealed class JsonRowsetWriter
{
    private static readonly byte[] Null = "null"u8.ToArray();
    private readonly SnowflakeType[] _types;
    private SegmentedBuffer _buffer = new();

    public JsonRowsetWriter(IReadOnlyList<SnowflakeType> types)
    {
        _types = types.ToArray();
    }

    public int Rows { get; private set; }

    public long Bytes => _buffer.Length;

    public void Append(RecordBatch batch)
    {
        for (var row = 0; row < batch.Length; row++)
        {
            if (Rows > 0)
                WriteByte((byte)',');
            WriteByte((byte)'[');
            for (var column = 0; column < _types.Length; column++)
            {
                if (column > 0)
                    WriteByte((byte)',');
                WriteCell(batch.Column(column), row, _types[column]);
            }
            WriteByte((byte)']');
            Rows++;
        }
    }

    /// <summary>The rows written so far (comma-separated, no outer brackets), owned by the caller; resets the writer.</summary>
    public SegmentedBuffer Finish()
    {
        var written = _buffer;
        _buffer = new SegmentedBuffer();
        Rows = 0;
        return written;
    }

    private void WriteCell(IArrowArray array, int row, SnowflakeType type)
    {
        if (array.IsNull(row))
        {
            WriteRaw(Null);
            return;
        }
        switch (array)
        {
            case StringArray s:
                WriteQuoted(s.GetBytes(row));
                return;
            case BinaryArray b:
                WriteQuotedAscii(Convert.ToHexString(b.GetBytes(row)));
                return;
            case BooleanArray b:
                WriteQuotedAscii(b.GetValue(row) == true ? "1" : "0");
                return;
            case Int64Array n:
                WriteQuotedAscii(type.Kind == SnowflakeTypeKind.Time
                    ? DecimalText.Format(n.Values[row], type.Scale ?? 9)
                    : DecimalText.Format(n.Values[row], type.Kind == SnowflakeTypeKind.Fixed ? type.Scale ?? 0 : 0));
                return;
            case Decimal128Array d:
                WriteQuotedAscii(DecimalText.Format(DecimalText.ReadInt128(d, row), ((Decimal128Type)d.Data.DataType).Scale));
                return;
            case DoubleArray d:
                WriteQuotedAscii(FormatDouble(d.Values[row]));
                return;
            case Date32Array d:
                WriteQuotedAscii(d.Values[row].ToString(CultureInfo.InvariantCulture));
                return;
            case StructArray s:
                WriteQuotedAscii(FormatTimestamp(s, row, type.Scale ?? 9));
                return;
            default:
                WriteQuoted(Encoding.UTF8.GetBytes(ArrowValueRenderer.Text(array, row) ?? ""));
                return;
        }
    }

    /// <summary>Snowflake's spelling of the IEEE specials; finite values round-trip.</summary>
    public static string FormatDouble(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "inf"
        : double.IsNegativeInfinity(value) ? "-inf"
        : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>"seconds.fraction" with <paramref name="scale"/> digits (plus " tzIndex" for TIMESTAMP_TZ), an exact decimal.</summary>
    public static string FormatTimestamp(StructArray value, int row, int scale)
    {
        var seconds = ((Int64Array)value.Fields[0]).Values[value.Offset + row];
        var nanos = ((Int32Array)value.Fields[1]).Values[value.Offset + row];
        var text = FormatEpoch(seconds, nanos, scale);
        return value.Fields.Count > 2 ? text + " " + ((Int32Array)value.Fields[2]).Values[value.Offset + row].ToString(CultureInfo.InvariantCulture) : text;
    }

    public static string FormatEpoch(long seconds, int nanos, int scale)
    {
        var scaledFraction = nanos / Pow10(9 - Math.Clamp(scale, 0, 9));
        if (seconds < 0 && nanos > 0)
        {
            // Sign-and-magnitude text of the exact value: -1 s + 0.25 s = "-0.75".
            var magnitudeSeconds = -(seconds + 1);
            var magnitudeFraction = Pow10(Math.Clamp(scale, 0, 9)) - scaledFraction;
            return "-" + Compose(magnitudeSeconds, magnitudeFraction, scale);
        }
        return Compose(seconds, scaledFraction, scale);
    }

    private static string Compose(long seconds, long fraction, int scale) =>
        scale <= 0
            ? seconds.ToString(CultureInfo.InvariantCulture)
            : seconds.ToString(CultureInfo.InvariantCulture) + "." + fraction.ToString(CultureInfo.InvariantCulture).PadLeft(scale, '0');

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }

    private void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }

    private void WriteQuotedAscii(string text)
    {
        var span = _buffer.GetSpan(text.Length + 2);
        span[0] = (byte)'"';
        for (var i = 0; i < text.Length; i++)
            span[i + 1] = (byte)text[i];
        span[text.Length + 1] = (byte)'"';
        _buffer.Advance(text.Length + 2);
    }

    /// <summary>Escapes only '"', '\' and control characters; everything else is copied as raw UTF-8.</summary>
    private void WriteQuoted(ReadOnlySpan<byte> utf8)
    {
        var span = _buffer.GetSpan(utf8.Length * 6 + 2);
        var n = 0;
        span[n++] = (byte)'"';
        foreach (var b in utf8)
        {
            switch (b)
            {
                case (byte)'"': span[n++] = (byte)'\\'; span[n++] = (byte)'"'; break;
                case (byte)'\\': span[n++] = (byte)'\\'; span[n++] = (byte)'\\'; break;
                case (byte)'\n': span[n++] = (byte)'\\'; span[n++] = (byte)'n'; break;
                case (byte)'\r': span[n++] = (byte)'\\'; span[n++] = (byte)'r'; break;
                case (byte)'\t': span[n++] = (byte)'\\'; span[n++] = (byte)'t'; break;
                case (byte)'\b': span[n++] = (byte)'\\'; span[n++] = (byte)'b'; break;
                case < 0x20:
                    // \uXXXX for other controls (\f included: the .NET parser decodes it wrongly).
                    span[n++] = (byte)'\\'; span[n++] = (byte)'u'; span[n++] = (byte)'0'; span[n++] = (byte)'0';
                    span[n++] = (byte)"0123456789abcdef"[b >> 4]; span[n++] = (byte)"0123456789abcdef"[b & 15];
                    break;
                default: span[n++] = b; break;
            }
        }
        span[n++] = (byte)'"';
        _buffer.Advance(n);
    }
}
