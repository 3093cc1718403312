namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>
/// The SHOW layouts checked against the column positions Snowflake's own JDBC driver reads
/// (snowflake-jdbc, SnowflakeDatabaseMetaDataImpl: getTables, getColumns, getSchemas, getCatalogs, getPrimaryKeys,
/// getImportedKeys, getFunctions, getProcedures). The driver reads real Snowflake output by 1-based position, so
/// these positions are Snowflake's. Column names and order per page:
/// https://docs.snowflake.com/en/sql-reference/sql/show-tables, .../show-objects, .../show-views, .../show-columns,
/// .../show-schemas, .../show-databases, .../show-primary-keys, .../show-imported-keys, .../show-functions.
/// </summary>
public class ShowDriverContractTests : EngineTestBase
{
    private IReadOnlyList<string> Names(string sql)
    {
        using var result = Session.Execute(Session.Translate(sql).Single());
        return result.Rows.Columns.Select(c => c.Name).ToList();
    }

    /// <summary>Asserts "position:name" pairs (1-based, as JDBC's getString(n)).</summary>
    private void AssertPositions(string sql, params string[] expected)
    {
        var names = Names(sql);
        var actual = expected.Select(e => int.Parse(e[..e.IndexOf(':')])).Select(p => $"{p}:{(p <= names.Count ? names[p - 1] : "<missing>")}");
        Assert.That(actual, Is.EqualTo(expected), sql);
    }

    [SetUp]
    public void CreateObjects() => Rows("""
        CREATE TABLE p (id INT PRIMARY KEY);
        CREATE TABLE c (id INT, pid INT REFERENCES p (id));
        CREATE VIEW v AS SELECT id FROM p
        """);

    // getTables: SHOW TABLES / SHOW OBJECTS read name 2, database 3, schema 4, kind 5, comment 6.
    [TestCase("SHOW TABLES")]
    [TestCase("SHOW OBJECTS")]
    public void TablesAndObjects(string sql) =>
        AssertPositions(sql, "2:name", "3:database_name", "4:schema_name", "5:kind", "6:comment");

    // getTables(VIEW): SHOW VIEWS reads name 2, database 4, schema 5, comment 7.
    [Test]
    public void Views() => AssertPositions("SHOW VIEWS", "2:name", "4:database_name", "5:schema_name", "7:comment");

    // getColumns: table 1, schema 2, column 3, data_type 4, default 6, comment 9, database 10, autoincrement 11.
    [Test]
    public void Columns() => AssertPositions("SHOW COLUMNS", "1:table_name", "2:schema_name", "3:column_name", "4:data_type",
        "6:default", "9:comment", "10:database_name", "11:autoincrement");

    // getSchemas: name 2, database 5. getCatalogs: SHOW DATABASES name 2.
    [Test]
    public void SchemasAndDatabases()
    {
        AssertPositions("SHOW SCHEMAS", "2:name", "5:database_name");
        AssertPositions("SHOW DATABASES", "2:name");
    }

    // getPrimaryKeys: database 2, schema 3, table 4, column 5, key_sequence 6, constraint name 7.
    [Test]
    public void PrimaryKeys() => AssertPositions("SHOW PRIMARY KEYS", "2:database_name", "3:schema_name", "4:table_name",
        "5:column_name", "6:key_sequence", "7:constraint_name");

    // getImportedKeys: pk 2-5, fk 6-9, key_sequence 10, update 11, delete 12, fk_name 13, pk_name 14, deferrability 15.
    [Test]
    public void ImportedKeys() => AssertPositions("SHOW IMPORTED KEYS", "2:pk_database_name", "3:pk_schema_name", "4:pk_table_name",
        "5:pk_column_name", "6:fk_database_name", "7:fk_schema_name", "8:fk_table_name", "9:fk_column_name", "10:key_sequence",
        "11:update_rule", "12:delete_rule", "13:fk_name", "14:pk_name", "15:deferrability");

    // getFunctions: name 2, schema 3, description 10, catalog 11, is_table_function 12 (SHOW USER FUNCTIONS has the same layout).
    [Test]
    public void Functions() => AssertPositions("SHOW FUNCTIONS", "2:name", "3:schema_name", "10:description", "11:catalog_name",
        "12:is_table_function");

    // getProcedures reads by name: catalog_name, schema_name, name, description, arguments.
    [Test]
    public void Procedures() =>
        Assert.That(Names("SHOW PROCEDURES"), Is.SupersetOf(new[] { "catalog_name", "schema_name", "name", "description", "arguments" }));
}
