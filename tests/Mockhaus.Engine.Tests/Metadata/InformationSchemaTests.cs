using Mockhaus.Engine.Metadata;
using Mockhaus.Sql;

namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>
/// INFORMATION_SCHEMA views queried as the translator emits them ("INFORMATION_SCHEMA"."TABLES", optionally
/// database-qualified), after <see cref="InformationSchema.RewriteReferences"/>.
/// </summary>
public class InformationSchemaTests : MetadataTestBase
{
    private void CreateSample()
    {
        CreateTable("PUBLIC", new TableMetadata("ORDERS")
        {
            Comment = "all orders",
            Columns =
            [
                new ColumnMetadata("ID", "INT") { NotNull = true },
                new ColumnMetadata("AMOUNT", "NUMBER(10,2)"),
                new ColumnMetadata("NAME", "VARCHAR(100)") { Comment = "who" },
                new ColumnMetadata("TS", "TIMESTAMP_NTZ(3)"),
                new ColumnMetadata("F", "DOUBLE"),
            ],
            Constraints = [new ConstraintMetadata("PRIMARY KEY", ["ID"]) { Name = "PK_ORDERS" }],
        }, "\"ID\" BIGINT NOT NULL, \"AMOUNT\" DECIMAL(10,2), \"NAME\" VARCHAR, \"TS\" TIMESTAMP, \"F\" DOUBLE");
        CreateTable("PUBLIC", new TableMetadata("LINES") { TableKind = "TRANSIENT", Columns = [new ColumnMetadata("ORDER_ID", "INT")],
            Constraints = [new ConstraintMetadata("FOREIGN KEY", ["ORDER_ID"]) { Name = "FK_LINES", References = new ObjectName(null, null, "ORDERS"), ReferencedColumns = ["ID"] }] },
            "\"ORDER_ID\" BIGINT");
        Sql("INSERT INTO \"DB\".\"PUBLIC\".\"ORDERS\" VALUES (1, 1.00, 'a', now()::TIMESTAMP, 1.0), (2, 2.00, 'b', now()::TIMESTAMP, 2.0), (3, 3.00, 'c', now()::TIMESTAMP, 3.0)");
        Sql("CREATE VIEW \"DB\".\"PUBLIC\".\"V\" AS SELECT \"ID\" FROM \"DB\".\"PUBLIC\".\"ORDERS\"");
        MetadataStore.RecordCreateView(Connection, "DB", "PUBLIC", "V", "create view v as select id from orders", "ids", secure: true);
    }

    [Test]
    public void Tables_view_has_snowflake_columns_and_values()
    {
        CreateSample();
        // https://docs.snowflake.com/en/sql-reference/info-schema/tables
        var names = SnowflakeQueryColumnNames("SELECT * FROM \"INFORMATION_SCHEMA\".\"TABLES\"");
        Assert.That(names.Take(10), Is.EqualTo(new[] { "TABLE_CATALOG", "TABLE_SCHEMA", "TABLE_NAME", "TABLE_OWNER", "TABLE_TYPE",
            "IS_TRANSIENT", "CLUSTERING_KEY", "ROW_COUNT", "BYTES", "RETENTION_TIME" }));
        Assert.That(names, Does.Contain("CREATED").And.Contain("LAST_ALTERED").And.Contain("COMMENT"));
        var rows = SnowflakeQuery("SELECT TABLE_NAME, TABLE_TYPE, IS_TRANSIENT, ROW_COUNT, COMMENT FROM \"INFORMATION_SCHEMA\".\"TABLES\" WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME");
        Assert.That(rows.Select(r => string.Join("|", r)), Is.EqualTo(new[]
        {
            "LINES|BASE TABLE|YES|0|", "ORDERS|BASE TABLE|NO|3|all orders", "V|VIEW|NO||ids",
        }));
    }

    [Test]
    public void Database_qualified_and_unqualified_references_resolve()
    {
        CreateSample();
        CreateDatabase("OTHER");
        CreateTable("PUBLIC", new TableMetadata("ELSEWHERE") { Columns = [new ColumnMetadata("A", "INT")] }, "\"A\" BIGINT", "OTHER");
        Assert.That(SnowflakeQuery("SELECT TABLE_NAME FROM \"OTHER\".\"INFORMATION_SCHEMA\".\"TABLES\"").Select(r => r[0]), Is.EqualTo(new[] { "ELSEWHERE" }));
        Assert.That(SnowflakeQuery("SELECT count(*) FROM \"DB\".\"INFORMATION_SCHEMA\".\"TABLES\" WHERE TABLE_CATALOG = 'DB'").Single()[0], Is.EqualTo(3L));
        Sql("USE \"OTHER\".\"PUBLIC\"");
        Assert.That(SnowflakeQuery("SELECT TABLE_CATALOG, TABLE_NAME FROM \"INFORMATION_SCHEMA\".\"TABLES\"").Single(), Is.EqualTo(new object?[] { "OTHER", "ELSEWHERE" }));
    }

    [Test]
    public void Columns_view_reports_declared_types()
    {
        CreateSample();
        // https://docs.snowflake.com/en/sql-reference/info-schema/columns: DATA_TYPE is the standard type (TEXT for
        // VARCHAR), CHARACTER_OCTET_LENGTH is 4 bytes a character, DATETIME_PRECISION is "not applicable" (NULL).
        var rows = SnowflakeQuery("""
            SELECT COLUMN_NAME, ORDINAL_POSITION, IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH,
                   NUMERIC_PRECISION, NUMERIC_PRECISION_RADIX, NUMERIC_SCALE, DATETIME_PRECISION, COMMENT
            FROM "DB"."INFORMATION_SCHEMA"."COLUMNS" WHERE TABLE_NAME = 'ORDERS' ORDER BY ORDINAL_POSITION
            """);
        Assert.That(rows.Select(r => string.Join("|", r)), Is.EqualTo(new[]
        {
            "ID|1|NO|NUMBER|||38|10|0||",
            "AMOUNT|2|YES|NUMBER|||10|10|2||",
            "NAME|3|YES|TEXT|100|400|||||who",
            "TS|4|YES|TIMESTAMP_NTZ|||||||",
            "F|5|YES|FLOAT|||||||",
        }));
        Assert.That(SnowflakeQueryColumnNames("SELECT * FROM \"INFORMATION_SCHEMA\".\"COLUMNS\"").Take(9), Is.EqualTo(new[]
        {
            "TABLE_CATALOG", "TABLE_SCHEMA", "TABLE_NAME", "COLUMN_NAME", "ORDINAL_POSITION", "COLUMN_DEFAULT", "IS_NULLABLE",
            "DATA_TYPE", "CHARACTER_MAXIMUM_LENGTH",
        }));
    }

    [Test]
    public void Schemata_databases_views_sequences()
    {
        CreateSample();
        Sql("CREATE SEQUENCE \"DB\".\"PUBLIC\".\"S1\" START 1 INCREMENT 2");
        MetadataStore.RecordCreateSequence(Connection, "DB", "PUBLIC", "S1", 1, 2);
        // SCHEMATA includes INFORMATION_SCHEMA itself (https://docs.snowflake.com/en/sql-reference/info-schema/schemata).
        Assert.That(SnowflakeQuery("SELECT SCHEMA_NAME FROM \"INFORMATION_SCHEMA\".\"SCHEMATA\" ORDER BY 1").Select(r => r[0]),
            Is.EqualTo(new[] { "INFORMATION_SCHEMA", "PUBLIC" }));
        Assert.That(SnowflakeQuery("SELECT DATABASE_NAME, IS_TRANSIENT FROM \"INFORMATION_SCHEMA\".\"DATABASES\"").Single(), Is.EqualTo(new object?[] { "DB", "NO" }));
        // Every database of the account, with its comment, from inside any of them
        // (https://docs.snowflake.com/en/sql-reference/info-schema/databases usage notes).
        CreateDatabase("ARCHIVE", "old stuff");
        Assert.That(SnowflakeQuery("SELECT DATABASE_NAME, COMMENT, CREATED IS NOT NULL FROM \"DB\".\"INFORMATION_SCHEMA\".\"DATABASES\" ORDER BY 1").Select(r => string.Join("|", r)),
            Is.EqualTo(new[] { "ARCHIVE|old stuff|True", "DB||True" }));
        // https://docs.snowflake.com/en/sql-reference/info-schema/databases
        Assert.That(SnowflakeQueryColumnNames("SELECT * FROM \"INFORMATION_SCHEMA\".\"DATABASES\""), Is.EqualTo(new[]
        {
            "DATABASE_NAME", "DATABASE_OWNER", "IS_TRANSIENT", "COMMENT", "CREATED", "LAST_ALTERED", "RETENTION_TIME", "TYPE",
            "OWNER_ROLE_TYPE", "OBJECT_VISIBILITY",
        }));
        Assert.That(SnowflakeQueryColumnNames("SELECT * FROM \"INFORMATION_SCHEMA\".\"SCHEMATA\""), Is.EqualTo(new[]
        {
            "CATALOG_NAME", "SCHEMA_NAME", "SCHEMA_OWNER", "IS_TRANSIENT", "IS_MANAGED_ACCESS", "RETENTION_TIME",
            "DEFAULT_CHARACTER_SET_CATALOG", "DEFAULT_CHARACTER_SET_SCHEMA", "DEFAULT_CHARACTER_SET_NAME", "SQL_PATH", "CREATED",
            "LAST_ALTERED", "COMMENT", "OBJECT_VISIBILITY",
        }));
        Assert.That(SnowflakeQuery("SELECT TABLE_NAME, VIEW_DEFINITION, IS_SECURE, COMMENT FROM \"INFORMATION_SCHEMA\".\"VIEWS\"").Single(),
            Is.EqualTo(new object?[] { "V", "create view v as select id from orders", "YES", "ids" }));
        // https://docs.snowflake.com/en/sql-reference/info-schema/sequences: MINIMUM_VALUE, MAXIMUM_VALUE and CYCLE_OPTION
        // are "not applicable" (NULL); values are text.
        Assert.That(SnowflakeQuery("SELECT SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT, NEXT_VALUE, MINIMUM_VALUE, CYCLE_OPTION, ORDERED FROM \"INFORMATION_SCHEMA\".\"SEQUENCES\"").Single(),
            Is.EqualTo(new object?[] { "S1", "NUMBER", "1", "2", "1", null, null, "YES" }));
    }

    [Test]
    public void Constraint_views()
    {
        CreateSample();
        // https://docs.snowflake.com/en/sql-reference/info-schema/table_constraints: constraints are not enforced.
        Assert.That(SnowflakeQuery("SELECT CONSTRAINT_NAME, TABLE_NAME, CONSTRAINT_TYPE, ENFORCED FROM \"INFORMATION_SCHEMA\".\"TABLE_CONSTRAINTS\" ORDER BY 1")
                .Select(r => string.Join("|", r)),
            Is.EqualTo(new[] { "FK_LINES|LINES|FOREIGN KEY|NO", "PK_ORDERS|ORDERS|PRIMARY KEY|NO" }));
        // https://docs.snowflake.com/en/sql-reference/info-schema/referential_constraints
        Assert.That(SnowflakeQuery("SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM \"INFORMATION_SCHEMA\".\"REFERENTIAL_CONSTRAINTS\"").Single(),
            Is.EqualTo(new object?[] { "FK_LINES", "PK_ORDERS", "NO ACTION", "NO ACTION" }));
    }

    [Test]
    public void Translator_points_information_schema_at_the_emulated_views_only()
    {
        var translator = new Mockhaus.Sql.SnowflakeTranslator();
        Assert.That(translator.Translate("SELECT 'INFORMATION_SCHEMA' AS x").Single().DuckDbSql, Does.Not.Contain("_MOCKHAUS"));
        Assert.That(translator.Translate("SELECT * FROM d.information_schema.tables").Single().DuckDbSql,
            Does.Contain("\"D\".\"_MOCKHAUS_INFORMATION_SCHEMA\".\"TABLES\""));
    }
}
