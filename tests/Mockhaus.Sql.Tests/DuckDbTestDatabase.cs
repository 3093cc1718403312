using DuckDB.NET.Data;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Sql.Tests;

/// <summary>An in-memory DuckDB connection prepared like an engine connection (function-library macros installed).</summary>
public sealed class DuckDbTestDatabase : IDisposable
{
    private readonly DuckDBConnection _connection;

    public DuckDbTestDatabase()
    {
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        foreach (var setup in FunctionLibrary.ConnectionSetupSql)
            Execute(setup);
    }

    public void Execute(string duckDbSql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = duckDbSql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs DuckDB SQL and returns column names, DuckDB type names and rows.</summary>
    public QueryOutcome Query(string duckDbSql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = duckDbSql;
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : Normalize(reader.GetValue(i));
            rows.Add(row);
        }
        return new QueryOutcome(names, types, rows);
    }

    /// <summary>
    /// NUMBER(38,0) is DuckDB HUGEINT, which DuckDB.NET reads as BigInteger; values that fit a decimal become one so
    /// tests compare every NUMBER the same way (the drivers see a Decimal128 or Int64 either way).
    /// </summary>
    private static object Normalize(object value) =>
        value is System.Numerics.BigInteger big && big >= (System.Numerics.BigInteger)decimal.MinValue && big <= (System.Numerics.BigInteger)decimal.MaxValue
            ? (decimal)big
            : value;

    public void Dispose() => _connection.Dispose();
}

public sealed record QueryOutcome(IReadOnlyList<string> ColumnNames, IReadOnlyList<string> ColumnTypes, IReadOnlyList<object?[]> Rows)
{
    public object? Scalar => Rows[0][0];
}
