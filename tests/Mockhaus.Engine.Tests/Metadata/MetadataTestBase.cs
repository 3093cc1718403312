using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Metadata;
using Mockhaus.Engine.Results;

namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>
/// A DuckDB instance with database DB (schema PUBLIC) and the metadata store installed; DDL is run as the translator
/// would emit it (quoted, upper-case identifiers) and then recorded as the session will record it.
/// </summary>
public abstract class MetadataTestBase
{
    protected DuckDBConnection Connection = null!;
    protected DatabaseCatalog Catalog = null!;

    [SetUp]
    public void SetUpDatabase()
    {
        Connection = new DuckDBConnection("DataSource=:memory:");
        Connection.Open();
        Catalog = new DatabaseCatalog(Connection, null);
        CreateDatabase("DB");
        Sql("USE \"DB\".\"PUBLIC\"");
    }

    [TearDown]
    public void TearDownDatabase() => Connection.Dispose();

    protected void CreateDatabase(string name, string? comment = null)
    {
        Catalog.Create(name);
        MetadataStore.Install(Connection, name);
        MetadataStore.RecordCreateDatabase(Connection, name, comment);
    }

    private static readonly Mockhaus.Sql.SnowflakeTranslator Translator = new();

    protected void Sql(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    protected List<object?[]> Query(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Snowflake SQL through the real translator (which maps INFORMATION_SCHEMA), then <see cref="Query"/>.</summary>
    protected List<object?[]> SnowflakeQuery(string sql) => Query(Translator.Translate(sql).Single().DuckDbSql!);

    protected List<string> SnowflakeQueryColumnNames(string sql) => QueryColumnNames(Translator.Translate(sql).Single().DuckDbSql!);

    protected List<string> QueryColumnNames(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    /// <summary>CREATE TABLE on DuckDB plus the store record, as the session does after a translated CREATE TABLE.</summary>
    protected void CreateTable(string schema, TableMetadata table, string duckDbColumns, string database = "DB")
    {
        Sql($"CREATE TABLE \"{database}\".\"{schema}\".\"{table.Name}\" ({duckDbColumns})");
        MetadataStore.RecordCreateTable(Connection, database, schema, table);
    }

    protected MetadataContext Context(string? database = "DB", string? schema = "PUBLIC") => new()
    {
        Connection = Connection,
        Catalog = Catalog,
        Database = database,
        Schema = schema,
    };

    protected static (List<string> Names, List<object?[]> Rows) Read(IResultStream stream)
    {
        using (stream)
        {
            var rows = new List<object?[]>();
            while (stream.ReadNext() is { } batch)
                for (var r = 0; r < batch.Length; r++)
                    rows.Add(Enumerable.Range(0, batch.ColumnCount).Select(c => Value(batch.Column(c), r)).ToArray());
            return (stream.Columns.Select(c => c.Name).ToList(), rows);
        }
    }

    private static object? Value(Apache.Arrow.IArrowArray array, int index) => array switch
    {
        _ when array.IsNull(index) => null,
        Apache.Arrow.Int64Array a => a.GetValue(index),
        Apache.Arrow.StringArray a => a.GetString(index),
        Apache.Arrow.BooleanArray a => a.GetValue(index),
        Apache.Arrow.TimestampArray a => a.GetTimestamp(index),
        _ => array.GetType().Name,
    };
}
