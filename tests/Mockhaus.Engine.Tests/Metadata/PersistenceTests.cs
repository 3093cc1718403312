using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Metadata;
using Mockhaus.Sql;

namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>The store lives inside each database's DuckDB file, so declared types survive a restart with --data-dir.</summary>
public class PersistenceTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("mockhaus-metadata-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Declared_types_comments_and_created_on_survive_a_restart()
    {
        DateTimeOffset created;
        using (var connection = Open())
        {
            var catalog = new DatabaseCatalog(connection, _directory);
            catalog.Create("SALES");
            MetadataStore.Install(connection, "SALES");
            Exec(connection, "CREATE TABLE \"SALES\".\"PUBLIC\".\"T\" (\"A\" VARCHAR, \"B\" DECIMAL(10,2))");
            MetadataStore.RecordCreateTable(connection, "SALES", "PUBLIC", new TableMetadata("T")
            {
                Comment = "kept",
                Columns = [new ColumnMetadata("A", "VARCHAR(100)"), new ColumnMetadata("B", "NUMBER(10,2)")],
            });
            created = (DateTimeOffset)Show(connection, catalog).Single()[0]!;
        }
        using (var connection = Open())
        {
            var catalog = new DatabaseCatalog(connection, _directory);
            MetadataStore.EnsureInstalled(connection, "SALES"); // as the engine does for data-dir databases at startup
            var context = new MetadataContext { Connection = connection, Catalog = catalog, Database = "SALES", Schema = "PUBLIC" };
            var rows = Read(DescribeCommand.Execute("TABLE", new ObjectName(null, null, "T"), context));
            Assert.That(rows.Select(r => $"{r[0]} {r[1]}"), Is.EqualTo(new[] { "A VARCHAR(100)", "B NUMBER(10,2)" }));
            var table = Show(connection, catalog).Single();
            Assert.That(table[0], Is.EqualTo(created));
            Assert.That(table[5], Is.EqualTo("kept"));
            using var command = connection.CreateCommand();
            command.CommandText = new Mockhaus.Sql.SnowflakeTranslator().Translate("SELECT count(*) FROM SALES.INFORMATION_SCHEMA.DATABASES WHERE CREATED IS NOT NULL").Single().DuckDbSql;
            Assert.That(command.ExecuteScalar(), Is.EqualTo(1L));
        }
    }

    private DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static List<object?[]> Show(DuckDBConnection connection, DatabaseCatalog catalog) =>
        Read(ShowCommand.Execute(new ShowRequest("TABLES") { ScopeKind = "ACCOUNT" },
            new MetadataContext { Connection = connection, Catalog = catalog }));

    private static void Exec(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<object?[]> Read(Mockhaus.Engine.Results.IResultStream stream)
    {
        using (stream)
        {
            var rows = new List<object?[]>();
            while (stream.ReadNext() is { } batch)
                for (var r = 0; r < batch.Length; r++)
                    rows.Add(Enumerable.Range(0, batch.ColumnCount).Select(c => (object?)(batch.Column(c) switch
                    {
                        var a when a.IsNull(r) => null,
                        Apache.Arrow.StringArray s => s.GetString(r),
                        Apache.Arrow.TimestampArray t => t.GetTimestamp(r),
                        Apache.Arrow.Int64Array i => i.GetValue(r),
                        var other => other.GetType().Name,
                    })).ToArray());
            return rows;
        }
    }
}

public class UninstalledDatabaseTests : MetadataTestBase
{
    [Test]
    public void A_database_attached_without_the_store_gets_it_on_first_read()
    {
        Catalog.Create("RAW"); // no Install: as code that bypasses the session would leave it
        Sql("CREATE TABLE \"RAW\".\"PUBLIC\".\"T\" (\"A\" INTEGER)");
        Assert.That(MetadataStore.ColumnTypes(Connection, "RAW", "PUBLIC", "T").Single().Type.ToString(), Is.EqualTo("NUMBER(38,0)"));
        var rows = Read(ShowCommand.Execute(new ShowRequest("TABLES") { ScopeKind = "DATABASE", ScopeName = new Mockhaus.Sql.ObjectName(null, null, "RAW") }, Context())).Rows;
        Assert.That(rows.Single()[1], Is.EqualTo("T"));
    }
}
