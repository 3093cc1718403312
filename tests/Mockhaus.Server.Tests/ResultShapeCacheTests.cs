using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Types;
using Mockhaus.Server.Results;

namespace Mockhaus.Server.Tests;

/// <summary>
/// A repeated query reuses its converter and its IPC schema message; the streams it writes are still exactly what
/// Apache.Arrow's own stream writer produces.
/// </summary>
public sealed class ResultShapeCacheTests
{
    private static readonly Schema Source = new([
        new Field("N", Int64Type.Default, true),
        new Field("D", new Decimal128Type(38, 0), true),
    ], null);

    private static readonly IReadOnlyList<ResultColumn> Columns =
        [new ResultColumn("N", SnowflakeType.Number()), new ResultColumn("D", SnowflakeType.Number())];

    [Test]
    public void The_same_schema_and_columns_reuse_the_converter()
    {
        var utc = new ConversionContext("UTC");
        var first = SnowflakeArrowConverter.For(Columns, Source, utc);
        Assert.That(SnowflakeArrowConverter.For(Columns.ToList(), Source, new ConversionContext("UTC")), Is.SameAs(first),
            "equal columns (a new list) and the same time zone");
        Assert.That(SnowflakeArrowConverter.For([Columns[0], new ResultColumn("D", SnowflakeType.Number(20, 2))], Source, utc),
            Is.Not.SameAs(first), "another declared type");
        Assert.That(SnowflakeArrowConverter.For(Columns, Source, new ConversionContext("Europe/Paris")), Is.Not.SameAs(first),
            "another session time zone");
        var copy = new Schema(Source.FieldsList, null);
        Assert.That(SnowflakeArrowConverter.For(Columns, copy, utc), Is.Not.SameAs(SnowflakeArrowConverter.For(Columns, Source, utc)),
            "another source schema");
    }

    [TestCase(5L, Description = "fits in 64 bits: the chunk narrows D to Int64")]
    [TestCase(null, Description = "wider than 64 bits: D stays Decimal128")]
    public void Chunks_equal_the_stream_writer_output_and_decode(long? small)
    {
        var converter = new SnowflakeArrowConverter(Columns, Source, new ConversionContext(null));
        var wide = small is null ? SqlDecimal(ulong.MaxValue) : SqlDecimal((ulong)small.Value);
        for (var round = 0; round < 2; round++)
        {
            using var batch = Batch(42, wide);
            using var writer = new ArrowChunkWriter(converter);
            writer.Append(converter.Convert(batch), []);
            using var chunk = writer.Finish();
            var bytes = chunk.ToArray();

            using var reader = new ArrowStreamReader(new MemoryStream(bytes));
            using var read = reader.ReadNextRecordBatch();
            Assert.That(((Int64Array)read.Column(0)).GetValue(0), Is.EqualTo(42));
            if (small is null)
                Assert.That(read.Column(1), Is.TypeOf<Decimal128Array>());
            else
                Assert.That(((Int64Array)read.Column(1)).GetValue(0), Is.EqualTo(small));
            Assert.That(read.Schema.GetFieldByName("N").Metadata["logicalType"], Is.EqualTo("FIXED"));

            var expected = new MemoryStream();
            using (var plain = new ArrowStreamWriter(expected, read.Schema, leaveOpen: true))
            {
                plain.WriteRecordBatch(read);
                plain.WriteEnd();
            }
            Assert.That(bytes, Is.EqualTo(expected.ToArray()), $"round {round}: byte for byte the stream writer's output");
        }
    }

    private static byte[] SqlDecimal(ulong low)
    {
        var value = new byte[16];
        BitConverter.TryWriteBytes(value.AsSpan(0, 8), low);
        if (low == ulong.MaxValue)
            value[8] = 1; // 2^64 + (2^64 - 1): needs the high word
        return value;
    }

    private static RecordBatch Batch(long n, byte[] decimal16)
    {
        var numbers = new Int64Array.Builder().Append(n).Build();
        var type = new Decimal128Type(38, 0);
        var decimals = new Decimal128Array(new ArrayData(type, 1, 0, 0,
            [ArrowBuffer.Empty, new ArrowBuffer(decimal16)]));
        return new RecordBatch(Source, [numbers, decimals], 1);
    }
}
