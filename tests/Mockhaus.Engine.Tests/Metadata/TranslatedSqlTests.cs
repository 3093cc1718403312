using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Metadata;
using Mockhaus.Sql;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>
/// Snowflake SQL through the real <see cref="SnowflakeTranslator"/>, dispatched the way the session does:
/// SHOW / DESCRIBE / COMMENT by <see cref="MetadataStatements.TryExecute"/>, DuckDB SQL on the connection (with
/// INFORMATION_SCHEMA references mapped by the generator), then <see cref="MetadataStatements.AfterStatement"/>.
/// </summary>
public class TranslatedSqlTests : MetadataTestBase
{
    private readonly SnowflakeTranslator _translator = new();
    private string? _database = "DB";
    private string? _schema = "PUBLIC";

    [SetUp]
    public void ResetContext() => (_database, _schema) = ("DB", "PUBLIC");

    private MetadataContext Ctx => new() { Connection = Connection, Catalog = Catalog, Database = _database, Schema = _schema };

    private (List<string> Names, List<object?[]> Rows) Run(string sql)
    {
        (List<string>, List<object?[]>) last = ([], []);
        foreach (var statement in _translator.Translate(sql))
        {
            if (MetadataStatements.TryExecute(statement, Ctx, out var result))
            {
                last = Read(result);
                continue;
            }
            if (statement.Syntax is CreateDatabaseStatement create)
            {
                Catalog.Create(create.Name.Last.Resolved, create.OrReplace);
                (_database, _schema) = (create.Name.Last.Resolved, DatabaseCatalog.DefaultSchema);
                Sql($"USE \"{_database}\".\"PUBLIC\"");
            }
            else if (statement.DuckDbSql is { } duckDb)
            {
                if (statement.Kind is StatementKind.Select)
                {
                    var names = QueryColumnNames(duckDb);
                    last = (names, Query(duckDb));
                    continue;
                }
                Sql(duckDb);
            }
            MetadataStatements.AfterStatement(statement, Ctx);
        }
        return last;
    }

    [Test]
    public void Create_table_declared_types_reach_describe_show_and_information_schema()
    {
        Run("""
            CREATE TABLE orders (
              id INT NOT NULL PRIMARY KEY COMMENT 'order id',
              amount NUMBER(10,2) DEFAULT 0,
              note STRING,
              code VARCHAR(100),
              placed_at TIMESTAMP_NTZ(3),
              ratio DOUBLE,
              created DATETIME
            ) COMMENT = 'orders table'
            """);
        var describe = Run("DESCRIBE TABLE orders").Rows;
        Assert.That(describe.Select(r => $"{r[0]} {r[1]} {r[3]} {r[4]} {r[5]}"), Is.EqualTo(new[]
        {
            "ID NUMBER(38,0) N  Y", "AMOUNT NUMBER(10,2) Y 0 N", "NOTE VARCHAR(16777216) Y  N", "CODE VARCHAR(100) Y  N",
            "PLACED_AT TIMESTAMP_NTZ(3) Y  N", "RATIO FLOAT Y  N", "CREATED TIMESTAMP_NTZ(9) Y  N",
        }));
        Assert.That(describe[0][9], Is.EqualTo("order id"));

        var tables = Run("SHOW TABLES LIKE 'ORD%'").Rows;
        Assert.That(tables.Single()[1], Is.EqualTo("ORDERS"));
        Assert.That(tables.Single()[5], Is.EqualTo("orders table"));

        var columns = Run("SELECT column_name, data_type, character_maximum_length, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_name = 'ORDERS' ORDER BY ordinal_position").Rows;
        Assert.That(columns.Select(r => string.Join("|", r)), Is.EqualTo(new[]
        {
            "ID|NUMBER||38|0", "AMOUNT|NUMBER||10|2", "NOTE|TEXT|16777216||", "CODE|TEXT|100||", "PLACED_AT|TIMESTAMP_NTZ|||",
            "RATIO|FLOAT|||", "CREATED|TIMESTAMP_NTZ|||",
        }));
        var pk = Run("SHOW PRIMARY KEYS IN TABLE orders").Rows;
        Assert.That(pk.Single()[3..6], Is.EqualTo(new object?[] { "ORDERS", "ID", 1L }));
    }

    [Test]
    public void Show_statements_parse_scopes_and_filters()
    {
        Run("CREATE TABLE a1 (x INT)");
        Run("CREATE TABLE b1 (x INT)");
        Run("CREATE SCHEMA other");
        _schema = "OTHER";
        Sql("USE \"DB\".\"OTHER\"");
        Run("CREATE TABLE c1 (x INT)");
        Assert.That(Run("SHOW TABLES IN SCHEMA db.public").Rows.Select(r => r[1]), Is.EqualTo(new[] { "A1", "B1" }));
        Assert.That(Run("SHOW TERSE TABLES IN DATABASE db").Rows.Select(r => $"{r[4]}.{r[1]}"), Is.EqualTo(new[] { "OTHER.C1", "PUBLIC.A1", "PUBLIC.B1" }));
        Assert.That(Run("SHOW TABLES IN ACCOUNT STARTS WITH 'B'").Rows.Select(r => r[1]), Is.EqualTo(new[] { "B1" }));
        Assert.That(Run("SHOW TABLES LIKE '%1' IN DATABASE LIMIT 1").Rows.Select(r => r[1]), Is.EqualTo(new[] { "C1" }));
        Assert.That(Run("SHOW COLUMNS IN TABLE public.a1").Rows.Select(r => $"{r[0]}.{r[2]}"), Is.EqualTo(new[] { "A1.X" }));
        Assert.That(Run("SHOW SCHEMAS").Rows.Select(r => r[1]), Is.EqualTo(new[] { "INFORMATION_SCHEMA", "OTHER", "PUBLIC" }));
    }

    [Test]
    public void Alter_table_keeps_metadata_in_step()
    {
        Run("CREATE TABLE t (a INT, b VARCHAR(10))");
        Run("ALTER TABLE t ADD COLUMN c NUMBER(5,1)");
        Run("ALTER TABLE t RENAME COLUMN b TO bb");
        Run("ALTER TABLE t DROP COLUMN a");
        Run("ALTER TABLE t ALTER COLUMN c SET NOT NULL");
        Run("ALTER TABLE t ALTER COLUMN bb COMMENT 'renamed'");
        Run("ALTER TABLE t RENAME TO t2");
        var rows = Run("DESCRIBE TABLE t2").Rows;
        Assert.That(rows.Select(r => $"{r[0]} {r[1]} {r[3]} {r[9]}"), Is.EqualTo(new[] { "BB VARCHAR(10) Y renamed", "C NUMBER(5,1) N " }));
        Assert.That(Run("SHOW TABLES").Rows.Select(r => r[1]), Is.EqualTo(new[] { "T2" }));
    }

    [Test]
    public void Comment_on_and_drop()
    {
        Run("CREATE TABLE t (a INT)");
        Run("COMMENT ON TABLE t IS 'hello'");
        Run("COMMENT ON COLUMN t.a IS 'col'");
        Assert.That(Run("SHOW TABLES").Rows.Single()[5], Is.EqualTo("hello"));
        Assert.That(Run("DESCRIBE TABLE t").Rows.Single()[9], Is.EqualTo("col"));
        Run("DROP TABLE t");
        Run("CREATE TABLE t (a STRING)");
        var row = Run("DESCRIBE TABLE t").Rows.Single();
        Assert.That(row[1], Is.EqualTo("VARCHAR(16777216)"));
        Assert.That(row[9], Is.Null);
    }

    [Test]
    public void Views_and_ctas()
    {
        Run("CREATE TABLE t (a NUMBER(10,2), b STRING)");
        Run("CREATE VIEW v COMMENT = 'a view' AS SELECT a FROM t");
        Run("CREATE TABLE c AS SELECT a, b FROM t");
        var view = Run("SHOW VIEWS").Rows.Single();
        Assert.That(view[1], Is.EqualTo("V"));
        Assert.That(view[7], Is.EqualTo("CREATE VIEW v COMMENT = 'a view' AS SELECT a FROM t"));
        Assert.That(Run("DESCRIBE VIEW v").Rows.Select(r => $"{r[0]} {r[1]}"), Is.EqualTo(new[] { "A NUMBER(10,2)" }));
        Assert.That(Run("DESCRIBE TABLE c").Rows.Select(r => $"{r[0]} {r[1]}"), Is.EqualTo(new[] { "A NUMBER(10,2)", "B VARCHAR(16777216)" }));
        Assert.That(Run("SELECT table_name, table_type FROM information_schema.tables ORDER BY 1").Rows.Select(r => $"{r[0]}:{r[1]}"),
            Is.EqualTo(new[] { "C:BASE TABLE", "T:BASE TABLE", "V:VIEW" }));
    }

    [Test]
    public void Transient_and_temporary_tables()
    {
        Run("CREATE TRANSIENT TABLE tr (a INT)");
        Run("CREATE TEMPORARY TABLE tmp (a VARCHAR(5))");
        var rows = Run("SHOW TABLES").Rows;
        Assert.That(rows.Select(r => $"{r[1]}:{r[4]}"), Is.EqualTo(new[] { "TMP:TEMPORARY", "TR:TRANSIENT" }));
        Assert.That(Run("DESCRIBE TABLE tmp").Rows.Single()[1], Is.EqualTo("VARCHAR(5)"));
        Assert.That(Run("SELECT table_name, is_transient, table_type FROM information_schema.tables ORDER BY 1").Rows.Select(r => string.Join(":", r)),
            Is.EqualTo(new[] { "TMP:YES:LOCAL TEMPORARY", "TR:YES:BASE TABLE" }));
    }

    [Test]
    public void Create_database_installs_information_schema()
    {
        Run("CREATE DATABASE analytics COMMENT = 'reports'");
        Run("CREATE TABLE facts (v INT)");
        Assert.That(Run("SELECT table_catalog, table_name FROM analytics.information_schema.tables").Rows.Single(), Is.EqualTo(new object?[] { "ANALYTICS", "FACTS" }));
        var databases = Run("SHOW DATABASES").Rows;
        Assert.That(databases.Select(r => $"{r[1]}:{r[3]}:{r[6]}"), Is.EqualTo(new[] { "ANALYTICS:Y:reports", "DB:N:" }));
    }

    [Test]
    public void Get_ddl_of_translated_table()
    {
        Run("CREATE TABLE t (id INT NOT NULL, name VARCHAR(20) DEFAULT 'x' COMMENT 'who', PRIMARY KEY (id))");
        Assert.That(DdlGenerator.GetDdl("TABLE", "t", Ctx), Is.EqualTo(
            "create or replace TABLE T (\n\tID NUMBER(38,0) NOT NULL,\n\tNAME VARCHAR(20) DEFAULT 'x' COMMENT 'who',\n\tprimary key (ID)\n);"));
    }

    private IReadOnlyList<Mockhaus.Engine.Results.ResultColumn> ResultColumns(string sql)
    {
        var statement = _translator.Translate(sql).Single();
        using var command = Connection.CreateCommand();
        command.CommandText = statement.DuckDbSql;
        using var stream = command.ExecuteArrowStream();
        var columns = stream.Schema.FieldsList
            .Select(f => new Mockhaus.Engine.Results.ResultColumn(f.Name, Mockhaus.Engine.Types.ArrowTypeMapper.ToSnowflake(f)))
            .ToList();
        return ResultTypes.Refine(statement, columns, Ctx);
    }

    [Test]
    public void Query_results_report_declared_types()
    {
        Run("CREATE TABLE r (id INT NOT NULL, name VARCHAR(100), ts TIMESTAMP_NTZ(3), amount NUMBER(10,2))");
        Run("CREATE TABLE s (rid INT, label STRING)");
        var star = ResultColumns("SELECT * FROM r");
        Assert.That(star.Select(c => c.Type), Is.EqualTo(new[]
        {
            Mockhaus.Engine.Types.SnowflakeType.Number(38, 0), Mockhaus.Engine.Types.SnowflakeType.Text(100),
            Mockhaus.Engine.Types.SnowflakeType.TimestampNtz(3), Mockhaus.Engine.Types.SnowflakeType.Number(10, 2),
        }));
        Assert.That(star[0].Nullable, Is.False);
        Assert.That((star[1].Database, star[1].Schema, star[1].Table), Is.EqualTo(("DB", "PUBLIC", "R")));

        var joined = ResultColumns("SELECT x.name, label, upper(x.name) AS u, 'a'::VARCHAR(5) AS v FROM r x JOIN s ON s.rid = x.id");
        Assert.That(joined.Select(c => c.Type.Length), Is.EqualTo(new long?[] { 100, 16_777_216, 16_777_216, 5 }));
        Assert.That(joined[2].Table, Is.Null);

        // Anything it cannot follow keeps DuckDB's type.
        var cte = ResultColumns("WITH r AS (SELECT 'abc' AS name) SELECT name FROM r");
        Assert.That(cte.Single().Type, Is.EqualTo(Mockhaus.Engine.Types.SnowflakeType.Text()));
    }

    [Test]
    public void Like_and_clone_copy_declared_types()
    {
        Run("CREATE TABLE src (a VARCHAR(10) COMMENT 'x', b NUMBER(5,1) NOT NULL)");
        Run("CREATE TABLE l LIKE src");
        Run("CREATE TRANSIENT TABLE c CLONE src");
        Assert.That(Run("DESCRIBE TABLE l").Rows.Select(r => $"{r[0]} {r[1]} {r[9]}"), Is.EqualTo(new[] { "A VARCHAR(10) x", "B NUMBER(5,1) " }));
        Assert.That(Run("DESCRIBE TABLE c").Rows.Select(r => $"{r[0]} {r[1]} {r[3]}"), Is.EqualTo(new[] { "A VARCHAR(10) Y", "B NUMBER(5,1) N" }));
        Assert.That(Run("SHOW TABLES LIKE 'C'").Rows.Single()[4], Is.EqualTo("TRANSIENT"));
    }
}
