using Mockhaus.Sql.Syntax;
using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>Statements the engine executes itself: their AST nodes carry everything the engine needs.</summary>
public class EngineStatementTests : TranslatorTestBase
{
    private static T Node<T>(string sql) where T : Statement
    {
        var statement = TranslateOne(sql);
        Assert.That(statement.DuckDbSql, Is.Null);
        return (T)statement.Syntax!;
    }

    [TestCase("USE DATABASE db1", "DATABASE", "DB1")]
    [TestCase("USE SCHEMA \"Db\".s1", "SCHEMA", "Db.S1")]
    [TestCase("USE WAREHOUSE compute_wh", "WAREHOUSE", "COMPUTE_WH")]
    [TestCase("USE ROLE accountadmin", "ROLE", "ACCOUNTADMIN")]
    [TestCase("USE my_db", null, "MY_DB")]
    [TestCase("USE my_db.my_schema", null, "MY_DB.MY_SCHEMA")]
    public void Use(string sql, string? kind, string name)
    {
        var use = Node<UseStatement>(sql);
        Assert.That((use.ObjectKind, use.Name!.ToObjectName().ToString()), Is.EqualTo((kind, name)));
    }

    [Test]
    public void UseSecondaryRoles() => Assert.That(Node<UseStatement>("USE SECONDARY ROLES NONE").SecondaryRoles, Is.EqualTo("NONE"));

    [Test]
    public void ShowWithEveryClause()
    {
        var show = Node<ShowStatement>("SHOW TERSE TABLES LIKE 'ORD%' IN SCHEMA db.sales STARTS WITH 'O' LIMIT 5 FROM 'OA'");
        Assert.Multiple(() =>
        {
            Assert.That(show.ObjectKind, Is.EqualTo("TABLES"));
            Assert.That(show.Terse, Is.True);
            Assert.That(show.LikePattern, Is.EqualTo("ORD%"));
            Assert.That(show.In!.Kind, Is.EqualTo("SCHEMA"));
            Assert.That(show.In.Name!.ToObjectName(), Is.EqualTo(new ObjectName(null, "DB", "SALES")));
            Assert.That(show.StartsWith, Is.EqualTo("O"));
            Assert.That(show.Limit, Is.EqualTo(5));
            Assert.That(show.LimitFrom, Is.EqualTo("OA"));
        });
    }

    [TestCase("SHOW DATABASES", "DATABASES", null)]
    [TestCase("SHOW SCHEMAS IN DATABASE d", "SCHEMAS", "DATABASE")]
    [TestCase("SHOW USER FUNCTIONS IN ACCOUNT", "USER FUNCTIONS", "ACCOUNT")]
    [TestCase("SHOW PRIMARY KEYS IN TABLE t", "PRIMARY KEYS", "TABLE")]
    [TestCase("SHOW COLUMNS IN t", "COLUMNS", "")]
    [TestCase("SHOW WAREHOUSES", "WAREHOUSES", null)]
    [TestCase("SHOW VARIABLES", "VARIABLES", null)]
    public void ShowKinds(string sql, string kind, string? scope)
    {
        var show = Node<ShowStatement>(sql);
        Assert.That((show.ObjectKind, show.In?.Kind), Is.EqualTo((kind, scope)));
    }

    [Test]
    public void ShowGrantsTarget()
    {
        var show = Node<ShowStatement>("SHOW GRANTS TO ROLE analyst");
        Assert.That((show.ObjectKind, show.TargetPreposition, show.TargetKind, show.TargetName!.ToString()), Is.EqualTo(("GRANTS", "TO", "ROLE", "analyst")));
    }

    [TestCase("DESCRIBE TABLE t", "TABLE", "T")]
    [TestCase("DESC TABLE db.s.\"t\"", "TABLE", "DB.S.t")]
    [TestCase("DESC VIEW v", "VIEW", "V")]
    [TestCase("DESCRIBE t", "TABLE", "T")]
    [TestCase("DESCRIBE SCHEMA s", "SCHEMA", "S")]
    [TestCase("DESCRIBE DATABASE d", "DATABASE", "D")]
    [TestCase("DESCRIBE MATERIALIZED VIEW mv", "MATERIALIZED VIEW", "MV")]
    [TestCase("DESC SEQUENCE seq", "SEQUENCE", "SEQ")]
    public void Describe(string sql, string kind, string name)
    {
        var describe = Node<DescribeStatement>(sql);
        Assert.That((describe.ObjectKind, describe.Name.ToObjectName().ToString()), Is.EqualTo((kind, name)));
    }

    [Test]
    public void AlterSessionSet()
    {
        var alter = Node<AlterSessionStatement>("ALTER SESSION SET TIMEZONE = 'America/New_York', AUTOCOMMIT = FALSE, LOCK_TIMEOUT = 10");
        Assert.That(alter.Set.Select(s => $"{s.Name}={s.Value}:{s.IsString}"),
            Is.EqualTo(new[] { "TIMEZONE=America/New_York:True", "AUTOCOMMIT=FALSE:False", "LOCK_TIMEOUT=10:False" }));
    }

    [Test]
    public void AlterSessionUnset() =>
        Assert.That(Node<AlterSessionStatement>("ALTER SESSION UNSET timezone, query_tag").Unset, Is.EqualTo(new[] { "TIMEZONE", "QUERY_TAG" }));

    [Test]
    public void SetVariableCarriesItsDuckDbValue()
    {
        var set = Node<SetVariableStatement>("SET my_var = 40 + 2");
        Assert.That(set.Names, Is.EqualTo(new[] { "MY_VAR" }));
        Assert.That(Db.Query("SELECT " + set.ValueDuckDbSql[0]).Scalar?.ToString(), Is.EqualTo("42"));
    }

    [Test]
    public void SetMultipleVariables()
    {
        var set = Node<SetVariableStatement>("SET (a, \"b\") = (1, 'two')");
        Assert.That(set.Names, Is.EqualTo(new[] { "A", "b" }));
        Assert.That(set.ValueDuckDbSql, Has.Count.EqualTo(2));
    }

    [Test]
    public void SetAndReadAVariableTheWayTheEngineDoes()
    {
        var set = Node<SetVariableStatement>("SET threshold = 3");
        Db.Execute($"SET VARIABLE {set.Names[0]} = {set.ValueDuckDbSql[0]}");
        Assert.That(ScalarText("SELECT $threshold * 2"), Is.EqualTo("6"));
    }

    [Test]
    public void SetFromASubqueryValue()
    {
        var set = Node<SetVariableStatement>("SET n = (SELECT COUNT(*) FROM VALUES (1), (2))");
        Db.Execute($"SET VARIABLE {set.Names[0]} = {set.ValueDuckDbSql[0]}");
        Assert.That(ScalarText("SELECT $N"), Is.EqualTo("2"));
    }

    [Test]
    public void Unset() => Assert.That(Node<UnsetVariableStatement>("UNSET (x, y)").Names, Is.EqualTo(new[] { "X", "Y" }));

    [Test]
    public void CreateDatabase()
    {
        var create = Node<CreateDatabaseStatement>("CREATE OR REPLACE TRANSIENT DATABASE IF NOT EXISTS analytics COMMENT = 'x'");
        Assert.That((create.Name.ToString(), create.OrReplace, create.Transient, create.IfNotExists, create.Comment),
            Is.EqualTo(("analytics", true, true, true, "x")));
        Assert.That(TranslateOne("CREATE DATABASE analytics").Target, Is.EqualTo(new ObjectName(null, null, "ANALYTICS")));
    }

    [Test]
    public void DropDatabase()
    {
        var drop = Node<DropStatement>("DROP DATABASE IF EXISTS analytics CASCADE");
        Assert.That((drop.ObjectKind, drop.IfExists, drop.Cascade), Is.EqualTo(("DATABASE", true, true)));
    }

    [Test]
    public void AlterDatabase()
    {
        var alter = Node<AlterDatabaseStatement>("ALTER DATABASE IF EXISTS a RENAME TO b");
        Assert.That((alter.Action, alter.NewName!.ToString(), alter.IfExists), Is.EqualTo(("RENAME", "b", true)));
    }

    [TestCase("BEGIN", "BEGIN")]
    [TestCase("BEGIN WORK", "BEGIN")]
    [TestCase("START TRANSACTION", "BEGIN")]
    [TestCase("COMMIT", "COMMIT")]
    [TestCase("ROLLBACK WORK", "ROLLBACK")]
    public void Transactions(string sql, string kind) => Assert.That(Node<TransactionStatement>(sql).Kind, Is.EqualTo(kind));

    [Test]
    public void Grant()
    {
        var grant = Node<GrantStatement>("GRANT SELECT, INSERT ON TABLE db.s.t TO ROLE analyst");
        Assert.That((string.Join("|", grant.Privileges), grant.OnKind, grant.OnName!.ToString(), grant.GranteeKind, grant.Grantee.ToString(), grant.Revoke),
            Is.EqualTo(("SELECT|INSERT", "TABLE", "db.s.t", "ROLE", "analyst", false)));
    }

    [Test]
    public void GrantOnAllTables()
    {
        var grant = Node<GrantStatement>("GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA db.s TO ROLE r");
        Assert.That((grant.Privileges[0], grant.OnKind, grant.OnName!.ToString()), Is.EqualTo(("ALL PRIVILEGES", "ALL TABLES IN SCHEMA", "db.s")));
    }

    [Test]
    public void GrantRole()
    {
        var grant = Node<GrantStatement>("GRANT ROLE analyst TO USER jane");
        Assert.That((grant.Privileges[0], grant.OnKind, grant.GranteeKind, grant.Grantee.ToString()), Is.EqualTo(("ROLE ANALYST", null as string, "USER", "jane")));
    }

    [Test]
    public void Revoke()
    {
        var revoke = Node<GrantStatement>("REVOKE USAGE ON WAREHOUSE wh FROM ROLE r");
        Assert.That((revoke.Revoke, revoke.OnKind, revoke.Grantee.ToString()), Is.EqualTo((true, "WAREHOUSE", "r")));
    }

    [Test]
    public void CreateWarehouse()
    {
        var create = Node<AccountObjectStatement>("CREATE OR REPLACE WAREHOUSE wh WITH WAREHOUSE_SIZE = 'XSMALL' AUTO_SUSPEND = 60 INITIALLY_SUSPENDED = TRUE");
        Assert.That((create.Action, create.ObjectKind, create.Name.ToString(), create.OrReplace), Is.EqualTo(("CREATE", "WAREHOUSE", "wh", true)));
        Assert.That(create.Properties.Select(p => p.Name + "=" + p.Value), Is.EqualTo(new[] { "WAREHOUSE_SIZE=XSMALL", "AUTO_SUSPEND=60", "INITIALLY_SUSPENDED=TRUE" }));
    }

    [Test]
    public void AlterWarehouse()
    {
        var alter = Node<AccountObjectStatement>("ALTER WAREHOUSE wh SET WAREHOUSE_SIZE = 'LARGE'");
        Assert.That((alter.AlterAction, alter.Properties.Single().Value), Is.EqualTo(("SET", "LARGE")));
        Assert.That(Node<AccountObjectStatement>("ALTER WAREHOUSE wh RESUME IF SUSPENDED").AlterAction, Is.EqualTo("RESUME IF SUSPENDED"));
    }

    [Test]
    public void CreateUserAndRole()
    {
        Assert.That(Node<AccountObjectStatement>("CREATE USER jane PASSWORD = 'p' DEFAULT_ROLE = analyst").Properties.Count, Is.EqualTo(2));
        Assert.That(Node<AccountObjectStatement>("CREATE ROLE IF NOT EXISTS analyst").IfNotExists, Is.True);
        Assert.That(Node<DropStatement>("DROP ROLE IF EXISTS analyst").ObjectKind, Is.EqualTo("ROLE"));
    }

    [Test]
    public void CommentOn()
    {
        var comment = Node<CommentStatement>("COMMENT ON COLUMN db.s.t.c IS 'the c'");
        Assert.That((comment.ObjectKind, comment.Comment), Is.EqualTo(("COLUMN", "the c")));
    }

    [Test]
    public void CreateSequence()
    {
        var sequence = Node<CreateSequenceStatement>("CREATE OR REPLACE SEQUENCE seq START = 100 INCREMENT BY -5 COMMENT = 'c'");
        Assert.That((sequence.Start, sequence.Increment, sequence.OrReplace, sequence.Comment), Is.EqualTo((100L, -5L, true, "c")));
        Assert.That(Node<CreateSequenceStatement>("CREATE SEQUENCE s2").Start, Is.EqualTo(1));
    }

    [Test]
    public void Call()
    {
        var call = Node<CallStatement>("CALL db.s.refresh(1 + 1, 'x')");
        Assert.That(call.Procedure.ToObjectName(), Is.EqualTo(new ObjectName("DB", "S", "REFRESH")));
        Assert.That(call.ArgumentsDuckDbSql, Has.Count.EqualTo(2));
    }

    [Test]
    public void Put()
    {
        var put = Node<FileStatement>("PUT file:///tmp/my data.csv @~/staged AUTO_COMPRESS = FALSE OVERWRITE=TRUE");
        Assert.That(put.Command, Is.EqualTo("PUT"));
        Assert.That(put.Options.Select(o => o.Name + "=" + o.Value), Is.EqualTo(new[] { "AUTO_COMPRESS=FALSE", "OVERWRITE=TRUE" }));
    }

    [Test]
    public void PutWithQuotedPath()
    {
        var put = Node<FileStatement>("PUT 'file:///tmp/my data.csv' @%t");
        Assert.That(put.Locations, Is.EqualTo(new[] { "file:///tmp/my data.csv", "@%t" }));
    }

    [Test]
    public void ListWithPattern()
    {
        var list = Node<FileStatement>("LIST @my_stage/dir PATTERN = '.*[.]csv'");
        Assert.That((list.Command, list.Locations.Single(), list.Pattern), Is.EqualTo(("LIST", "@my_stage/dir", ".*[.]csv")));
    }

    [Test]
    public void FileCommandFollowedByAnotherStatement()
    {
        var statements = Translate("REMOVE @~/x; SELECT 1");
        Assert.That(statements.Select(s => s.Kind), Is.EqualTo(new[] { StatementKind.Remove, StatementKind.Select }));
    }
}
