using DuckDB.NET.Data;
using Mockhaus.Engine.Metadata;

namespace Mockhaus.Engine.Tests.Metadata;

public class MetadataFunctionsTests : MetadataTestBase
{
    [Test]
    public void Get_ddl_is_callable_from_sql()
    {
        CreateTable("PUBLIC", new TableMetadata("T") { Columns = [new ColumnMetadata("A", "VARCHAR(10)")] }, "\"A\" VARCHAR");
        // As in the engine: the session's own connection runs the query; the catalog and the function read on others.
        using var session = Connection.Duplicate();
        session.Open();
        using var reader = Connection.Duplicate();
        reader.Open();
        MetadataFunctions.Register(session, () => new MetadataContext { Connection = reader, Catalog = Catalog, Database = "DB", Schema = "PUBLIC" });
        var rows = QueryOn(session, "SELECT mh_get_ddl('table', 't'), mh_get_ddl('TABLE', 'DB.PUBLIC.T', true)");
        Assert.That(rows.Single()[0], Is.EqualTo("create or replace TABLE T (\n\tA VARCHAR(10)\n);"));
        Assert.That(rows.Single()[1], Is.EqualTo("create or replace TABLE DB.PUBLIC.T (\n\tA VARCHAR(10)\n);"));
    }

    [Test]
    public void Get_ddl_of_missing_table_fails_the_query()
    {
        // As in the engine: the session's own connection runs the query; the catalog and the function read on others.
        using var session = Connection.Duplicate();
        session.Open();
        using var reader = Connection.Duplicate();
        reader.Open();
        MetadataFunctions.Register(session, () => new MetadataContext { Connection = reader, Catalog = Catalog, Database = "DB", Schema = "PUBLIC" });
        var error = Assert.Throws<DuckDBException>(() => QueryOn(session, "SELECT mh_get_ddl('table', 'nope')"))!;
        Assert.That(error.Message, Does.Contain("Table 'DB.PUBLIC.NOPE' does not exist or not authorized."));
    }

    private static List<object?[]> QueryOn(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }
}
