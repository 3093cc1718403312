using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

public class SmokeTests : TranslatorTestBase
{
    [TestCase("SELECT 1")]
    [TestCase("SELECT 1 AS a, 'x' b, count(*) FROM (SELECT 1)")]
    [TestCase("SELECT 2/7")]
    [TestCase("SELECT 100000 * 100000")]
    [TestCase("SELECT '1' + 1")]
    [TestCase("SELECT * FROM VALUES (1, 'a'), (2, 'b')")]
    [TestCase("SELECT seq4() FROM TABLE(GENERATOR(ROWCOUNT => 3))")]
    [TestCase("SELECT EXTRACT(year FROM DATE '2024-05-01')")]
    public void Runs(string sql)
    {
        var outcome = Run(sql);
        TestContext.Out.WriteLine(DuckDb(sql));
        TestContext.Out.WriteLine(string.Join(",", outcome.ColumnNames) + " => " + string.Join(" | ", outcome.Rows.Select(r => string.Join(",", r.Select(Text)))));
    }
}
