using Mockhaus.Engine.Metadata;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests.Metadata;

public class ShowTests : MetadataTestBase
{
    private void CreateSampleTables()
    {
        CreateTable("PUBLIC", new TableMetadata("ORDERS")
        {
            Comment = "all orders",
            Columns =
            [
                new ColumnMetadata("ID", "INT") { NotNull = true },
                new ColumnMetadata("AMOUNT", "NUMBER(10,2)") { Comment = "in EUR" },
                new ColumnMetadata("NOTE", "STRING") { Default = "'none'" },
            ],
            Constraints = [new ConstraintMetadata("PRIMARY KEY", ["ID"]) { Name = "PK_ORDERS" }],
        }, "\"ID\" BIGINT NOT NULL, \"AMOUNT\" DECIMAL(10,2), \"NOTE\" VARCHAR DEFAULT 'none'");
        CreateTable("PUBLIC", new TableMetadata("ITEMS") { TableKind = "TRANSIENT", Columns = [new ColumnMetadata("ORDER_ID", "INTEGER")],
            Constraints = [new ConstraintMetadata("FOREIGN KEY", ["ORDER_ID"]) { Name = "FK_ITEMS", References = new ObjectName(null, null, "ORDERS") }] },
            "\"ORDER_ID\" BIGINT");
        Sql("INSERT INTO \"DB\".\"PUBLIC\".\"ORDERS\" VALUES (1, 2.50, 'x'), (2, 3.00, 'y')");
        Sql("CREATE VIEW \"DB\".\"PUBLIC\".\"BIG_ORDERS\" AS SELECT * FROM \"DB\".\"PUBLIC\".\"ORDERS\" WHERE \"AMOUNT\" > 2");
        MetadataStore.RecordCreateView(Connection, "DB", "PUBLIC", "BIG_ORDERS", "create view big_orders as select * from orders where amount > 2", "large ones");
    }

    [Test]
    public void Show_tables_lists_snowflake_columns_and_values()
    {
        CreateSampleTables();
        var (names, rows) = Read(ShowCommand.Execute(new ShowRequest("TABLES"), Context()));
        // Output columns in the order of https://docs.snowflake.com/en/sql-reference/sql/show-tables#output
        Assert.That(names, Is.EqualTo(new[]
        {
            "created_on", "name", "database_name", "schema_name", "kind", "comment", "cluster_by", "rows", "bytes", "owner",
            "retention_time", "automatic_clustering", "change_tracking", "search_optimization", "search_optimization_progress",
            "search_optimization_bytes", "is_external", "enable_schema_evolution", "owner_role_type", "is_event", "budget",
            "is_hybrid", "is_iceberg", "is_dynamic", "is_immutable",
        }));
        // Ordered by name; views are not tables; kind is TABLE or TRANSIENT.
        Assert.That(rows.Select(r => r[1]), Is.EqualTo(new[] { "ITEMS", "ORDERS" }));
        var orders = rows[1];
        Assert.That(orders[2..7], Is.EqualTo(new object?[] { "DB", "PUBLIC", "TABLE", "all orders", "" }));
        Assert.That(orders[7], Is.EqualTo(2L));
        Assert.That(orders[9], Is.EqualTo("SYSADMIN"));
        Assert.That(orders[0], Is.InstanceOf<DateTimeOffset>());
        Assert.That(rows[0][4], Is.EqualTo("TRANSIENT"));
    }

    [Test]
    public void Show_terse_tables_has_five_columns()
    {
        CreateSampleTables();
        var (names, rows) = Read(ShowCommand.Execute(new ShowRequest("TABLES") { Terse = true }, Context()));
        // TERSE: created_on, name, kind, database_name, schema_name (https://docs.snowflake.com/en/sql-reference/sql/show-tables)
        Assert.That(names, Is.EqualTo(new[] { "created_on", "name", "kind", "database_name", "schema_name" }));
        Assert.That(rows[1][1..], Is.EqualTo(new object?[] { "ORDERS", "TABLE", "DB", "PUBLIC" }));
    }

    [Test]
    public void Like_is_case_insensitive_and_starts_with_is_not()
    {
        CreateSampleTables();
        var like = Read(ShowCommand.Execute(new ShowRequest("TABLES") { Like = "ord%" }, Context())).Rows;
        Assert.That(like.Select(r => r[1]), Is.EqualTo(new[] { "ORDERS" }));
        var starts = Read(ShowCommand.Execute(new ShowRequest("TABLES") { StartsWith = "it" }, Context())).Rows;
        Assert.That(starts, Is.Empty);
        var startsUpper = Read(ShowCommand.Execute(new ShowRequest("TABLES") { StartsWith = "IT" }, Context())).Rows;
        Assert.That(startsUpper.Select(r => r[1]), Is.EqualTo(new[] { "ITEMS" }));
    }

    [Test]
    public void Limit_and_limit_from()
    {
        CreateSampleTables();
        var limited = Read(ShowCommand.Execute(new ShowRequest("OBJECTS") { Limit = 2 }, Context())).Rows;
        Assert.That(limited.Select(r => r[1]), Is.EqualTo(new[] { "BIG_ORDERS", "ITEMS" }));
        var from = Read(ShowCommand.Execute(new ShowRequest("OBJECTS") { Limit = 5, LimitFrom = "C" }, Context())).Rows;
        Assert.That(from.Select(r => r[1]), Is.EqualTo(new[] { "ITEMS", "ORDERS" }));
    }

    [Test]
    public void Show_tables_scopes()
    {
        CreateSampleTables();
        CreateDatabase("OTHER");
        Sql("CREATE SCHEMA \"OTHER\".\"S2\"");
        MetadataStore.RecordCreateSchema(Connection, "OTHER", "S2", null);
        CreateTable("S2", new TableMetadata("T2") { Columns = [new ColumnMetadata("A", "INT")] }, "\"A\" BIGINT", "OTHER");

        Assert.That(Read(ShowCommand.Execute(new ShowRequest("TABLES") { ScopeKind = "ACCOUNT" }, Context())).Rows.Select(r => $"{r[2]}.{r[3]}.{r[1]}"),
            Is.EqualTo(new[] { "DB.PUBLIC.ITEMS", "DB.PUBLIC.ORDERS", "OTHER.S2.T2" }));
        Assert.That(Read(ShowCommand.Execute(new ShowRequest("TABLES") { ScopeKind = "DATABASE", ScopeName = new ObjectName(null, null, "OTHER") }, Context())).Rows.Select(r => r[1]),
            Is.EqualTo(new[] { "T2" }));
        Assert.That(Read(ShowCommand.Execute(new ShowRequest("TABLES") { ScopeKind = "SCHEMA", ScopeName = new ObjectName(null, "OTHER", "S2") }, Context())).Rows.Select(r => r[1]),
            Is.EqualTo(new[] { "T2" }));
        // Without a current database SHOW TABLES covers the account.
        Assert.That(Read(ShowCommand.Execute(new ShowRequest("TABLES"), Context(null, null))).Rows, Has.Count.EqualTo(3));
    }

    [Test]
    public void Show_in_missing_database_fails_like_snowflake()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() =>
            ShowCommand.Execute(new ShowRequest("TABLES") { ScopeKind = "DATABASE", ScopeName = new ObjectName(null, null, "NOPE") }, Context()))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002043"));
        Assert.That(error.Message, Is.EqualTo("SQL compilation error:\nDatabase 'NOPE' does not exist or not authorized."));
    }

    [Test]
    public void Show_views_prints_text_and_comment()
    {
        CreateSampleTables();
        var (names, rows) = Read(ShowCommand.Execute(new ShowRequest("VIEWS"), Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/show-views#output
        Assert.That(names, Is.EqualTo(new[] { "created_on", "name", "reserved", "database_name", "schema_name", "owner", "comment",
            "text", "is_secure", "is_materialized", "owner_role_type", "change_tracking" }));
        Assert.That(rows.Single()[1], Is.EqualTo("BIG_ORDERS"));
        Assert.That(rows.Single()[6], Is.EqualTo("large ones"));
        Assert.That(rows.Single()[7], Is.EqualTo("create view big_orders as select * from orders where amount > 2"));
        Assert.That(rows.Single()[8], Is.EqualTo(false));
    }

    [Test]
    public void Show_objects_lists_tables_and_views_with_kind()
    {
        CreateSampleTables();
        var rows = Read(ShowCommand.Execute(new ShowRequest("OBJECTS"), Context())).Rows;
        Assert.That(rows.Select(r => $"{r[1]}:{r[4]}"), Is.EqualTo(new[] { "BIG_ORDERS:VIEW", "ITEMS:TRANSIENT", "ORDERS:TABLE" }));
    }

    [Test]
    public void Show_columns_reports_declared_types()
    {
        CreateSampleTables();
        var (names, rows) = Read(ShowCommand.Execute(new ShowRequest("COLUMNS") { ScopeKind = "TABLE", ScopeName = new ObjectName(null, null, "ORDERS") }, Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/show-columns#output
        Assert.That(names, Is.EqualTo(new[] { "table_name", "schema_name", "column_name", "data_type", "null?", "default", "kind",
            "expression", "comment", "database_name", "autoincrement", "schema_evolution_record" }));
        Assert.That(rows.Select(r => r[2]), Is.EqualTo(new[] { "ID", "AMOUNT", "NOTE" }));
        Assert.That(rows[0][3], Is.EqualTo("{\"type\":\"FIXED\",\"precision\":38,\"scale\":0,\"nullable\":false}"));
        Assert.That(rows[0][4], Is.EqualTo("false"));
        Assert.That(rows[1][3], Is.EqualTo("{\"type\":\"FIXED\",\"precision\":10,\"scale\":2,\"nullable\":true}"));
        Assert.That(rows[1][8], Is.EqualTo("in EUR"));
        Assert.That(rows[2][3], Is.EqualTo("{\"type\":\"TEXT\",\"length\":16777216,\"byteLength\":16777216,\"nullable\":true,\"fixed\":false}"));
        Assert.That(rows[2][5], Is.EqualTo("'none'"));
        Assert.That(rows[2][6], Is.EqualTo("COLUMN"));
    }

    [Test]
    public void Show_columns_like_filters_column_names()
    {
        CreateSampleTables();
        var rows = Read(ShowCommand.Execute(new ShowRequest("COLUMNS") { Like = "%o%" }, Context())).Rows;
        Assert.That(rows.Select(r => $"{r[0]}.{r[2]}"), Is.EquivalentTo(new[] { "BIG_ORDERS.AMOUNT", "BIG_ORDERS.NOTE", "ITEMS.ORDER_ID", "ORDERS.AMOUNT", "ORDERS.NOTE" }));
    }

    [Test]
    public void Show_schemas_and_databases()
    {
        Sql("CREATE SCHEMA \"DB\".\"STAGING\"");
        MetadataStore.RecordCreateSchema(Connection, "DB", "STAGING", "raw data", transient: true);
        var (names, rows) = Read(ShowCommand.Execute(new ShowRequest("SCHEMAS"), Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/show-schemas#output; INFORMATION_SCHEMA is listed too.
        Assert.That(names, Is.EqualTo(new[] { "created_on", "name", "is_default", "is_current", "database_name", "owner", "comment",
            "options", "retention_time", "owner_role_type", "budget" }));
        Assert.That(rows.Select(r => r[1]), Is.EqualTo(new[] { "INFORMATION_SCHEMA", "PUBLIC", "STAGING" }));
        Assert.That(rows[1][3], Is.EqualTo("Y"));
        Assert.That(rows[2][6], Is.EqualTo("raw data"));
        Assert.That(rows[2][7], Is.EqualTo("TRANSIENT"));

        CreateDatabase("ANALYTICS", "reporting");
        var databases = Read(ShowCommand.Execute(new ShowRequest("DATABASES"), Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/show-databases#output
        Assert.That(databases.Names, Is.EqualTo(new[] { "created_on", "name", "is_default", "is_current", "origin", "owner", "comment",
            "options", "retention_time", "kind", "budget", "owner_role_type" }));
        Assert.That(databases.Rows.Select(r => $"{r[1]}:{r[3]}:{r[6]}"), Is.EqualTo(new[] { "ANALYTICS:N:reporting", "DB:Y:" }));
        Assert.That(databases.Rows[0][9], Is.EqualTo("STANDARD"));
    }

    [Test]
    public void Show_primary_unique_and_imported_keys()
    {
        CreateSampleTables();
        var (names, rows) = Read(ShowCommand.Execute(new ShowRequest("PRIMARY KEYS"), Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/show-primary-keys#output
        Assert.That(names, Is.EqualTo(new[] { "created_on", "database_name", "schema_name", "table_name", "column_name", "key_sequence",
            "constraint_name", "rely", "comment" }));
        Assert.That(rows.Single()[1..8], Is.EqualTo(new object?[] { "DB", "PUBLIC", "ORDERS", "ID", 1L, "PK_ORDERS", "false" }));

        Assert.That(Read(ShowCommand.Execute(new ShowRequest("UNIQUE KEYS"), Context())).Rows, Is.Empty);

        var imported = Read(ShowCommand.Execute(new ShowRequest("IMPORTED KEYS") { ScopeKind = "TABLE", ScopeName = new ObjectName(null, null, "ITEMS") }, Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/show-imported-keys#output
        Assert.That(imported.Names, Is.EqualTo(new[] { "created_on", "pk_database_name", "pk_schema_name", "pk_table_name", "pk_column_name",
            "fk_database_name", "fk_schema_name", "fk_table_name", "fk_column_name", "key_sequence", "update_rule", "delete_rule",
            "fk_name", "pk_name", "deferrability", "rely", "comment" }));
        Assert.That(imported.Rows.Single()[1..16], Is.EqualTo(new object?[] { "DB", "PUBLIC", "ORDERS", "ID", "DB", "PUBLIC", "ITEMS", "ORDER_ID",
            1L, "NO ACTION", "NO ACTION", "FK_ITEMS", "PK_ORDERS", "NOT DEFERRABLE", "false" }));
    }

    [Test]
    public void Show_parameters_variables_warehouses_roles_users()
    {
        var context = new MetadataContext
        {
            Connection = Connection, Catalog = Catalog, Database = "DB", Schema = "PUBLIC", SessionId = 42, User = "ALICE",
            Role = "SYSADMIN", Warehouse = "WH",
            Parameters = [new("TIMEZONE", "UTC"), new("WEEK_START", "0")],
            ParameterDefault = p => p == "TIMEZONE" ? "America/Los_Angeles" : "0",
            Variables = [new VariableInfo("X", "1", "fixed", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)],
        };
        var parameters = Read(ShowCommand.Execute(new ShowRequest("PARAMETERS") { Like = "time%" }, context));
        // https://docs.snowflake.com/en/sql-reference/sql/show-parameters#output
        Assert.That(parameters.Names, Is.EqualTo(new[] { "key", "value", "default", "level", "description", "type" }));
        Assert.That(parameters.Rows.Single()[..4], Is.EqualTo(new object?[] { "TIMEZONE", "UTC", "America/Los_Angeles", "SESSION" }));

        var variables = Read(ShowCommand.Execute(new ShowRequest("VARIABLES"), context));
        // https://docs.snowflake.com/en/sql-reference/sql/show-variables#output
        Assert.That(variables.Names, Is.EqualTo(new[] { "session_id", "created_on", "updated_on", "name", "value", "type", "comment" }));
        Assert.That(variables.Rows.Single()[3..6], Is.EqualTo(new object?[] { "X", "1", "fixed" }));
        Assert.That(variables.Rows.Single()[0], Is.EqualTo(42L));

        var warehouses = Read(ShowCommand.Execute(new ShowRequest("WAREHOUSES"), context));
        Assert.That(warehouses.Names[..4], Is.EqualTo(new[] { "name", "state", "type", "size" }));
        Assert.That(warehouses.Rows.Single()[0], Is.EqualTo("WH"));
        Assert.That(warehouses.Rows.Single()[10], Is.EqualTo("Y"));

        var roles = Read(ShowCommand.Execute(new ShowRequest("ROLES") { Like = "sys%" }, context));
        Assert.That(roles.Rows.Single()[1..4], Is.EqualTo(new object?[] { "SYSADMIN", "Y", "Y" }));

        var users = Read(ShowCommand.Execute(new ShowRequest("USERS"), context));
        Assert.That(users.Names[..3], Is.EqualTo(new[] { "name", "created_on", "login_name" }));
        Assert.That(users.Rows.Single()[0], Is.EqualTo("ALICE"));
    }

    [Test]
    public void Show_sequences()
    {
        Sql("CREATE SEQUENCE \"DB\".\"PUBLIC\".\"SEQ1\" START 10 INCREMENT 5");
        MetadataStore.RecordCreateSequence(Connection, "DB", "PUBLIC", "SEQ1", 10, 5, "ids");
        var (names, rows) = Read(ShowCommand.Execute(new ShowRequest("SEQUENCES"), Context()));
        // https://docs.snowflake.com/en/sql-reference/sql/show-sequences#output
        Assert.That(names[..8], Is.EqualTo(new[] { "created_on", "name", "schema_name", "database_name", "next_value", "interval", "owner", "comment" }));
        Assert.That(rows.Single()[1..8], Is.EqualTo(new object?[] { "SEQ1", "PUBLIC", "DB", 10L, 5L, "SYSADMIN", "ids" }));
    }

    [Test]
    public void Hidden_schemas_never_show()
    {
        var rows = Read(ShowCommand.Execute(new ShowRequest("OBJECTS") { ScopeKind = "ACCOUNT" }, Context())).Rows;
        Assert.That(rows, Is.Empty);
        var schemas = Read(ShowCommand.Execute(new ShowRequest("SCHEMAS"), Context())).Rows.Select(r => r[1]);
        Assert.That(schemas, Is.EqualTo(new[] { "INFORMATION_SCHEMA", "PUBLIC" }));
    }
}
