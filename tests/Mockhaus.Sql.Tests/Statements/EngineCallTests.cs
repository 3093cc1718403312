using Mockhaus.Sql.Syntax;
using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>
/// RESULT_SCAN and GET_DDL translate to engine calls: the SQL reads a variable the engine fills before running,
/// and the call's arguments travel as DuckDB SQL. Executed on DuckDB with the variable set as the engine would.
/// https://docs.snowflake.com/en/sql-reference/functions/result_scan
/// https://docs.snowflake.com/en/sql-reference/functions/get_ddl
/// </summary>
public class EngineCallTests : TranslatorTestBase
{
    [Test]
    public void ResultScanReadsTheTableNamedByItsVariable()
    {
        var statement = TranslateOne("""SELECT "n" FROM TABLE(RESULT_SCAN(LAST_QUERY_ID(-2))) r WHERE r."n" > 1""");
        var call = statement.EngineCalls.Single();
        Assert.That(call.Function, Is.EqualTo("RESULT_SCAN"));
        Assert.That(call.Variable, Is.EqualTo("MH_CALL_0"));
        Assert.That(call.Arguments.Single(), Does.Contain("MH_QUERY_HISTORY").And.Contain("-2"));
        Db.Execute("CREATE TEMPORARY TABLE earlier AS SELECT * FROM (VALUES (1), (2), (3)) v(n)");
        Db.Execute("SET VARIABLE MH_CALL_0 = 'temp.main.earlier'");
        Assert.That(Run(statement.SourceText).Rows.Select(r => Text(r[0])), Is.EqualTo(new[] { "2", "3" }));
    }

    [Test]
    public void GetDdlReadsTheTextItsVariableHolds()
    {
        var statement = TranslateOne("SELECT UPPER(GET_DDL('table', 'db.s.t', TRUE)) AS ddl");
        var call = statement.EngineCalls.Single();
        Assert.That(call.Function, Is.EqualTo("GET_DDL"));
        Assert.That(call.Arguments, Has.Count.EqualTo(3));
        Db.Execute("SET VARIABLE MH_CALL_0 = 'create table t (a int);'");
        Assert.That(ScalarText(statement.SourceText), Is.EqualTo("CREATE TABLE T (A INT);"));
    }

    [Test]
    public void EachCallGetsItsOwnVariable()
    {
        var statement = TranslateOne("SELECT GET_DDL('TABLE', 'A'), GET_DDL('TABLE', 'B') FROM TABLE(RESULT_SCAN('x'))");
        Assert.That(statement.EngineCalls.Select(c => $"{c.Function}:{c.Variable}"),
            Is.EqualTo(new[] { "GET_DDL:MH_CALL_0", "GET_DDL:MH_CALL_1", "RESULT_SCAN:MH_CALL_2" }));
    }

    [TestCase("SELECT * FROM TABLE(RESULT_SCAN())")]
    [TestCase("SELECT * FROM TABLE(RESULT_SCAN('a', 'b'))")]
    [TestCase("SELECT GET_DDL('TABLE')")]
    [TestCase("SELECT GET_DDL('TABLE', 'T', TRUE, 1)")]
    public void WrongArgumentCountsAreCompilationErrors(string sql) =>
        Assert.That(TranslationFails(sql).ErrorCode, Is.Not.Empty);
}

/// <summary>Constraint names and FOREIGN KEY targets are kept in the AST (they used to be dropped).</summary>
public class ConstraintSyntaxTests : TranslatorTestBase
{
    [Test]
    public void TableConstraintsKeepNamesAndReferences()
    {
        var create = (CreateTableStatement)TranslateOne("""
            CREATE TABLE c (a INT, b INT,
              CONSTRAINT pk_c PRIMARY KEY (a),
              CONSTRAINT fk_c FOREIGN KEY (b) REFERENCES db.s.p ("Id") MATCH FULL ON UPDATE NO ACTION ON DELETE SET NULL RELY,
              UNIQUE (b))
            """).Syntax!;
        Assert.That(create.Constraints.Select(c => $"{c.Name?.Resolved}|{c.Kind}|{string.Join(",", c.Columns.Select(i => i.Resolved))}"),
            Is.EqualTo(new[] { "PK_C|PRIMARY KEY|A", "FK_C|FOREIGN KEY|B", "|UNIQUE|B" }));
        Assert.That(create.Constraints[1].References!.ToString(), Is.EqualTo("db.s.p"));
        Assert.That(create.Constraints[1].ReferencedColumns.Single().Resolved, Is.EqualTo("Id"));
    }

    [Test]
    public void ColumnConstraintsKeepNamesAndReferences()
    {
        var create = (CreateTableStatement)TranslateOne(
            "CREATE TABLE c (a INT CONSTRAINT pk PRIMARY KEY, b INT NOT NULL REFERENCES p, c INT CONSTRAINT fk FOREIGN KEY REFERENCES p (x) UNIQUE)").Syntax!;
        var constraints = create.Columns.SelectMany(c => c.Constraints).ToList();
        Assert.That(constraints.Select(c => $"{c.Name?.Resolved}|{c.Kind}|{c.Columns.Single().Resolved}|{c.References}|{string.Join(",", c.ReferencedColumns)}"),
            Is.EqualTo(new[] { "PK|PRIMARY KEY|A||", "|FOREIGN KEY|B|p|", "FK|FOREIGN KEY|C|p|x", "|UNIQUE|C||" }));
        Assert.That(create.Columns[1].NotNull, Is.True);
    }

    [TestCase("ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)", "U", "UNIQUE")]
    [TestCase("ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (b)", null, "FOREIGN KEY")]
    public void AlterTableAddConstraint(string sql, string? name, string kind)
    {
        var statement = TranslateOne(sql);
        var add = (AddConstraintAction)((AlterTableStatement)statement.Syntax!).Actions.Single();
        Assert.That((add.Constraint.Name?.Resolved, add.Constraint.Kind), Is.EqualTo((name, kind)));
    }

    [TestCase("ALTER TABLE t DROP CONSTRAINT u", "U", null, "")]
    [TestCase("ALTER TABLE t DROP PRIMARY KEY", null, "PRIMARY KEY", "")]
    [TestCase("ALTER TABLE t DROP UNIQUE (a, b) CASCADE", null, "UNIQUE", "A,B")]
    [TestCase("ALTER TABLE t DROP FOREIGN KEY (a)", null, "FOREIGN KEY", "A")]
    public void AlterTableDropConstraint(string sql, string? name, string? kind, string columns)
    {
        var drop = (DropConstraintAction)((AlterTableStatement)TranslateOne(sql).Syntax!).Actions.Single();
        Assert.That((drop.Name?.Resolved, drop.Kind, string.Join(",", drop.Columns.Select(c => c.Resolved))), Is.EqualTo((name, kind, columns)));
    }

    [Test]
    public void AlterTableDropColumnIsStillAColumnDrop() =>
        Assert.That(((AlterTableStatement)TranslateOne("ALTER TABLE t DROP COLUMN u").Syntax!).Actions.Single(), Is.InstanceOf<DropColumnAction>());
}
