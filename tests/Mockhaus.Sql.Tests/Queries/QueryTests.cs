using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Queries;

/// <summary>Query shapes executed on DuckDB with their Snowflake results.</summary>
public class QueryTests : TranslatorTestBase
{
    [SetUp]
    public void CreateTables() => Setup(
        "CREATE TABLE emp (id INT, name VARCHAR, dept VARCHAR, salary NUMBER(10,2), boss INT)",
        "INSERT INTO emp VALUES (1, 'Ann', 'eng', 100, NULL), (2, 'Bob', 'eng', 80, 1), (3, 'Cid', 'ops', 70, 1), (4, 'Dee', 'ops', 70, 3), (5, 'Eve', NULL, 50, 3)",
        "CREATE TABLE dept (code VARCHAR, title VARCHAR)",
        "INSERT INTO dept VALUES ('eng', 'Engineering'), ('ops', 'Operations'), ('hr', 'People')");

    // Joins
    [TestCase("SELECT e.name FROM emp e JOIN dept d ON e.dept = d.code ORDER BY e.name", new[] { "Ann", "Bob", "Cid", "Dee" })]
    [TestCase("SELECT e.name FROM emp e INNER JOIN dept d ON e.dept = d.code WHERE d.title = 'Operations' ORDER BY 1", new[] { "Cid", "Dee" })]
    [TestCase("SELECT d.title FROM emp e LEFT JOIN dept d ON e.dept = d.code WHERE e.id = 5", new[] { "NULL" })]
    [TestCase("SELECT d.code FROM emp e RIGHT JOIN dept d ON e.dept = d.code WHERE e.id IS NULL", new[] { "hr" })]
    [TestCase("SELECT COUNT(*) FROM emp e FULL OUTER JOIN dept d ON e.dept = d.code", new[] { "6" })]
    [TestCase("SELECT COUNT(*) FROM emp CROSS JOIN dept", new[] { "15" })]
    [TestCase("SELECT COUNT(*) FROM emp, dept", new[] { "15" })]
    [TestCase("SELECT COUNT(*) FROM emp JOIN dept", new[] { "15" })]
    [TestCase("SELECT e.name FROM emp e, dept d WHERE e.dept = d.code AND d.code = 'eng' ORDER BY 1", new[] { "Ann", "Bob" })]
    [TestCase("SELECT b.name FROM emp a JOIN emp b ON b.boss = a.id WHERE a.name = 'Cid' ORDER BY 1", new[] { "Dee", "Eve" })]
    [TestCase("SELECT x.n FROM emp e, LATERAL (SELECT e.name || '!' AS n) x WHERE e.id = 1", new[] { "Ann!" })]
    [TestCase("SELECT COUNT(*) FROM (SELECT dept AS code FROM emp) NATURAL JOIN dept", new[] { "4" })]
    [TestCase("SELECT COUNT(*) FROM (SELECT dept AS code FROM emp) JOIN dept USING (code)", new[] { "4" })]
    // Subqueries
    [TestCase("SELECT name FROM emp WHERE salary = (SELECT MAX(salary) FROM emp)", new[] { "Ann" })]
    [TestCase("SELECT (SELECT COUNT(*) FROM emp x WHERE x.boss = e.id) FROM emp e WHERE e.id = 1", new[] { "2" })]
    [TestCase("SELECT name FROM (SELECT * FROM emp WHERE dept = 'ops') sub ORDER BY name DESC", new[] { "Dee", "Cid" })]
    // Grouping
    [TestCase("SELECT dept, COUNT(*) FROM emp GROUP BY dept ORDER BY dept", new[] { "eng", "ops", "NULL" })]
    [TestCase("SELECT dept FROM emp GROUP BY dept HAVING COUNT(*) > 1 ORDER BY dept", new[] { "eng", "ops" })]
    [TestCase("SELECT dept, SUM(salary) FROM emp GROUP BY ALL ORDER BY 2 DESC", new[] { "eng", "ops", "NULL" })]
    [TestCase("SELECT COUNT(*) FROM (SELECT dept, boss, COUNT(*) FROM emp GROUP BY ROLLUP (dept, boss))", new[] { "9" })]
    [TestCase("SELECT COUNT(*) FROM (SELECT dept, boss FROM emp GROUP BY CUBE (dept, boss))", new[] { "12" })]
    [TestCase("SELECT COUNT(*) FROM (SELECT dept, boss FROM emp GROUP BY GROUPING SETS ((dept), (boss), ()))", new[] { "7" })]
    [TestCase("SELECT COUNT(DISTINCT dept) FROM emp", new[] { "2" })]
    [TestCase("SELECT dept AS d FROM emp GROUP BY d ORDER BY d NULLS FIRST", new[] { "NULL", "eng", "ops" })]
    [TestCase("SELECT DISTINCT salary FROM emp ORDER BY salary", new[] { "50.00", "70.00", "80.00", "100.00" })]
    // Windows and QUALIFY
    [TestCase("SELECT name FROM emp QUALIFY ROW_NUMBER() OVER (PARTITION BY dept ORDER BY salary DESC) = 1 ORDER BY name", new[] { "Ann", "Cid", "Eve" })]
    [TestCase("SELECT SUM(id * 10) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM emp ORDER BY id", new[] { "10", "30", "50", "70", "90" })]
    [TestCase("SELECT SUM(id) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) FROM emp ORDER BY id", new[] { "1", "3", "6", "10", "15" })]
    [TestCase("SELECT RANK() OVER w FROM emp WINDOW w AS (ORDER BY salary DESC) ORDER BY id", new[] { "1", "2", "3", "3", "5" })]
    [TestCase("SELECT COUNT(*) OVER (PARTITION BY dept) FROM emp WHERE id = 3", new[] { "1" })]
    [TestCase("SELECT LAG(name) OVER (ORDER BY id) FROM emp ORDER BY id LIMIT 2", new[] { "NULL", "Ann" })]
    // Limits
    [TestCase("SELECT TOP 2 name FROM emp ORDER BY id DESC", new[] { "Eve", "Dee" })]
    [TestCase("SELECT name FROM emp ORDER BY id LIMIT 2 OFFSET 1", new[] { "Bob", "Cid" })]
    [TestCase("SELECT name FROM emp ORDER BY id FETCH FIRST 1 ROW ONLY", new[] { "Ann" })]
    [TestCase("SELECT name FROM emp ORDER BY id OFFSET 4 ROWS", new[] { "Eve" })]
    // Set operations
    [TestCase("SELECT dept FROM emp UNION SELECT code FROM dept ORDER BY 1", new[] { "eng", "hr", "ops", "NULL" })]
    [TestCase("SELECT COUNT(*) FROM (SELECT dept FROM emp UNION ALL SELECT code FROM dept)", new[] { "8" })]
    [TestCase("SELECT code FROM dept INTERSECT SELECT dept FROM emp ORDER BY 1", new[] { "eng", "ops" })]
    [TestCase("SELECT code FROM dept EXCEPT SELECT dept FROM emp", new[] { "hr" })]
    [TestCase("SELECT code FROM dept MINUS SELECT dept FROM emp", new[] { "hr" })]
    [TestCase("(SELECT 1) UNION ALL (SELECT 2) ORDER BY 1 DESC", new[] { "2", "1" })]
    // CTEs and VALUES
    [TestCase("WITH e AS (SELECT * FROM emp WHERE dept = 'eng') SELECT name FROM e ORDER BY name", new[] { "Ann", "Bob" })]
    [TestCase("WITH a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a) SELECT y FROM b", new[] { "2" })]
    [TestCase("WITH RECURSIVE chain (id, depth) AS (SELECT id, 0 FROM emp WHERE boss IS NULL UNION ALL SELECT e.id, c.depth + 1 FROM emp e JOIN chain c ON e.boss = c.id) SELECT MAX(depth) FROM chain", new[] { "2" })]
    [TestCase("SELECT column2 FROM VALUES (1, 'a'), (2, 'b') ORDER BY column1 DESC", new[] { "b", "a" })]
    [TestCase("SELECT v.y FROM (VALUES (1, 'p')) AS v (x, y)", new[] { "p" })]
    [TestCase("SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 10))", new[] { "10" })]
    [TestCase("SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 2 + 3)) g", new[] { "5" })]
    // Sampling
    [TestCase("SELECT COUNT(*) FROM emp SAMPLE (100)", new[] { "5" })]
    [TestCase("SELECT COUNT(*) FROM emp TABLESAMPLE BERNOULLI (0)", new[] { "0" })]
    [TestCase("SELECT COUNT(*) FROM emp SAMPLE (3 ROWS)", new[] { "3" })]
    [TestCase("SELECT COUNT(*) FROM emp e SAMPLE (2 ROWS) SEED (42)", new[] { "2" })]
    // Star modifiers
    [TestCase("SELECT * EXCLUDE (id, dept, salary, boss) FROM emp WHERE id = 1", new[] { "Ann" })]
    [TestCase("SELECT * ILIKE 'NA%' FROM emp WHERE id = 2", new[] { "Bob" })]
    public void Returns(string sql, string[] expected) => Assert.That(Column(sql), Is.EqualTo(expected));

    [Test]
    public void PivotNamesColumnsAfterTheQuotedValues()
    {
        // https://docs.snowflake.com/en/sql-reference/constructs/pivot: string values appear as 'value' column names.
        var result = Run("SELECT * FROM (SELECT dept, salary FROM emp) PIVOT (SUM(salary) FOR dept IN ('eng', 'ops')) ORDER BY 1");
        Assert.That(result.ColumnNames, Is.EqualTo(new[] { "'eng'", "'ops'" }));
        Assert.That(result.Rows[0].Select(Convert.ToDecimal), Is.EqualTo(new[] { 180m, 140m }));
    }

    [Test]
    public void UnpivotNamesTheRowsAfterTheColumns()
    {
        Setup("CREATE TABLE q (id INT, jan INT, feb INT)", "INSERT INTO q VALUES (1, 10, 20)");
        var result = Run("SELECT id, month, amount FROM q UNPIVOT (amount FOR month IN (jan, feb)) ORDER BY month");
        Assert.That(result.Rows.Select(r => Text(r[1]) + "=" + Text(r[2])), Is.EqualTo(new[] { "FEB=20", "JAN=10" }));
    }

    [Test]
    public void AsofJoinMatchesTheLatestEarlierRow()
    {
        Setup("CREATE TABLE trades (sym VARCHAR, ts INT)", "CREATE TABLE quotes (sym VARCHAR, ts INT, px INT)",
            "INSERT INTO trades VALUES ('a', 5), ('a', 1)", "INSERT INTO quotes VALUES ('a', 2, 20), ('a', 4, 40), ('a', 6, 60)");
        var prices = Column("SELECT q.px FROM trades t ASOF JOIN quotes q MATCH_CONDITION (t.ts >= q.ts) ON t.sym = q.sym ORDER BY t.ts");
        Assert.That(prices, Is.EqualTo(new[] { "NULL", "40" }));
    }

    [Test]
    public void PositionalColumnsReferToValuesColumns() =>
        Assert.That(Column("SELECT $2 FROM VALUES (1, 'x')"), Is.EqualTo(new[] { "x" }));
}
