using Mockhaus.Engine.Metadata;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests.Metadata;

public class DescribeAndDdlTests : MetadataTestBase
{
    private void CreateCustomers()
    {
        CreateTable("PUBLIC", new TableMetadata("CUSTOMERS")
        {
            Comment = "people",
            Columns =
            [
                new ColumnMetadata("ID", "NUMBER") { NotNull = true, IdentityStart = 1, IdentityIncrement = 1 },
                new ColumnMetadata("EMAIL", "VARCHAR(100)") { NotNull = true, Comment = "login" },
                new ColumnMetadata("CREATED", "DATETIME") { Default = "CURRENT_TIMESTAMP()" },
                new ColumnMetadata("SCORE", "DOUBLE"),
            ],
            Constraints = [new ConstraintMetadata("PRIMARY KEY", ["ID"]), new ConstraintMetadata("UNIQUE", ["EMAIL"])],
        }, "\"ID\" BIGINT NOT NULL, \"EMAIL\" VARCHAR NOT NULL, \"CREATED\" TIMESTAMP DEFAULT now()::TIMESTAMP, \"SCORE\" DOUBLE");
    }

    [Test]
    public void Describe_table_reports_declared_types_and_keys()
    {
        CreateCustomers();
        var (names, rows) = Read(DescribeCommand.Execute("TABLE", new ObjectName(null, null, "CUSTOMERS"), Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/desc-table#output
        Assert.That(names, Is.EqualTo(new[] { "name", "type", "kind", "null?", "default", "primary key", "unique key", "check",
            "expression", "comment", "policy name", "privacy domain" }));
        Assert.That(rows[0][..7], Is.EqualTo(new object?[] { "ID", "NUMBER(38,0)", "COLUMN", "N", "IDENTITY START 1 INCREMENT 1 ORDER", "Y", "N" }));
        Assert.That(rows[1][..7], Is.EqualTo(new object?[] { "EMAIL", "VARCHAR(100)", "COLUMN", "N", null, "N", "Y" }));
        Assert.That(rows[1][9], Is.EqualTo("login"));
        Assert.That(rows[2][..5], Is.EqualTo(new object?[] { "CREATED", "TIMESTAMP_NTZ(9)", "COLUMN", "Y", "CURRENT_TIMESTAMP()" }));
        Assert.That(rows[3][1], Is.EqualTo("FLOAT"));
    }

    [Test]
    public void Describe_view_maps_duckdb_types()
    {
        CreateCustomers();
        Sql("CREATE VIEW \"DB\".\"PUBLIC\".\"V\" AS SELECT \"ID\", \"EMAIL\", 1.5::DECIMAL(4,1) AS \"X\" FROM \"DB\".\"PUBLIC\".\"CUSTOMERS\"");
        var rows = Read(DescribeCommand.Execute("VIEW", new ObjectName("DB", "PUBLIC", "V"), Context())).Rows;
        Assert.That(rows.Select(r => $"{r[0]} {r[1]}"), Is.EqualTo(new[] { "ID NUMBER(38,0)", "EMAIL VARCHAR(16777216)", "X NUMBER(4,1)" }));
    }

    [Test]
    public void Describe_missing_table_fails()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => DescribeCommand.Execute("TABLE", new ObjectName(null, null, "NOPE"), Context()))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002003"));
        Assert.That(error.Message, Is.EqualTo("SQL compilation error:\nTable 'DB.PUBLIC.NOPE' does not exist or not authorized."));
    }

    [Test]
    public void Describe_schema_and_database()
    {
        CreateCustomers();
        var schema = Read(DescribeCommand.Execute("SCHEMA", new ObjectName(null, null, "PUBLIC"), Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/desc-schema: created_on, name, kind
        Assert.That(schema.Names, Is.EqualTo(new[] { "created_on", "name", "kind" }));
        Assert.That(schema.Rows.Single()[1..], Is.EqualTo(new object?[] { "CUSTOMERS", "TABLE" }));
        var database = Read(DescribeCommand.Execute("DATABASE", new ObjectName(null, null, "DB"), Context()));
        Assert.That(database.Rows.Select(r => $"{r[1]}:{r[2]}"), Is.EqualTo(new[] { "INFORMATION_SCHEMA:SCHEMA", "PUBLIC:SCHEMA" }));
    }

    [Test]
    public void Get_ddl_table()
    {
        CreateCustomers();
        var ddl = DdlGenerator.GetDdl("table", "customers", Context());
        // Format of https://docs.snowflake.com/en/sql-reference/functions/get_ddl examples: lower-case "create or replace",
        // tab-indented columns, declared types, table comment after the closing parenthesis.
        Assert.That(ddl, Is.EqualTo(
            "create or replace TABLE CUSTOMERS (\n" +
            "\tID NUMBER(38,0) NOT NULL autoincrement start 1 increment 1 order,\n" +
            "\tEMAIL VARCHAR(100) NOT NULL COMMENT 'login',\n" +
            "\tCREATED TIMESTAMP_NTZ(9) DEFAULT CURRENT_TIMESTAMP(),\n" +
            "\tSCORE FLOAT,\n" +
            "\tprimary key (ID),\n" +
            "\tunique (EMAIL)\n" +
            ")COMMENT='people'\n;"));
        Assert.That(DdlGenerator.GetDdl("TABLE", "db.public.customers", Context(null, null), useFullyQualifiedNames: true),
            Does.StartWith("create or replace TABLE DB.PUBLIC.CUSTOMERS (\n"));
    }

    [Test]
    public void Get_ddl_view_returns_its_text_and_schema_lists_objects()
    {
        CreateTable("PUBLIC", new TableMetadata("T") { TableKind = "TRANSIENT", Columns = [new ColumnMetadata("A", "STRING")] }, "\"A\" VARCHAR");
        Sql("CREATE VIEW \"DB\".\"PUBLIC\".\"V\" AS SELECT * FROM \"DB\".\"PUBLIC\".\"T\"");
        MetadataStore.RecordCreateView(Connection, "DB", "PUBLIC", "V", "CREATE VIEW v AS SELECT * FROM t");
        Assert.That(DdlGenerator.GetDdl("VIEW", "V", Context()), Is.EqualTo("CREATE VIEW v AS SELECT * FROM t;"));
        Assert.That(DdlGenerator.GetDdl("TABLE", "T", Context()), Is.EqualTo("create or replace TRANSIENT TABLE T (\n\tA VARCHAR(16777216)\n);"));
        var schema = DdlGenerator.GetDdl("SCHEMA", "PUBLIC", Context());
        Assert.That(schema, Is.EqualTo("create or replace schema PUBLIC;\n\ncreate or replace TRANSIENT TABLE T (\n\tA VARCHAR(16777216)\n);\n\nCREATE VIEW v AS SELECT * FROM t;\n"));
    }

    [Test]
    public void Get_ddl_quotes_names_that_need_it()
    {
        CreateTable("PUBLIC", new TableMetadata("my table") { Columns = [new ColumnMetadata("lower", "INT")] }, "\"lower\" BIGINT");
        Assert.That(DdlGenerator.GetDdl("TABLE", "\"my table\"", Context()), Is.EqualTo("create or replace TABLE \"my table\" (\n\t\"lower\" NUMBER(38,0)\n);"));
    }

    [Test]
    public void Column_types_for_result_metadata()
    {
        CreateCustomers();
        var columns = MetadataStore.ColumnTypes(Connection, "DB", "PUBLIC", "CUSTOMERS");
        Assert.That(columns.Select(c => c.Name), Is.EqualTo(new[] { "ID", "EMAIL", "CREATED", "SCORE" }));
        Assert.That(columns[1].Type.ToSnowflakeType(), Is.EqualTo(Mockhaus.Engine.Types.SnowflakeType.Text(100)));
        Assert.That(columns[1].Nullable, Is.False);
        Assert.That(MetadataStore.ColumnTypes(Connection, "DB", "PUBLIC", "NOPE"), Is.Empty);
    }
}
