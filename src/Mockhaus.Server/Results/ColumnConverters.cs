using System.Buffers.Binary;
using System.Numerics;
using Apache.Arrow;
using Apache.Arrow.Arrays;
using Apache.Arrow.Types;
using Mockhaus.Engine.Types;

namespace Mockhaus.Server.Results;

/// <summary>Picks, per column, the conversion from DuckDB's Arrow type to Snowflake's encoding.</summary>
public static class ColumnConverters
{
    private const long NanosPerSecond = 1_000_000_000;

    public static readonly StructType TimestampStruct = new([
        new Field("epoch", Int64Type.Default, false), new Field("fraction", Int32Type.Default, false)]);

    public static readonly StructType TimestampTzStruct = new([
        new Field("epoch", Int64Type.Default, false), new Field("fraction", Int32Type.Default, false),
        new Field("timezone", Int32Type.Default, false)]);

    public static ColumnConverter For(SnowflakeType type, Field source, ConversionContext context)
    {
        var extension = ArrowTypeMapper.ExtensionName(source);
        return type.Kind switch
        {
            SnowflakeTypeKind.Fixed => Fixed(source.DataType, extension),
            SnowflakeTypeKind.Real => Real(source.DataType),
            SnowflakeTypeKind.Boolean => Boolean(source.DataType),
            SnowflakeTypeKind.Date => Date(source.DataType),
            SnowflakeTypeKind.Time => Time(source.DataType, type.Scale ?? 9),
            SnowflakeTypeKind.TimestampNtz or SnowflakeTypeKind.TimestampLtz => Timestamp(source.DataType, withZone: false, context),
            SnowflakeTypeKind.TimestampTz when TimestampTzLayout.Is(source.DataType) => TimestampWithOwnOffset(source.DataType),
            SnowflakeTypeKind.TimestampTz => Timestamp(source.DataType, withZone: true, context),
            SnowflakeTypeKind.Binary => Binary(source.DataType),
            SnowflakeTypeKind.Object or SnowflakeTypeKind.Array or SnowflakeTypeKind.Map when type.Fields is not null => Structured(),
            SnowflakeTypeKind.Variant or SnowflakeTypeKind.Object or SnowflakeTypeKind.Array => SemiStructured(),
            _ => Text(source.DataType),
        };
    }

    private static ColumnConverter Fixed(IArrowType source, string? extension)
    {
        switch (source)
        {
            case Int64Type:
                return new ColumnConverter(Int64Type.Default, a => a, passThrough: true);
            case Int8Type when extension != "arrow.bool8":
            case Int16Type or Int32Type or UInt8Type or UInt16Type or UInt32Type or UInt64Type:
                return new ColumnConverter(Int64Type.Default, WidenToInt64);
            case Decimal128Type { Precision: <= 18 }:
                return new ColumnConverter(Int64Type.Default, a => Decimal128ToInt64((Decimal128Array)a));
            case Decimal128Type d:
                return new ColumnConverter(d, a => a, passThrough: true);
            case FixedSizeBinaryType { ByteWidth: 16 }:
                // DuckDB HUGEINT arrives as an opaque 16-byte little-endian int128: the exact layout of Decimal128.
                var hugeint = new Decimal128Type(38, 0);
                return new ColumnConverter(hugeint, a => new Decimal128Array(
                    new ArrayData(hugeint, a.Length, a.NullCount, a.Offset, a.Data.Buffers)), passThrough: true);
            case BooleanType or Int8Type:
                return new ColumnConverter(Int64Type.Default, a => BuildInt64(a, (arr, i) => BoolAt(arr, i) ? 1 : 0));
            default:
                return new ColumnConverter(Int64Type.Default, a => BuildInt64(a, (arr, i) => (long)Math.Round(DoubleAt(arr, i))));
        }
    }

    private static ColumnConverter Real(IArrowType source) => source switch
    {
        DoubleType => new ColumnConverter(DoubleType.Default, a => a, passThrough: true),
        _ => new ColumnConverter(DoubleType.Default, a =>
        {
            var builder = new DoubleArray.Builder().Reserve(a.Length);
            for (var i = 0; i < a.Length; i++)
                if (a.IsNull(i)) builder.AppendNull(); else builder.Append(DoubleAt(a, i));
            return builder.Build();
        }),
    };

    private static ColumnConverter Boolean(IArrowType source) => source switch
    {
        BooleanType => new ColumnConverter(BooleanType.Default, a => a, passThrough: true),
        _ => new ColumnConverter(BooleanType.Default, a =>
        {
            var builder = new BooleanArray.Builder().Reserve(a.Length);
            for (var i = 0; i < a.Length; i++)
                if (a.IsNull(i)) builder.AppendNull(); else builder.Append(BoolAt(a, i));
            return builder.Build();
        }),
    };

    private static ColumnConverter Date(IArrowType source) => source switch
    {
        Date32Type => new ColumnConverter(Date32Type.Default, a => a, passThrough: true),
        _ => new ColumnConverter(Date32Type.Default, a =>
        {
            var builder = new Date32Array.Builder().Reserve(a.Length);
            for (var i = 0; i < a.Length; i++)
            {
                if (a.IsNull(i)) builder.AppendNull();
                else if (a is Date64Array d) builder.Append(d.GetDateOnly(i)!.Value);
                else if (a is TimestampArray t) builder.Append(DateOnly.FromDateTime(t.GetTimestamp(i)!.Value.UtcDateTime));
                else builder.AppendNull();
            }
            return builder.Build();
        }),
    };

    /// <summary>TIME as Int64 counting 10^-scale seconds since midnight.</summary>
    private static ColumnConverter Time(IArrowType source, int scale)
    {
        var divisor = Pow10(9 - Math.Clamp(scale, 0, 9));
        return new ColumnConverter(Int64Type.Default, a =>
        {
            var builder = new Int64Array.Builder().Reserve(a.Length);
            for (var i = 0; i < a.Length; i++)
                if (a.IsNull(i)) builder.AppendNull(); else builder.Append(TimeNanos(a, i) / divisor);
            return builder.Build();
        });
    }

    private static long TimeNanos(IArrowArray array, int i) => array switch
    {
        Time64Array t => ((Time64Type)t.Data.DataType).Unit == TimeUnit.Nanosecond ? t.Values[i] : t.Values[i] * 1000,
        Time32Array t => ((Time32Type)t.Data.DataType).Unit == TimeUnit.Millisecond ? t.Values[i] * 1_000_000L : t.Values[i] * NanosPerSecond,
        Int64Array t => t.Values[i],
        _ => 0,
    };

    /// <summary>TIMESTAMP_* as Struct{epoch seconds, fraction nanoseconds[, timezone = offset minutes + 1440]}.</summary>
    private static ColumnConverter Timestamp(IArrowType source, bool withZone, ConversionContext context)
    {
        var (nanosPerUnit, columnZone) = source is TimestampType ts ? (UnitNanos(ts.Unit), ts.Timezone) : (NanosPerSecond * 86400, null);
        return new ColumnConverter(withZone ? TimestampTzStruct : TimestampStruct, a =>
        {
            var structs = new TimestampStructBuilder(a.Length, withZone);
            for (var i = 0; i < a.Length; i++)
            {
                if (a.IsNull(i))
                {
                    structs.AppendNull();
                    continue;
                }
                var (seconds, nanos) = Split(RawTimestamp(a, i), nanosPerUnit);
                structs.Append(seconds, nanos, withZone ? context.OffsetMinutes(seconds, columnZone) : 0);
            }
            return structs.Build();
        });
    }

    /// <summary>
    /// A TIMESTAMP_TZ struct (instant, offset minutes; see <see cref="TimestampTzLayout"/>) as Struct{epoch seconds,
    /// fraction nanoseconds, timezone = the value's own offset minutes + 1440}.
    /// </summary>
    private static ColumnConverter TimestampWithOwnOffset(IArrowType source)
    {
        var nanosPerUnit = UnitNanos(((TimestampType)((StructType)source).Fields[0].DataType).Unit);
        return new ColumnConverter(TimestampTzStruct, a =>
        {
            var value = (StructArray)a;
            var (instants, offsets) = TimestampTzLayout.Fields(value);
            var structs = new TimestampStructBuilder(a.Length, withZone: true);
            for (var i = 0; i < a.Length; i++)
            {
                var child = value.Offset + i;
                if (a.IsNull(i) || instants.IsNull(child) || offsets.IsNull(child))
                {
                    structs.AppendNull();
                    continue;
                }
                var (seconds, nanos) = Split(instants.Values[child], nanosPerUnit);
                structs.Append(seconds, nanos, offsets.Values[child]);
            }
            return structs.Build();
        });
    }

    /// <summary>Builds Snowflake's timestamp structs: epoch seconds, fraction nanoseconds and, for TZ, offset minutes + 1440.</summary>
    private sealed class TimestampStructBuilder(int length, bool withZone)
    {
        private readonly Int64Array.Builder _epochs = new Int64Array.Builder().Reserve(length);
        private readonly Int32Array.Builder _fractions = new Int32Array.Builder().Reserve(length);
        private readonly Int32Array.Builder? _zones = withZone ? new Int32Array.Builder().Reserve(length) : null;
        private readonly ArrowBuffer.BitmapBuilder _validity = new(length);
        private int _nullCount;

        public void Append(long seconds, int nanos, int offsetMinutes)
        {
            _validity.Append(true);
            _epochs.Append(seconds);
            _fractions.Append(nanos);
            _zones?.Append(offsetMinutes + 1440);
        }

        /// <summary>A NULL row: zeros in the children (which have no nulls of their own), unset in the struct's validity.</summary>
        public void AppendNull()
        {
            _validity.Append(false);
            _nullCount++;
            _epochs.Append(0);
            _fractions.Append(0);
            _zones?.Append(1440);
        }

        public StructArray Build()
        {
            var children = new List<IArrowArray> { _epochs.Build(), _fractions.Build() };
            if (_zones is not null)
                children.Add(_zones.Build());
            return new StructArray(_zones is null ? TimestampStruct : TimestampTzStruct, length, children,
                _nullCount == 0 ? ArrowBuffer.Empty : _validity.Build(), _nullCount);
        }
    }

    private static long RawTimestamp(IArrowArray array, int i) => array switch
    {
        TimestampArray t => t.Values[i],
        Date32Array d => d.Values[i],
        Int64Array n => n.Values[i],
        _ => 0,
    };

    /// <summary>Floor division, so instants before 1970 get a negative epoch and a positive fraction.</summary>
    public static (long Seconds, int Nanos) Split(long raw, long nanosPerUnit)
    {
        if (nanosPerUnit >= NanosPerSecond)
            return (raw * (nanosPerUnit / NanosPerSecond), 0);
        var unitsPerSecond = NanosPerSecond / nanosPerUnit;
        var seconds = Math.DivRem(raw, unitsPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds -= 1;
            remainder += unitsPerSecond;
        }
        return (seconds, (int)(remainder * nanosPerUnit));
    }

    private static long UnitNanos(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => NanosPerSecond,
        TimeUnit.Millisecond => 1_000_000,
        TimeUnit.Microsecond => 1_000,
        _ => 1,
    };

    private static ColumnConverter Binary(IArrowType source) => source switch
    {
        BinaryType => new ColumnConverter(BinaryType.Default, a => a, passThrough: true),
        _ => new ColumnConverter(BinaryType.Default, a =>
        {
            var builder = new BinaryArray.Builder().Reserve(a.Length);
            for (var i = 0; i < a.Length; i++)
            {
                if (a.IsNull(i)) builder.AppendNull();
                else if (a is FixedSizeBinaryArray f) builder.Append(f.GetBytes(i));
                else if (a is BinaryViewArray v) builder.Append(v.GetBytes(i));
                else if (a is LargeBinaryArray l) builder.Append(l.GetBytes(i));
                else builder.Append(System.Text.Encoding.UTF8.GetBytes(ArrowValueRenderer.Text(a, i) ?? "").AsSpan());
            }
            return builder.Build();
        }),
    };

    /// <summary>VARIANT / OBJECT / ARRAY: the stored JSON re-rendered as Snowflake prints it (<see cref="VariantText"/>).</summary>
    private static ColumnConverter SemiStructured() => new(StringType.Default, a =>
    {
        var builder = new StringArray.Builder().Reserve(a.Length);
        for (var i = 0; i < a.Length; i++)
            builder.Append(VariantText.Render(ArrowValueRenderer.Text(a, i)));
        return builder.Build();
    });

    // A structured value is compact JSON in its own key order: a structured OBJECT keeps the declared key order
    // (VariantText would sort the keys), and the drivers parse it by the rowtype `fields`.
    private static ColumnConverter Structured() => new(StringType.Default, a =>
    {
        var builder = new StringArray.Builder().Reserve(a.Length);
        for (var i = 0; i < a.Length; i++)
            builder.Append(ArrowValueRenderer.Text(a, i));
        return builder.Build();
    });

    private static ColumnConverter Text(IArrowType source) => source switch
    {
        StringType => new ColumnConverter(StringType.Default, a => a, passThrough: true),
        _ => new ColumnConverter(StringType.Default, a =>
        {
            var builder = new StringArray.Builder().Reserve(a.Length);
            for (var i = 0; i < a.Length; i++)
                builder.Append(ArrowValueRenderer.Text(a, i));
            return builder.Build();
        }),
    };

    private static IArrowArray WidenToInt64(IArrowArray a)
    {
        var builder = new Int64Array.Builder().Reserve(a.Length);
        for (var i = 0; i < a.Length; i++)
        {
            if (a.IsNull(i)) { builder.AppendNull(); continue; }
            builder.Append(a switch
            {
                Int8Array x => x.Values[i],
                Int16Array x => x.Values[i],
                Int32Array x => x.Values[i],
                UInt8Array x => x.Values[i],
                UInt16Array x => x.Values[i],
                UInt32Array x => x.Values[i],
                UInt64Array x => (long)x.Values[i],
                _ => 0L,
            });
        }
        return builder.Build();
    }

    /// <summary>A DECIMAL(p ≤ 18, s) keeps its unscaled value, which fits the low 64 bits of the int128.</summary>
    private static IArrowArray Decimal128ToInt64(Decimal128Array a)
    {
        var builder = new Int64Array.Builder().Reserve(a.Length);
        var values = a.Data.Buffers[1].Span;
        for (var i = 0; i < a.Length; i++)
        {
            if (a.IsNull(i)) builder.AppendNull();
            else builder.Append(BinaryPrimitives.ReadInt64LittleEndian(values.Slice((a.Offset + i) * 16, 8)));
        }
        return builder.Build();
    }

    private static bool BoolAt(IArrowArray a, int i) => a switch
    {
        BooleanArray b => b.GetValue(i) == true,
        Int8Array b => b.Values[i] != 0,
        _ => false,
    };

    private static double DoubleAt(IArrowArray a, int i) => a switch
    {
        DoubleArray x => x.Values[i],
        FloatArray x => x.Values[i],
        HalfFloatArray x => (double)x.Values[i],
        Int8Array x => x.Values[i],
        Int16Array x => x.Values[i],
        Int32Array x => x.Values[i],
        Int64Array x => x.Values[i],
        UInt8Array x => x.Values[i],
        UInt16Array x => x.Values[i],
        UInt32Array x => x.Values[i],
        UInt64Array x => x.Values[i],
        Decimal128Array x => (double)DecimalText.ReadInt128(x, i) / Math.Pow(10, ((Decimal128Type)x.Data.DataType).Scale),
        _ => double.NaN,
    };

    private static IArrowArray BuildInt64(IArrowArray a, Func<IArrowArray, int, long> value)
    {
        var builder = new Int64Array.Builder().Reserve(a.Length);
        for (var i = 0; i < a.Length; i++)
            if (a.IsNull(i)) builder.AppendNull(); else builder.Append(value(a, i));
        return builder.Build();
    }

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }
}
