using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Functions;

// Window functions through full translation: https://docs.snowflake.com/en/sql-reference/functions-window
public class WindowFunctionTests : TranslatorTestBase
{
    private const string Data =
        " FROM (VALUES ('a', 1, 10), ('a', 2, NULL), ('a', 3, 30), ('b', 4, 40), ('b', 5, 40)) AS t(g, i, v)";

    private List<string> Rows(string expression) => Column($"SELECT {expression}{Data} ORDER BY i");

    [TestCase("ROW_NUMBER() OVER (PARTITION BY g ORDER BY i)", "1,2,3,1,2")]
    [TestCase("RANK() OVER (ORDER BY v)", "1,5,2,3,3")]
    [TestCase("DENSE_RANK() OVER (ORDER BY v)", "1,4,2,3,3")] // NULLs sort last ascending
    [TestCase("NTILE(2) OVER (ORDER BY i)", "1,1,1,2,2")]
    [TestCase("ROUND(PERCENT_RANK() OVER (ORDER BY i), 2)", "0,0.25,0.5,0.75,1")]
    [TestCase("CUME_DIST() OVER (ORDER BY i)", "0.2,0.4,0.6,0.8,1")]
    [TestCase("LAG(v) OVER (ORDER BY i)", "NULL,10,NULL,30,40")]
    [TestCase("LAG(v, 2, 0) OVER (ORDER BY i)", "0,0,10,NULL,30")]
    [TestCase("LAG(v) IGNORE NULLS OVER (ORDER BY i)", "NULL,10,10,30,40")]
    [TestCase("LEAD(v) OVER (ORDER BY i)", "NULL,30,40,40,NULL")]
    [TestCase("LEAD(v, 1, -1) OVER (PARTITION BY g ORDER BY i)", "NULL,30,-1,40,-1")]
    [TestCase("LEAD(v) IGNORE NULLS OVER (ORDER BY i)", "30,30,40,40,NULL")]
    // With ORDER BY and no frame, FIRST/LAST/NTH_VALUE see the whole partition.
    [TestCase("FIRST_VALUE(v) OVER (PARTITION BY g ORDER BY i)", "10,10,10,40,40")]
    [TestCase("LAST_VALUE(v) OVER (PARTITION BY g ORDER BY i)", "30,30,30,40,40")]
    [TestCase("NTH_VALUE(i, 2) OVER (PARTITION BY g ORDER BY i)", "2,2,2,5,5")]
    [TestCase("LAST_VALUE(v) OVER (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)", "10,NULL,30,40,40")]
    [TestCase("FIRST_VALUE(v) IGNORE NULLS OVER (ORDER BY i DESC)", "40,40,40,40,40")]
    [TestCase("RATIO_TO_REPORT(i) OVER (PARTITION BY g)", "0.16666666666666666,0.3333333333333333,0.5,0.4444444444444444,0.5555555555555556")]
    [TestCase("CONDITIONAL_TRUE_EVENT(v > 20) OVER (ORDER BY i)", "0,0,1,2,3")]
    [TestCase("CONDITIONAL_TRUE_EVENT(i = 1) OVER (PARTITION BY g ORDER BY i)", "1,1,1,0,0")]
    public void WindowFunctions(string expression, string expected) =>
        Assert.That(string.Join(",", Rows(expression)), Is.EqualTo(expected));

    // v by i: 10, NULL, 30, 40, 40 -> a NULL neighbour is no change (x <> LAG(x) is NULL), 30 -> 40 is one.
    [TestCase("CONDITIONAL_CHANGE_EVENT(v) OVER (ORDER BY i)", "0,0,0,1,1")]
    [TestCase("CONDITIONAL_CHANGE_EVENT(g) OVER (ORDER BY i)", "0,0,0,1,1")]
    [TestCase("CONDITIONAL_CHANGE_EVENT(i % 2) OVER (ORDER BY i)", "0,1,2,3,4")]
    [TestCase("CONDITIONAL_CHANGE_EVENT(i) OVER (PARTITION BY g ORDER BY i)", "0,1,2,0,1")]
    public void ConditionalChangeEvent(string expression, string expected) =>
        Assert.That(string.Join(",", Rows(expression)), Is.EqualTo(expected));

    [Test]
    public void RatioToReportRejectsOrderBy() =>
        Assert.That(TranslationFails("SELECT RATIO_TO_REPORT(i) OVER (ORDER BY i)" + Data).Message, Does.Contain("RATIO_TO_REPORT"));

    [Test]
    public void RankingWithoutOverFails() =>
        Assert.That(TranslationFails("SELECT ROW_NUMBER()" + Data).Message, Does.Contain("ROW_NUMBER"));
}
