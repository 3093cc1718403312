using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Functions;

// Aggregates through full translation: https://docs.snowflake.com/en/sql-reference/functions-aggregation
public class AggregateFunctionTests : TranslatorTestBase
{
    private const string Data =
        " FROM (VALUES ('a', 1, 2.0, 'p', TRUE), ('a', 2, 4.0, 'q', FALSE), ('a', NULL, 5.0, NULL, NULL), " +
        "('b', 3, 1.0, 'r', TRUE), ('b', 4, 3.0, 'p', TRUE)) AS t(g, x, y, s, b)";

    private string Agg(string select) => ScalarText("SELECT " + select + Data);

    [TestCase("COUNT(*)", "5")]
    [TestCase("COUNT(x)", "4")]
    [TestCase("COUNT(DISTINCT s)", "3")]
    [TestCase("COUNT(x, s)", "4")] // rows where every argument is non-NULL
    [TestCase("COUNT(DISTINCT g, s)", "4")]
    [TestCase("COUNT_IF(x > 1)", "3")]
    [TestCase("SUM(x)", "10")]
    [TestCase("SUM(DISTINCT y) > 0", "true")]
    [TestCase("AVG(x)", "2.5")]
    [TestCase("MIN(s)", "p")]
    [TestCase("MAX(x)", "4")]
    [TestCase("MEDIAN(x)", "2.5")]
    [TestCase("MODE(s)", "p")]
    [TestCase("VAR_POP(x)", "1.25")]
    [TestCase("VARIANCE_POP(x)", "1.25")]
    [TestCase("ROUND(VAR_SAMP(x), 6)", "1.666667")]
    [TestCase("ROUND(VARIANCE(x), 6)", "1.666667")]
    [TestCase("ROUND(STDDEV_POP(x), 6)", "1.118034")]
    [TestCase("ROUND(STDDEV(x), 6)", "1.290994")]
    [TestCase("ROUND(STDDEV_SAMP(x), 6)", "1.290994")]
    [TestCase("ROUND(CORR(y, x), 6)", "0")]
    [TestCase("ROUND(CORR(2 * x + 1, x), 6)", "1")]
    [TestCase("COVAR_POP(x, x)", "1.25")]
    [TestCase("ROUND(COVAR_SAMP(2 * x, x), 6)", "3.333333")]
    [TestCase("REGR_COUNT(y, x)", "4")]
    [TestCase("REGR_AVGX(y, x)", "2.5")]
    [TestCase("REGR_SLOPE(2 * x + 1, x)", "2")]
    [TestCase("REGR_INTERCEPT(2 * x + 1, x)", "1")]
    [TestCase("BOOLAND_AGG(b)", "false")]
    [TestCase("BOOLOR_AGG(b)", "true")]
    [TestCase("BOOLXOR_AGG(b)", "false")] // more than one TRUE
    [TestCase("BOOLAND_AGG(x)", "true")] // numbers: non-zero is TRUE
    [TestCase("LISTAGG(s, ',') WITHIN GROUP (ORDER BY s)", "p,p,q,r")]
    [TestCase("LISTAGG(DISTINCT s, '|') WITHIN GROUP (ORDER BY s DESC)", "r|q|p")]
    [TestCase("LISTAGG(s) WITHIN GROUP (ORDER BY s)", "ppqr")] // default delimiter ''
    [TestCase("ARRAY_AGG(x) WITHIN GROUP (ORDER BY x DESC)", "[4,3,2,1]")] // NULLs are skipped
    [TestCase("ARRAY_AGG(DISTINCT s) WITHIN GROUP (ORDER BY s)", "[\"p\",\"q\",\"r\"]")]
    [TestCase("MIN_BY(s, x)", "p")]
    [TestCase("MAX_BY(s, y)", "NULL")] // the row with the largest y has s NULL
    [TestCase("MIN_BY(s, y)", "r")]
    [TestCase("MAX_BY(g, x, 2)", "[\"b\",\"b\"]")]
    [TestCase("MIN_BY(x, y, 2)", "[3,1]")]
    [TestCase("PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x)", "2.5")]
    [TestCase("PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY x)", "2")]
    [TestCase("PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY x)", "1.75")]
    [TestCase("APPROX_PERCENTILE(x, 0.5)", "2.5")]
    [TestCase("APPROX_COUNT_DISTINCT(s)", "3")]
    [TestCase("BITAND_AGG(x)", "0")]
    [TestCase("BITOR_AGG(x)", "7")]
    [TestCase("BITXOR_AGG(x)", "4")]
    [TestCase("ANY_VALUE(g) IN ('a', 'b')", "true")]
    [TestCase("APPROX_TOP_K(g)", "[[\"a\",3]]")]
    [TestCase("APPROX_TOP_K(s, 2)", "[[\"p\",2],[\"q\",1]]")] // NULLs are not counted; ties by value
    [TestCase("ROUND(KURTOSIS(y), 6)", "-1.2")]
    [TestCase("SKEW(y)", "0")]
    public void Aggregates(string select, string expected) => Assert.That(Agg(select), Is.EqualTo(expected));

    [TestCase("SUM(x)", "NULL")]
    [TestCase("COUNT(x)", "0")]
    [TestCase("LISTAGG(s, ',')", "")] // an empty group gives '' rather than NULL
    [TestCase("ARRAY_AGG(x)", "[]")]
    [TestCase("BOOLAND_AGG(b)", "NULL")]
    [TestCase("BOOLXOR_AGG(b)", "NULL")]
    [TestCase("MAX(s)", "NULL")]
    public void EmptyInput(string select, string expected) =>
        Assert.That(ScalarText("SELECT " + select + Data + " WHERE g = 'none'"), Is.EqualTo(expected));

    [Test]
    public void GroupedSums() =>
        Assert.That(Column("SELECT SUM(x)" + Data + " GROUP BY g ORDER BY g"), Is.EqualTo(new[] { "3", "7" }));

    [Test]
    public void HashAggIsOrderIndependent()
    {
        var ascending = ScalarText("SELECT HASH_AGG(x, s) FROM (SELECT * " + Data + " ORDER BY x)");
        var descending = ScalarText("SELECT HASH_AGG(x, s) FROM (SELECT * " + Data + " ORDER BY x DESC)");
        Assert.That(ascending, Is.EqualTo(descending));
        Assert.That(ascending, Is.Not.EqualTo(ScalarText("SELECT HASH_AGG(x)" + Data)));
    }

    [Test]
    public void AggregateAsWindowFunction() =>
        Assert.That(Column("SELECT SUM(x) OVER (PARTITION BY g)" + Data + " ORDER BY g, x"),
            Is.EqualTo(new[] { "3", "3", "3", "7", "7" }));

    [TestCase("PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x) OVER (PARTITION BY g)", "1.5,1.5,1.5,3.5,3.5")]
    [TestCase("PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY x) OVER (PARTITION BY g)", "1,1,1,3,3")]
    [TestCase("PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY x DESC) OVER (PARTITION BY g)", "1.75,1.75,1.75,3.75,3.75")]
    [TestCase("MEDIAN(x) OVER (PARTITION BY g)", "1.5,1.5,1.5,3.5,3.5")]
    [TestCase("COUNT(DISTINCT s) OVER (PARTITION BY g)", "2,2,2,2,2")]
    [TestCase("COUNT(*) OVER ()", "5,5,5,5,5")]
    [TestCase("COUNT_IF(b) OVER (PARTITION BY g)", "1,1,1,2,2")]
    [TestCase("ARRAY_AGG(x) WITHIN GROUP (ORDER BY x) OVER (PARTITION BY g)", "[1,2],[1,2],[1,2],[3,4],[3,4]")]
    [TestCase("BOOLOR_AGG(b) OVER (PARTITION BY g)", "true,true,true,true,true")]
    [TestCase("SUM(x) OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)", "1,3,10,6,10")] // NULL sorts last
    public void AggregatesOverWindows(string expression, string expected) =>
        Assert.That(string.Join(",", Column($"SELECT {expression}{Data} ORDER BY g, x")), Is.EqualTo(expected));

    [Test]
    public void ListaggOverAWindow() =>
        Assert.That(Column("SELECT LISTAGG(s, '-') WITHIN GROUP (ORDER BY s) OVER (PARTITION BY g)" + Data + " ORDER BY g, x"),
            Is.EqualTo(new[] { "p-q", "p-q", "p-q", "p-r", "p-r" }));

    [TestCase("HLL_ACCUMULATE(x)")]
    [TestCase("MINHASH(5, x)")]
    [TestCase("BITMAP_CONSTRUCT_AGG(x)")]
    public void SketchStateFunctionsAreUnsupported(string call) =>
        Assert.That(TranslationFails("SELECT " + call + Data).ErrorCode, Is.EqualTo("000002"));

    [Test]
    public void DescendingDiscretePercentileOverAWindowIsUnsupported() =>
        Assert.That(TranslationFails("SELECT PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY x DESC) OVER (PARTITION BY g)" + Data).ErrorCode,
            Is.EqualTo("000002"));

    [Test]
    public void PercentileWithoutWithinGroupFails() =>
        Assert.That(TranslationFails("SELECT PERCENTILE_CONT(0.5)" + Data).ErrorCode, Is.Not.Empty);
}
