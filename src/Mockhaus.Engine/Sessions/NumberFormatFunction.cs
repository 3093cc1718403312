using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// TO_CHAR / TO_VARCHAR of a number with a format model (https://docs.snowflake.com/en/sql-reference/sql-format-models),
/// as a DuckDB scalar function of the engine's database instance over the number's exact text. The layout rules are the
/// translator's <see cref="NumericFormatModel"/>; NULL in gives NULL out.
/// </summary>
internal static class NumberFormatFunction
{
    /// <summary>Parsed formats by text; a statement uses the same few formats for every row.</summary>
    private static readonly ConcurrentDictionary<string, NumericFormatModel> Models = new();

    public static void Register(DuckDBConnection connection) =>
        connection.RegisterScalarFunction<string, string, string>(FunctionLibrary.NumberFormatFunction, (readers, writer, rowCount) =>
        {
            for (ulong row = 0; row < rowCount; row++)
            {
                if (!readers[0].IsValid(row) || !readers[1].IsValid(row))
                {
                    writer.WriteNull(row);
                    continue;
                }
                var number = readers[0].GetValue<string>(row);
                var format = readers[1].GetValue<string>(row);
                var model = Models.Count < 1000 ? Models.GetOrAdd(format, NumericFormatModel.Parse) : NumericFormatModel.Parse(format);
                writer.WriteValue(model.Format(number), row);
            }
        }, new ScalarFunctionOptions { IsPureFunction = true });
}
