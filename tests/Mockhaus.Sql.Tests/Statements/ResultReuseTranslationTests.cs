using System.Text.RegularExpressions;
using Mockhaus.Sql.Functions;
using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>
/// Which queries the engine may answer from an earlier result: Snowflake reuses a persisted result unless the query
/// calls a function that can answer differently (UUID_STRING, RANDOM, RANDSTR are the docs' examples), an external
/// function, and so on (https://docs.snowflake.com/en/user-guide/querying-persisted-results).
/// </summary>
public class ResultReuseTranslationTests : TranslatorTestBase
{
    [TestCase("SELECT 1")]
    [TestCase("SELECT a, SUM(b) FROM t WHERE c > 1 GROUP BY a ORDER BY a")]
    [TestCase("WITH x AS (SELECT a FROM t) SELECT * FROM x JOIN u ON x.a = u.a")]
    [TestCase("SELECT f.value FROM t, LATERAL FLATTEN(input => t.v) f")]
    [TestCase("SELECT DATEADD(day, 1, d), UPPER(s), TO_CHAR(n, '999') FROM t")]
    [TestCase("SELECT a FROM t WHERE a IN (SELECT a FROM u)")]
    public void A_query_of_data_alone_is_reusable(string sql)
    {
        var statement = TranslateOne(sql);
        Assert.That(statement.ResultReusable, Is.True);
    }

    [TestCase("SELECT RANDOM()")]
    [TestCase("SELECT UUID_STRING()")]
    [TestCase("SELECT RANDSTR(5, 1)")]
    [TestCase("SELECT CURRENT_TIMESTAMP")]
    [TestCase("SELECT CURRENT_TIMESTAMP()")]
    [TestCase("SELECT GETDATE()")]
    [TestCase("SELECT SYSDATE()")]
    [TestCase("SELECT LOCALTIME")]
    [TestCase("SELECT CURRENT_DATE")]
    [TestCase("SELECT CURRENT_USER()")]
    [TestCase("SELECT CURRENT_SESSION()")]
    [TestCase("SELECT LAST_QUERY_ID()")]
    [TestCase("SELECT SYSTEM$CANCEL_QUERY('x')")]
    [TestCase("SELECT SEQ4() FROM t")]
    [TestCase("SELECT seq1.NEXTVAL")]
    [TestCase("SELECT * FROM t SAMPLE (10)")]
    [TestCase("SELECT * FROM TABLE(GENERATOR(ROWCOUNT => 3))")]
    [TestCase("SELECT * FROM TABLE(SPLIT_TO_TABLE('a,b', ','))")]
    [TestCase("SELECT * FROM IDENTIFIER($tab)")]
    [TestCase("SELECT a FROM t WHERE b < (SELECT MAX(x) FROM u WHERE x < RANDOM())")]
    [TestCase("SELECT DATEDIFF(day, d, CURRENT_DATE()) FROM t")]
    public void A_query_that_may_answer_differently_is_not(string sql)
    {
        Assert.That(TranslateOne(sql).ResultReusable, Is.False);
    }

    [TestCase("INSERT INTO t SELECT a FROM u")]
    [TestCase("CREATE TABLE t2 AS SELECT a FROM u")]
    [TestCase("SHOW TABLES")]
    [TestCase("SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))")]
    public void Only_a_query_is(string sql)
    {
        Assert.That(TranslateOne(sql).ResultReusable, Is.False);
    }

    [Test]
    public void The_relations_a_query_reads_are_listed_for_the_view_check()
    {
        var statement = TranslateOne("WITH x AS (SELECT a FROM db1.s1.t) SELECT * FROM x JOIN \"u\" ON TRUE WHERE EXISTS (SELECT 1 FROM s2.w)");
        Assert.That(statement.RelationsRead.Select(r => r.ToString()), Is.EquivalentTo(new[] { "DB1.S1.T", "X", "u", "S2.W" }));
    }

    /// <summary>DuckDB SQL that reads the clock, randomness, a sequence or the session's context and history.</summary>
    private static readonly string[] VolatileDuckDbSql =
    [
        "random()", "uuid()", "gen_random_uuid", "now()", "current_timestamp", "current_date", "current_time", "get_current_",
        "nextval", "currval", "setseed", "getvariable('MH_CURRENT", "getvariable('" + FunctionLibrary.QueryHistoryVariable,
        FunctionLibrary.CancelQueryFunction,
    ];

    /// <summary>
    /// A guard for functions added later: every function the library calls reusable is translated with a few argument
    /// shapes, and neither its DuckDB SQL nor the bodies of the macros it calls may read anything volatile.
    /// </summary>
    [Test]
    public void No_function_called_reusable_translates_to_anything_volatile()
    {
        var volatileMacros = FunctionLibrary.ConnectionSetupSql.SelectMany(sql => sql.Split(";\n"))
            .Where(macro => VolatileDuckDbSql.Any(token => macro.Contains(token, StringComparison.OrdinalIgnoreCase)))
            .Select(macro => Regex.Match(macro, @"MACRO (\w+)").Groups[1].Value)
            .ToList();
        var shapes = new Func<int, FunctionArgument>[]
        {
            _ => new FunctionArgument("1"),
            _ => new FunctionArgument("'x'", stringLiteral: "x"),
            _ => new FunctionArgument("day", bareWord: "day"),
            i => new FunctionArgument($"c{i}", bareWord: $"c{i}"),
        };
        var checkedCalls = 0;
        var offenders = new List<string>();
        foreach (var definition in FunctionLibrary.All.Where(d => d.ResultReusable))
        for (var count = definition.MinArguments; count <= Math.Min(definition.MaxArguments, definition.MinArguments + 3); count++)
        foreach (var shape in shapes)
        {
            string sql;
            try
            {
                sql = definition.Translate(new FunctionCall(definition.Name, Enumerable.Range(0, count).Select(shape).ToList()));
            }
            catch (Exception)
            {
                continue; // an argument shape the function refuses
            }
            checkedCalls++;
            if (VolatileDuckDbSql.Concat(volatileMacros).FirstOrDefault(token => sql.Contains(token, StringComparison.OrdinalIgnoreCase)) is { } found)
                offenders.Add($"{definition.Name}: {found}");
        }
        Assert.That(checkedCalls, Is.GreaterThan(500), "the guard translated most of the library");
        Assert.That(offenders.Distinct(), Is.Empty);
    }
}
