using Apache.Arrow;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Sessions;
using Mockhaus.Sql;

namespace Mockhaus.Engine.Tests;

/// <summary>An engine with the real Snowflake translator and one open session per test.</summary>
public abstract class EngineTestBase
{
    protected MockhausEngine Engine { get; private set; } = null!;
    protected Session Session { get; private set; } = null!;

    protected virtual SessionOptions LoginOptions => new() { Database = "TESTDB", Schema = "PUBLIC" };

    [SetUp]
    public void OpenSession()
    {
        Engine = new MockhausEngine(new EngineOptions(), new SnowflakeTranslator());
        Session = Engine.OpenSession(LoginOptions);
    }

    [TearDown]
    public void CloseSession()
    {
        Session.Dispose();
        Engine.Dispose();
    }

    /// <summary>Runs every statement of <paramref name="sql"/> and returns the rows of the last one.</summary>
    protected List<object?[]> Rows(string sql) => Rows(Session, sql);

    protected static List<object?[]> Rows(Session session, string sql)
    {
        List<object?[]> rows = [];
        foreach (var statement in session.Translate(sql))
        {
            using var result = session.Execute(statement);
            rows = ReadAll(result);
        }
        return rows;
    }

    protected object? Scalar(string sql) => Rows(sql).Single()[0];

    protected IReadOnlyList<string> ColumnNames(string sql)
    {
        var statements = Session.Translate(sql);
        using var result = Session.Execute(statements.Single());
        return result.Rows.Columns.Select(c => c.Name).ToList();
    }

    protected static List<object?[]> ReadAll(StatementResult result)
    {
        var rows = new List<object?[]>();
        while (result.Rows.ReadNext() is { } batch)
        {
            using (batch)
            {
                for (var r = 0; r < batch.Length; r++)
                    rows.Add(Enumerable.Range(0, batch.ColumnCount).Select(c => ArrowValues.Get(batch.Schema.GetFieldByIndex(c), batch.Column(c), r)).ToArray());
            }
        }
        return rows;
    }
}

/// <summary>Reads a cell of DuckDB's Arrow output as a plain CLR value for assertions.</summary>
internal static class ArrowValues
{
    public static object? Get(Field field, IArrowArray array, int index) => array switch
    {
        _ when array.IsNull(index) => null,
        Int8Array a when Types.ArrowTypeMapper.ExtensionName(field) == "arrow.bool8" => a.GetValue(index) != 0,
        Int64Array a => a.GetValue(index),
        Int32Array a => (long)a.GetValue(index)!.Value,
        Int8Array a => (long)a.GetValue(index)!.Value,
        StringArray a => a.GetString(index),
        BooleanArray a => a.GetValue(index),
        DoubleArray a => a.GetValue(index),
        Decimal128Array a => a.GetValue(index),
        Apache.Arrow.Arrays.FixedSizeBinaryArray a when Types.HugeIntValues.IsHugeInt(a) => (decimal)Types.HugeIntValues.Read(a, index),
        Date32Array a => a.GetDateOnly(index),
        _ => array.GetType().Name,
    };
}
