using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Parsing;

/// <summary>Scripts are split by the parser: ';' inside strings, $$ blocks and comments never splits.</summary>
public class StatementSplittingTests : TranslatorTestBase
{
    [TestCase("SELECT 1; SELECT 2", 2)]
    [TestCase("SELECT ';'; SELECT 2", 2)]
    [TestCase("SELECT $$a;b$$", 1)]
    [TestCase("SELECT 1 -- ; not a separator\n; SELECT 2", 2)]
    [TestCase("SELECT /* ; */ 1", 1)]
    [TestCase(";;SELECT 1;;", 1)]
    [TestCase("", 0)]
    [TestCase("  ;  ; ", 0)]
    [TestCase("-- only a comment", 0)]
    [TestCase("SELECT 1;\nSELECT 2;\nSELECT 3;", 3)]
    [TestCase("SELECT \"a;b\" FROM (SELECT 1 AS \"a;b\")", 1)]
    public void CountsStatements(string sql, int count) =>
        Assert.That(Translate(sql), Has.Count.EqualTo(count));

    [Test]
    public void EachStatementKeepsItsOwnSourceText()
    {
        var statements = Translate("SELECT 1 ;\n  select 'x;y'  ; SELECT 3");
        Assert.That(statements.Select(s => s.SourceText), Is.EqualTo(new[] { "SELECT 1", "select 'x;y'", "SELECT 3" }));
    }

    [Test]
    public void SemicolonInsideAStringSurvivesExecution() =>
        Assert.That(Scalar("SELECT 'a;b'"), Is.EqualTo("a;b"));

    [Test]
    public void DollarQuotedStringSurvivesExecution() =>
        Assert.That(Scalar("SELECT $$it's; \\n raw$$"), Is.EqualTo("it's; \\n raw"));

    [Test]
    public void ScriptRunsInOrder()
    {
        var result = Run("CREATE TABLE t (a INT); INSERT INTO t VALUES (1), (2); SELECT SUM(a) FROM t");
        Assert.That(Convert.ToInt32(result.Scalar), Is.EqualTo(3));
    }
}
