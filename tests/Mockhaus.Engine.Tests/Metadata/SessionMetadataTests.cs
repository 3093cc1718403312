namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>Metadata through a real session (translator, dispatch, DuckDB), as a driver sees it.</summary>
public class SessionMetadataTests : EngineTestBase
{
    [Test]
    public void Information_schema_is_snowflakes_not_duckdbs()
    {
        Rows("CREATE TABLE t1 (a VARCHAR(100) COMMENT 'first', b NUMBER(10,2) NOT NULL)");
        // TABLE_OWNER, ROW_COUNT and IS_TRANSIENT exist only in Snowflake's TABLES view
        // (https://docs.snowflake.com/en/sql-reference/info-schema/tables).
        var tables = Rows("SELECT table_name, table_owner, is_transient, row_count FROM information_schema.tables");
        Assert.That(tables.Single(), Is.EqualTo(new object?[] { "T1", "SYSADMIN", "NO", 0L }));
        var columns = Rows("""
            SELECT column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable, comment
            FROM testdb.information_schema.columns WHERE table_schema = 'PUBLIC' ORDER BY ordinal_position
            """);
        Assert.That(columns, Is.EqualTo(new[]
        {
            new object?[] { "A", "TEXT", 100L, null, null, "YES", "first" },
            new object?[] { "B", "NUMBER", null, 10L, 2L, "NO", null },
        }));
    }

    [Test]
    public void Show_columns_and_primary_keys_through_the_session()
    {
        Rows("CREATE TABLE p (id INT PRIMARY KEY, code STRING UNIQUE)");
        var columns = Rows("SHOW COLUMNS IN TABLE p");
        Assert.That(columns.Select(r => r[2]), Is.EqualTo(new[] { "ID", "CODE" }));
        Assert.That(columns[1][3], Is.EqualTo("{\"type\":\"TEXT\",\"length\":16777216,\"byteLength\":16777216,\"nullable\":true,\"fixed\":false}"));
        Assert.That(Rows("SHOW PRIMARY KEYS IN p").Single()[4], Is.EqualTo("ID"));
        Assert.That(Rows("SHOW UNIQUE KEYS").Single()[4], Is.EqualTo("CODE"));
    }

    [Test]
    public void Comment_on_and_describe_through_the_session()
    {
        Rows("CREATE TABLE c (x INT)");
        Rows("COMMENT ON TABLE c IS 'described'");
        Rows("ALTER TABLE c ADD COLUMN y VARCHAR(3)");
        Assert.That(Rows("SHOW TABLES").Single()[5], Is.EqualTo("described"));
        Assert.That(Rows("DESC TABLE c").Select(r => $"{r[0]} {r[1]}"), Is.EqualTo(new[] { "X NUMBER(38,0)", "Y VARCHAR(3)" }));
    }

    [Test]
    public void Schemas_sequences_and_databases_through_the_session()
    {
        Rows("CREATE SCHEMA staging COMMENT = 'raw'");
        Rows("CREATE SEQUENCE staging.ids START = 100 INCREMENT = 10");
        var schemas = Rows("SHOW SCHEMAS IN DATABASE testdb");
        Assert.That(schemas.Select(r => r[1]), Is.EqualTo(new[] { "INFORMATION_SCHEMA", "PUBLIC", "STAGING" }));
        Assert.That(schemas[2][6], Is.EqualTo("raw"));
        Assert.That(schemas[2][3], Is.EqualTo("Y")); // CREATE SCHEMA makes the new schema current
        var sequence = Rows("SHOW SEQUENCES IN SCHEMA testdb.staging").Single();
        Assert.That(sequence[1..6], Is.EqualTo(new object?[] { "IDS", "STAGING", "TESTDB", 100L, 10L }));
        Rows("DROP SEQUENCE staging.ids");
        Assert.That(Rows("SHOW SEQUENCES IN SCHEMA testdb.staging"), Is.Empty);

        Rows("CREATE DATABASE warehouse_db COMMENT = 'dw'");
        var databases = Rows("SHOW DATABASES LIKE 'WAREHOUSE%'").Single();
        Assert.That(databases[1..4], Is.EqualTo(new object?[] { "WAREHOUSE_DB", "N", "Y" }));
        Assert.That(databases[6], Is.EqualTo("dw"));
        Assert.That(Rows("SELECT schema_name FROM information_schema.schemata ORDER BY 1").Select(r => r[0]),
            Is.EqualTo(new[] { "INFORMATION_SCHEMA", "PUBLIC" }));
    }

    [Test]
    public void Describe_missing_table_is_a_snowflake_error()
    {
        var error = Assert.Throws<Mockhaus.Sql.Errors.SnowflakeSqlException>(() => Rows("DESCRIBE TABLE nope"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002003"));
        Assert.That(error.Message, Is.EqualTo("SQL compilation error:\nTable 'TESTDB.PUBLIC.NOPE' does not exist or not authorized."));
    }

    [Test]
    public void Show_functions_lists_built_ins_and_show_procedures_is_empty()
    {
        var (names, rows) = (ColumnNames("SHOW FUNCTIONS LIKE 'UPPER'"), Rows("SHOW FUNCTIONS LIKE 'UPPER'"));
        // https://docs.snowflake.com/en/sql-reference/sql/show-functions#output
        Assert.That(names.Take(6), Is.EqualTo(new[] { "created_on", "name", "schema_name", "is_builtin", "is_aggregate", "is_ansi" }));
        Assert.That(rows.Single()[1..4], Is.EqualTo(new object?[] { "UPPER", "", "Y" }));
        Assert.That(Rows("SHOW USER FUNCTIONS"), Is.Empty);
        Assert.That(Rows("SHOW PROCEDURES"), Is.Empty);
    }
}
