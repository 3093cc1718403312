using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>
/// GET_DDL called from SQL through a session: arguments are constants the engine evaluates before the statement runs.
/// https://docs.snowflake.com/en/sql-reference/functions/get_ddl
/// </summary>
public class GetDdlSqlTests : EngineTestBase
{
    [Test]
    public void TableDdlKeepsDeclaredTypesAndConstraints()
    {
        Rows("CREATE TABLE orders (id NUMBER(10,0) NOT NULL PRIMARY KEY, note VARCHAR(20) COMMENT 'free text')");
        Assert.That(Scalar("SELECT GET_DDL('TABLE', 'orders')"), Is.EqualTo(
            "create or replace TABLE ORDERS (\n" +
            "\tID NUMBER(10,0) NOT NULL,\n" +
            "\tNOTE VARCHAR(20) COMMENT 'free text',\n" +
            "\tprimary key (ID)\n" +
            ");"));
    }

    [Test]
    public void TheResultColumnIsNamedAfterTheCallAndIsText()
    {
        Rows("CREATE TABLE t (x INT)");
        using var result = Session.Execute(Session.Translate("SELECT GET_DDL('TABLE', 'T')").Single());
        Assert.That(result.Rows.Columns.Single().Name, Is.EqualTo("GET_DDL('TABLE', 'T')"));
        Assert.That(result.Rows.Columns.Single().Type.RowTypeName, Is.EqualTo("text"));
    }

    [Test]
    public void FullyQualifiedNamesOnRequest()
    {
        Rows("CREATE TABLE t (x INT)");
        Assert.That((string?)Scalar("SELECT GET_DDL('table', 'testdb.public.t', TRUE)"),
            Does.StartWith("create or replace TABLE TESTDB.PUBLIC.T (\n"));
        Assert.That((string?)Scalar("SELECT GET_DDL('table', 'public.t', FALSE)"), Does.StartWith("create or replace TABLE T (\n"));
    }

    [Test]
    public void ViewSequenceSchemaAndDatabase()
    {
        Rows("CREATE TABLE t (x INT); CREATE VIEW v AS SELECT x FROM t; CREATE SEQUENCE s START = 5 INCREMENT = 2");
        Assert.That(Scalar("SELECT GET_DDL('VIEW', 'v')"), Is.EqualTo("CREATE VIEW v AS SELECT x FROM t;"));
        Assert.That(Scalar("SELECT GET_DDL('SEQUENCE', 's')"), Is.EqualTo("create or replace sequence S start with 5 increment by 2 order;"));
        Assert.That((string?)Scalar("SELECT GET_DDL('SCHEMA', 'public')"), Does.StartWith("create or replace schema PUBLIC;\n").And.Contains("create or replace TABLE T ("));
        Assert.That((string?)Scalar("SELECT GET_DDL('DATABASE', 'testdb')"), Does.StartWith("create or replace database TESTDB;\n"));
    }

    [Test]
    public void SeesTheSessionsTemporaryTables()
    {
        Rows("CREATE TEMPORARY TABLE scratch (x INT)");
        Assert.That((string?)Scalar("SELECT GET_DDL('TABLE', 'scratch')"), Does.StartWith("create or replace TEMPORARY TABLE SCRATCH ("));
    }

    [Test]
    public void UsableInsideLargerExpressionsAndTwicePerStatement()
    {
        Rows("CREATE TABLE a (x INT); CREATE TABLE b (y INT)");
        var row = Rows("SELECT LENGTH(GET_DDL('TABLE', 'a')) > 0, GET_DDL('TABLE', 'b') LIKE '%Y NUMBER(38,0)%'").Single();
        Assert.That(row, Is.EqualTo(new object?[] { true, true }));
    }

    [Test]
    public void NullArgumentGivesNull() => Assert.That(Scalar("SELECT GET_DDL('TABLE', NULL)"), Is.Null);

    [Test]
    public void UnknownTableIsSnowflakesDoesNotExistError()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT GET_DDL('TABLE', 'nope')"))!;
        Assert.That(error.ErrorCode, Is.EqualTo("002003"));
        Assert.That(error.Message, Does.Contain("TESTDB.PUBLIC.NOPE").And.Contain("does not exist or not authorized"));
    }

    [Test]
    public void ArgumentsFromColumnsFailByName()
    {
        Rows("CREATE TABLE t (x INT)");
        var error = Assert.Throws<SnowflakeSqlException>(() =>
            Rows("SELECT GET_DDL('TABLE', table_name) FROM information_schema.tables WHERE table_name = 'T'"))!;
        Assert.That(error.Message, Does.Contain("Unsupported feature 'GET_DDL with arguments that are not constants'"));
    }

    [Test]
    public void WrongArgumentCountIsACompilationError() =>
        Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT GET_DDL('TABLE')"));
}
