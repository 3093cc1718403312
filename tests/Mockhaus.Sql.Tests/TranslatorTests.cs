using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests;

public class TranslatorTests : TranslatorTestBase
{
    [Test]
    public void RepeatedTranslationsComeFromTheCache()
    {
        var translator = new SnowflakeTranslator();
        var first = translator.Translate("SELECT 1");
        Assert.That(translator.Translate("SELECT 1"), Is.SameAs(first));
    }

    [Test]
    public void CacheIsBounded()
    {
        var translator = new SnowflakeTranslator(cacheCapacity: 2);
        var first = translator.Translate("SELECT 1");
        translator.Translate("SELECT 2");
        translator.Translate("SELECT 3");
        Assert.That(translator.Translate("SELECT 1"), Is.Not.SameAs(first));
    }

    [Test]
    public void ConcurrentTranslationIsSafe()
    {
        var translator = new SnowflakeTranslator(cacheCapacity: 50);
        var failures = 0;
        Parallel.For(0, 2_000, i =>
        {
            var sql = $"SELECT a + {i % 97} AS x FROM t WHERE b = 'v{i % 13}' ORDER BY x";
            var result = translator.Translate(sql);
            if (!result[0].DuckDbSql!.Contains($"+ {i % 97})")) Interlocked.Increment(ref failures);
        });
        Assert.That(failures, Is.Zero);
    }

    [Test]
    public void UnknownFunctionsAreRejected()
    {
        var error = TranslationFails("SELECT no_such_function(1)");
        Assert.That((error.ErrorCode, error.Message), Is.EqualTo(("002140", "SQL compilation error:\nUnknown function NO_SUCH_FUNCTION")));
    }

    [Test]
    public void QualifiedUserFunctionsAreUnknown() =>
        Assert.That(TranslationFails("SELECT db.s.my_udf(1)").ErrorCode, Is.EqualTo("002140"));

    [TestCase("SELECT ABS()")]
    [TestCase("SELECT ABS(1, 2)")]
    public void WrongArgumentCountsAreRejected(string sql) =>
        Assert.That(TranslationFails(sql).ErrorCode, Is.EqualTo("000938"));

    [Test]
    public void FunctionsReceiveBareWordsAndLiterals() =>
        Assert.That(ScalarText("SELECT DATEADD(day, 1, '2024-02-28'::date)::date"), Is.EqualTo("2024-02-29"));

    [TestCase("SELECT CURRENT_DATE = CURRENT_DATE()")]
    [TestCase("SELECT CURRENT_TIMESTAMP IS NOT NULL")]
    [TestCase("SELECT LOCALTIMESTAMP IS NOT NULL")]
    public void NiladicFunctionsWithoutParentheses(string sql) => Assert.That(Scalar(sql), Is.EqualTo(true));

    [Test]
    public void NiladicFunctionNameIsItsText() =>
        Assert.That(TranslateOne("SELECT current_date").DuckDbSql, Does.EndWith("AS \"CURRENT_DATE\""));

    [Test]
    public void ExplainShowsTheAstAndTransforms()
    {
        var explain = Translator is SnowflakeTranslator translator ? translator.Explain("SELECT a FROM t ORDER BY a DESC") : "";
        Assert.Multiple(() =>
        {
            Assert.That(explain, Does.Contain("SelectQuery"));
            Assert.That(explain, Does.Contain("ColumnReference"));
            Assert.That(explain, Does.Contain("NULLS FIRST"));
            Assert.That(explain, Does.Contain("NULL ordering"));
        });
    }

    [Test]
    public void ExplainOfAnEngineStatement() =>
        Assert.That(Translator.Explain("USE SCHEMA s"), Does.Contain("(executed by the engine)"));

    [Test]
    public void ExplainRaisesSyntaxErrors() =>
        Assert.Throws<SnowflakeSqlException>(() => Translator.Explain("SELECT FROM"));

    [Test]
    public void SourceTextAndKindArePopulated()
    {
        var statement = TranslateOne("  select 1  ");
        Assert.That((statement.SourceText, statement.Kind), Is.EqualTo(("select 1", StatementKind.Select)));
    }

    [Test]
    public void GeneratedIdentifiersAreAlwaysQuoted() =>
        Assert.That(DuckDb("select a from s.t"), Is.EqualTo("SELECT \"A\" AS \"A\" FROM \"S\".\"T\""));
}
