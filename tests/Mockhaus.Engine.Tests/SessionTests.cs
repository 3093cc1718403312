using Apache.Arrow;
using Mockhaus.Engine.Results;
using Mockhaus.Engine.Sessions;
using Mockhaus.Engine.Types;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

public class SessionTests
{
    private MockhausEngine _engine = null!;
    private Session _session = null!;

    [SetUp]
    public void SetUp()
    {
        _engine = new MockhausEngine(new EngineOptions(), new KeywordTranslator());
        _session = _engine.OpenSession(new SessionOptions { Database = "testdb", Schema = "public" });
    }

    [TearDown]
    public void TearDown()
    {
        _session.Dispose();
        _engine.Dispose();
    }

    private StatementResult Run(string sql) => _session.Execute(_session.Translate(sql)[0]);

    private static List<object?[]> ReadAll(StatementResult result)
    {
        var rows = new List<object?[]>();
        using (result)
        {
            while (result.Rows.ReadNext() is { } batch)
            {
                for (var r = 0; r < batch.Length; r++)
                    rows.Add(Enumerable.Range(0, batch.ColumnCount).Select(c => Value(batch.Column(c), r)).ToArray());
            }
        }
        return rows;
    }

    private static object? Value(IArrowArray array, int index) => array switch
    {
        _ when array.IsNull(index) => null,
        Int64Array a => a.GetValue(index),
        StringArray a => a.GetString(index),
        Int32Array a => a.GetValue(index),
        _ => array.GetType().Name,
    };

    [Test]
    public void Login_database_is_created_with_public_schema_and_becomes_current()
    {
        Assert.That(_session.Database, Is.EqualTo("TESTDB"));
        Assert.That(_session.Schema, Is.EqualTo("PUBLIC"));
        Assert.That(_engine.Catalog.List(), Does.Contain("TESTDB"));
        Assert.That(_engine.Catalog.SchemaExists("TESTDB", "PUBLIC"), Is.True);
    }

    [Test]
    public void Create_table_answers_with_snowflake_status_row()
    {
        var rows = ReadAll(Run("CREATE TABLE t_x (a INT)"));
        Assert.That(rows.Single()[0], Is.EqualTo("Table T_X successfully created."));
    }

    [Test]
    public void Unqualified_tables_live_in_the_current_database_and_schema()
    {
        ReadAll(Run("CREATE TABLE t1 (a INT)"));
        var rows = ReadAll(Run("SELECT table_catalog, table_schema FROM information_schema.tables WHERE table_name = 't1'"));
        Assert.That(rows.Single(), Is.EqualTo(new object?[] { "TESTDB", "PUBLIC" }));
    }

    [Test]
    public void Insert_update_delete_report_snowflake_count_columns()
    {
        ReadAll(Run("CREATE TABLE t (a INT)"));
        using (var insert = Run("INSERT INTO t VALUES (1), (2), (3)"))
        {
            Assert.That(insert.StatementTypeId, Is.EqualTo(StatementTypes.Insert));
            Assert.That(insert.Rows.Columns.Select(c => c.Name), Is.EqualTo(new[] { "number of rows inserted" }));
            Assert.That(((Int64Array)insert.Rows.ReadNext()!.Column(0)).GetValue(0), Is.EqualTo(3));
        }
        var updated = ReadAll(Run("UPDATE t SET a = a + 1 WHERE a > 1"));
        Assert.That(updated.Single(), Is.EqualTo(new object?[] { 2L, 0L }));
        var deleted = ReadAll(Run("DELETE FROM t WHERE a = 1"));
        Assert.That(deleted.Single(), Is.EqualTo(new object?[] { 1L }));
    }

    [Test]
    public void Query_columns_are_typed_for_snowflake()
    {
        using var result = Run("SELECT 1::BIGINT AS a, 2.50::DECIMAL(10,2) AS b, 'x' AS c, DATE '2024-01-02' AS d, TRUE AS e, '{}'::JSON AS f, now() AS g, now()::TIMESTAMP AS h");
        var types = result.Rows.Columns.Select(c => c.Type).ToList();
        Assert.That(types[0], Is.EqualTo(SnowflakeType.Number(38, 0)));
        Assert.That(types[1], Is.EqualTo(SnowflakeType.Number(10, 2)));
        Assert.That(types[2].Kind, Is.EqualTo(SnowflakeTypeKind.Text));
        Assert.That(types[3].Kind, Is.EqualTo(SnowflakeTypeKind.Date));
        Assert.That(types[4].Kind, Is.EqualTo(SnowflakeTypeKind.Boolean));
        Assert.That(types[5].Kind, Is.EqualTo(SnowflakeTypeKind.Variant));
        Assert.That(types[6].Kind, Is.EqualTo(SnowflakeTypeKind.TimestampLtz));
        Assert.That(types[7].Kind, Is.EqualTo(SnowflakeTypeKind.TimestampNtz));
    }

    [Test]
    public void Large_results_stream_in_batches()
    {
        using var result = Run("SELECT range AS n FROM range(100000)");
        long rows = 0;
        var batches = 0;
        while (result.Rows.ReadNext() is { } batch)
        {
            rows += batch.Length;
            batches++;
        }
        Assert.That(rows, Is.EqualTo(100000));
        Assert.That(batches, Is.GreaterThan(1));
    }

    [Test]
    public void Missing_table_maps_to_002003_and_session_stays_usable()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Run("SELECT * FROM nope"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002003"));
        Assert.That(error.SqlState, Is.EqualTo("42S02"));
        Assert.That(error.Message, Is.EqualTo("SQL compilation error:\nObject 'nope' does not exist or not authorized."));
        Assert.That(ReadAll(Run("SELECT 42::BIGINT")).Single()[0], Is.EqualTo(42L));
    }

    [Test]
    public void Division_by_zero_maps_to_100051()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => ReadAll(Run("SELECT error('Division by zero')")))!;
        Assert.That(error.ErrorCode, Is.EqualTo("100051"));
        Assert.That(error.SqlState, Is.EqualTo("22012"));
    }

    [Test]
    public void Sessions_have_independent_connections()
    {
        using var other = _engine.OpenSession(new SessionOptions { Database = "otherdb" });
        Assert.That(other.Database, Is.EqualTo("OTHERDB"));
        ReadAll(Run("CREATE TEMP TABLE mine (a INT)"));
        Assert.Throws<SnowflakeSqlException>(() => other.Execute(other.Translate("SELECT * FROM mine")[0]).Dispose());
    }

    [Test]
    public void Cancel_interrupts_a_running_statement()
    {
        var task = Task.Run(() => ReadAll(Run("SELECT count(*) FROM range(10000000000) a, range(10) b WHERE a.range * b.range = -1")));
        Thread.Sleep(300);
        _session.Cancel();
        var error = Assert.Throws<SnowflakeSqlException>(() => task.GetAwaiter().GetResult())!;
        Assert.That(error.ErrorCode, Is.EqualTo("000604"), error.Message);
    }
}
