using DuckDB.NET.Data;
using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>
/// Binds: '?' numbers positionally ($1, $2 ...), ':n' is $n, ':name' is $name; BindCount counts distinct placeholders.
/// Session variables: $x reads DuckDB's getvariable('X') (the engine implements SET as SET VARIABLE).
/// </summary>
public class BindAndVariableTests : TranslatorTestBase
{
    [TestCase("SELECT ?", 1)]
    [TestCase("SELECT ?, ?", 2)]
    [TestCase("SELECT :1, :2, :1", 2)]
    [TestCase("SELECT :name, :other, :name", 2)]
    [TestCase("SELECT 1", 0)]
    [TestCase("INSERT INTO t VALUES (?, ?, ?)", 3)]
    [TestCase("SELECT '?' || ?", 1)]
    [TestCase("SELECT a FROM t WHERE a = ? AND b IN (?, ?)", 3)]
    public void CountsBinds(string sql, int count) => Assert.That(TranslateOne(sql).BindCount, Is.EqualTo(count));

    [Test]
    public void BindCountIsPerStatement()
    {
        var statements = Translate("SELECT ?; SELECT ?, ?");
        Assert.That(statements.Select(s => s.BindCount), Is.EqualTo(new[] { 1, 2 }));
    }

    private static object? ExecuteWithParameters(string duckDbSql, params object[] values)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = duckDbSql;
        foreach (var value in values) command.Parameters.Add(new DuckDBParameter(value));
        return command.ExecuteScalar();
    }

    [Test]
    public void QuestionMarksBindInOrder() =>
        Assert.That(ExecuteWithParameters(DuckDb("SELECT ? || '-' || ?"), "a", "b"), Is.EqualTo("a-b"));

    [Test]
    public void NumberedBindsReuseValues() =>
        Assert.That(ExecuteWithParameters(DuckDb("SELECT :2 || :1 || :2"), "x", "y"), Is.EqualTo("yxy"));

    [Test]
    public void NamedBindsBecomeDuckDbNamedParameters()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = DuckDb("SELECT :greeting || '!'");
        command.Parameters.Add(new DuckDBParameter("greeting", "hi"));
        Assert.That(command.ExecuteScalar(), Is.EqualTo("hi!"));
    }

    [Test]
    public void SessionVariableReadsGetVariable()
    {
        Db.Execute("SET VARIABLE LIMIT_A = 2");
        Setup("CREATE TABLE t (a INT)", "INSERT INTO t VALUES (1), (2), (3)");
        Assert.That(Column("SELECT a FROM t WHERE a <= $limit_a ORDER BY a"), Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void IdentifierWithAVariableNamesATable()
    {
        Setup("CREATE TABLE target_t (a INT)", "INSERT INTO target_t VALUES (8)");
        Db.Execute("SET VARIABLE TBL = 'TARGET_T'");
        Assert.That(ScalarText("SELECT a FROM IDENTIFIER($tbl)"), Is.EqualTo("8"));
    }

    [Test]
    public void TableFunctionWithANameOrVariable()
    {
        Setup("CREATE TABLE named_t (a INT)", "INSERT INTO named_t VALUES (6)");
        Db.Execute("SET VARIABLE V = 'NAMED_T'");
        Assert.That(ScalarText("SELECT a FROM TABLE('named_t')"), Is.EqualTo("6"));
        Assert.That(ScalarText("SELECT x.a FROM TABLE($v) x"), Is.EqualTo("6"));
    }

    [Test]
    public void IdentifierWithAStringNamesAColumn()
    {
        Setup("CREATE TABLE t (my_col INT)", "INSERT INTO t VALUES (3)");
        Assert.That(ScalarText("SELECT IDENTIFIER('my_col') FROM t"), Is.EqualTo("3"));
    }

    [Test]
    public void IdentifierVariableAsDmlTargetFailsByName() =>
        Assert.That(TranslationFails("INSERT INTO IDENTIFIER($t) VALUES (1)").Message, Does.Contain("IDENTIFIER($variable)"));

    [Test]
    public void IdentifierVariableTargetIsReported() =>
        Assert.That(TranslateOne("DESCRIBE TABLE IDENTIFIER($t)").Target, Is.EqualTo(new ObjectName(null, null, "$T")));
}
