using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Semantics;

/// <summary>IN, EXISTS, ANY/ALL, BETWEEN, LIKE/ILIKE/RLIKE [ANY|ALL] ... ESCAPE, IS [NOT] DISTINCT FROM, CASE.</summary>
public class PredicateTests : TranslatorTestBase
{
    [SetUp]
    public void CreateTable() => Setup("CREATE TABLE t (a INT, s VARCHAR)", "INSERT INTO t VALUES (1, 'apple'), (2, 'Banana'), (3, 'cherry_pie'), (NULL, NULL)");

    [TestCase("SELECT a FROM t WHERE a IN (1, 3) ORDER BY a", new[] { "1", "3" })]
    [TestCase("SELECT a FROM t WHERE a NOT IN (1, 3) ORDER BY a", new[] { "2" })]
    [TestCase("SELECT a FROM t WHERE a IN (SELECT 2) ORDER BY a", new[] { "2" })]
    [TestCase("SELECT a FROM t WHERE a NOT IN (SELECT a FROM t WHERE a > 1) ORDER BY a", new[] { "1" })]
    [TestCase("SELECT a FROM t x WHERE EXISTS (SELECT 1 FROM t y WHERE y.a = x.a + 1) ORDER BY a", new[] { "1", "2" })]
    [TestCase("SELECT a FROM t x WHERE NOT EXISTS (SELECT 1 FROM t y WHERE y.a = x.a + 1) AND a IS NOT NULL", new[] { "3" })]
    [TestCase("SELECT a FROM t WHERE a > ANY (SELECT a FROM t WHERE a < 3) ORDER BY a", new[] { "2", "3" })]
    [TestCase("SELECT a FROM t WHERE a >= ALL (SELECT a FROM t WHERE a IS NOT NULL)", new[] { "3" })]
    [TestCase("SELECT a FROM t WHERE a = SOME (SELECT 1)", new[] { "1" })]
    [TestCase("SELECT a FROM t WHERE a BETWEEN 2 AND 3 ORDER BY a", new[] { "2", "3" })]
    [TestCase("SELECT a FROM t WHERE a NOT BETWEEN 2 AND 3 ORDER BY a", new[] { "1" })]
    [TestCase("SELECT a FROM t WHERE s LIKE 'a%'", new[] { "1" })]
    [TestCase("SELECT a FROM t WHERE s LIKE 'b%'", new string[0])]
    [TestCase("SELECT a FROM t WHERE s ILIKE 'b%'", new[] { "2" })]
    [TestCase("SELECT a FROM t WHERE s NOT LIKE '%a%' ORDER BY a", new[] { "3" })]
    [TestCase("SELECT a FROM t WHERE s NOT ILIKE '%A%' ORDER BY a", new[] { "3" })]
    [TestCase("SELECT a FROM t WHERE s LIKE ANY ('a%', 'c%') ORDER BY a", new[] { "1", "3" })]
    [TestCase("SELECT a FROM t WHERE s LIKE ALL ('%e%', '%p%') ORDER BY a", new[] { "1", "3" })]
    [TestCase("SELECT a FROM t WHERE s ILIKE ANY ('B%', 'X%')", new[] { "2" })]
    [TestCase("SELECT a FROM t WHERE s LIKE '%!_%' ESCAPE '!'", new[] { "3" })]
    [TestCase("SELECT a FROM t WHERE s LIKE 'cherry_pie' ORDER BY a", new[] { "3" })]
    [TestCase("SELECT a FROM t WHERE s RLIKE 'a.*e'", new[] { "1" })]
    [TestCase("SELECT a FROM t WHERE s RLIKE 'pp'", new string[0])]
    [TestCase("SELECT a FROM t WHERE s REGEXP '[A-Z].*'", new[] { "2" })]
    [TestCase("SELECT a FROM t WHERE a IS NULL", new[] { "NULL" })]
    [TestCase("SELECT a FROM t WHERE a IS DISTINCT FROM 1 ORDER BY a", new[] { "2", "3", "NULL" })]
    [TestCase("SELECT a FROM t WHERE a IS NOT DISTINCT FROM NULL", new[] { "NULL" })]
    [TestCase("SELECT a FROM t WHERE (a > 1) IS TRUE ORDER BY a", new[] { "2", "3" })]
    [TestCase("SELECT a FROM t WHERE (a > 1) IS NOT TRUE ORDER BY a", new[] { "1", "NULL" })]
    [TestCase("SELECT a FROM t WHERE NOT a = 1 ORDER BY a", new[] { "2", "3" })]
    [TestCase("SELECT a FROM t WHERE a = 1 OR a = 2 AND s = 'x' ORDER BY a", new[] { "1" })]
    [TestCase("SELECT a FROM t WHERE (a = 1 OR a = 2) AND s <> 'x' ORDER BY a", new[] { "1", "2" })]
    [TestCase("SELECT a FROM t WHERE (a, s) IN ((1, 'apple'), (2, 'x'))", new[] { "1" })]
    public void Filters(string sql, string[] expected) => Assert.That(Column(sql), Is.EqualTo(expected));

    [TestCase("SELECT CASE WHEN 1 > 2 THEN 'a' WHEN 2 > 1 THEN 'b' ELSE 'c' END", "b")]
    [TestCase("SELECT CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END", "two")]
    [TestCase("SELECT CASE 3 WHEN 1 THEN 'one' END", "NULL")]
    [TestCase("SELECT CASE NULL WHEN NULL THEN 'match' ELSE 'no match' END", "no match")]
    [TestCase("SELECT NULL IN (1, NULL)", "NULL")]
    [TestCase("SELECT 1 IN (1, NULL)", "true")]
    [TestCase("SELECT 2 NOT IN (1, NULL)", "NULL")]
    [TestCase("SELECT NULL = NULL", "NULL")]
    [TestCase("SELECT NULL IS NOT DISTINCT FROM NULL", "true")]
    [TestCase("SELECT TRUE AND NULL", "NULL")]
    [TestCase("SELECT FALSE AND NULL", "false")]
    [TestCase("SELECT TRUE OR NULL", "true")]
    [TestCase("SELECT NOT NULL", "NULL")]
    [TestCase("SELECT 5 BETWEEN 1 AND 10", "true")]
    [TestCase("SELECT 'abc' LIKE 'a_c'", "true")]
    [TestCase("SELECT 'ABC' RLIKE '[a-z]+'", "false")]
    [TestCase("SELECT POSITION('b' IN 'abc')", "2")]
    [TestCase("SELECT POSITION('z' IN 'abc')", "0")]
    public void Scalars(string sql, string expected) => Assert.That(ScalarText(sql), Is.EqualTo(expected));
}
