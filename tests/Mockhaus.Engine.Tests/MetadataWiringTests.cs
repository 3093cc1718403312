namespace Mockhaus.Engine.Tests;

/// <summary>SHOW, DESCRIBE and declared types reach users through the session (the statement dispatch).</summary>
public class MetadataWiringTests : EngineTestBase
{
    [Test]
    public void Show_tables_lists_a_created_table_in_the_current_schema()
    {
        Rows("CREATE TABLE orders (id INT, note VARCHAR(100))");
        var names = ColumnNames("SHOW TABLES");
        Assert.That(names.Take(4), Is.EqualTo(new[] { "created_on", "name", "database_name", "schema_name" }));
        var row = Rows("SHOW TABLES LIKE 'ord%'").Single();
        Assert.That(row[1..4], Is.EqualTo(new object?[] { "ORDERS", "TESTDB", "PUBLIC" }));
    }

    // docs.snowflake.com/en/sql-reference/sql/desc-table: declared types are shown as declared, synonyms resolved.
    [Test]
    public void Describe_table_reports_declared_types()
    {
        Rows("CREATE TABLE t (id INT NOT NULL, note VARCHAR(100), amount NUMBER(10,2), ts TIMESTAMP_NTZ(3))");
        var rows = Rows("DESCRIBE TABLE t");
        Assert.That(rows.Select(r => (r[0], r[1])), Is.EqualTo(new[]
        {
            ((object?)"ID", (object?)"NUMBER(38,0)"),
            ("NOTE", "VARCHAR(100)"),
            ("AMOUNT", "NUMBER(10,2)"),
            ("TS", "TIMESTAMP_NTZ(3)"),
        }));
    }

    [Test]
    public void Information_schema_tables_lists_user_tables_with_snowflake_values()
    {
        Rows("CREATE TABLE t1 (a INT)");
        var rows = Rows("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'PUBLIC'");
        Assert.That(rows.Select(r => (r[0], r[1])), Is.EqualTo(new[] { ((object?)"T1", (object?)"BASE TABLE") }));
    }

    [Test]
    public void Show_databases_includes_databases_created_in_the_session()
    {
        Rows("CREATE DATABASE reporting");
        var names = Rows("SHOW DATABASES").Select(r => r[1]).ToList();
        Assert.That(names, Does.Contain("REPORTING").And.Contain("TESTDB"));
    }

    [Test]
    public void Show_variables_lists_session_variables()
    {
        Rows("SET limit_rows = 5");
        var row = Rows("SHOW VARIABLES").Single();
        Assert.That(row, Does.Contain("LIMIT_ROWS"));
    }
}

/// <summary>Query results report the declared column types (rowtype), not DuckDB's storage types.</summary>
public class DeclaredResultTypeTests : EngineTestBase
{
    [Test]
    public void Select_from_a_table_reports_declared_lengths_scales_and_semi_structured_kinds()
    {
        Rows("CREATE TABLE t (name VARCHAR(100), amount NUMBER(10,2), o OBJECT, a ARRAY, v VARIANT)");
        var statement = Session.Translate("SELECT name, amount, o, a, v FROM t").Single();
        using var result = Session.Execute(statement);
        var types = result.Rows.Columns.Select(c => (c.Type.RowTypeName, c.Type.Length, c.Type.Precision, c.Type.Scale)).ToList();
        Assert.That(types[0], Is.EqualTo(("text", (long?)100, (int?)null, (int?)null)));
        Assert.That(types[1], Is.EqualTo(("fixed", (long?)null, (int?)10, (int?)2)));
        Assert.That(types.Skip(2).Select(t => t.RowTypeName), Is.EqualTo(new[] { "object", "array", "variant" }));
        Assert.That(result.Rows.Columns[0].Table, Is.EqualTo("T"));
    }
}
