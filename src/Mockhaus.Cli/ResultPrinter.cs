using Apache.Arrow;
using Mockhaus.Engine.Results;

namespace Mockhaus.Cli;

/// <summary>Prints a statement result as tab-separated text with a header line.</summary>
internal static class ResultPrinter
{
    public static void Print(StatementResult result, TextWriter output)
    {
        output.WriteLine(string.Join('\t', result.Rows.Columns.Select(c => c.Name)));
        while (result.Rows.ReadNext() is { } batch)
        {
            using (batch)
            {
                for (var row = 0; row < batch.Length; row++)
                    output.WriteLine(string.Join('\t', Enumerable.Range(0, batch.ColumnCount).Select(c => Format(batch.Column(c), row, result.Rows.Columns[c]))));
            }
        }
    }

    private static string Format(IArrowArray array, int row, ResultColumn column)
    {
        if (array.IsNull(row))
            return "NULL";
        return array switch
        {
            // DuckDB hands BOOLEAN over as the arrow.bool8 extension (one byte per value).
            Int8Array flags when column.Type.Kind == Mockhaus.Engine.Types.SnowflakeTypeKind.Boolean =>
                flags.GetValue(row) != 0 ? "TRUE" : "FALSE",
            Apache.Arrow.Arrays.FixedSizeBinaryArray a when Mockhaus.Engine.Types.HugeIntValues.IsHugeInt(a) =>
                Mockhaus.Engine.Types.HugeIntValues.Read(a, row).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Time64Array a => a.GetTime(row)!.Value.ToString("HH:mm:ss.ffffff"),
            // TIMESTAMP_TZ in Snowflake's default output format with the value's own offset (+0530: the colon of zzz removed).
            StructArray a when Mockhaus.Engine.Types.TimestampTzLayout.Is(a.Data.DataType) =>
                Mockhaus.Engine.Types.TimestampTzLayout.ValueAt(a, row).ToString("yyyy-MM-dd HH:mm:ss.fff zzz", System.Globalization.CultureInfo.InvariantCulture).Remove(27, 1),
            StringArray strings => strings.GetString(row) ?? "",
            BinaryArray a => Convert.ToHexString(a.GetBytes(row)),
            BooleanArray booleans => booleans.GetValue(row) == true ? "TRUE" : "FALSE",
            Decimal128Array decimals => decimals.GetSqlDecimal(row)!.Value.ToString(),
            Int64Array a => a.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Int32Array a => a.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Int16Array a => a.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Int8Array a => a.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            UInt64Array a => a.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            UInt32Array a => a.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FloatArray a => a.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DoubleArray a => a.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Date32Array a => a.GetDateOnly(row)!.Value.ToString("yyyy-MM-dd"),
            TimestampArray a => a.GetTimestamp(row)!.Value.ToString("yyyy-MM-dd HH:mm:ss.ffffff"),
            _ => $"<{array.Data.DataType.Name}>",
        };
    }
}
