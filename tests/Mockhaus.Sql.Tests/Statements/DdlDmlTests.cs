using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>DDL and DML executed on DuckDB with Snowflake semantics.</summary>
public class DdlDmlTests : TranslatorTestBase
{
    [Test]
    public void PrimaryKeyAndUniqueAreNotEnforced()
    {
        // https://docs.snowflake.com/en/sql-reference/constraints-overview: only NOT NULL is enforced.
        Setup("CREATE TABLE k (id INT PRIMARY KEY, code VARCHAR UNIQUE, CONSTRAINT u UNIQUE (code))");
        Run("INSERT INTO k VALUES (1, 'a'), (1, 'a')");
        Assert.That(Convert.ToInt32(Scalar("SELECT COUNT(*) FROM k")), Is.EqualTo(2));
    }

    [Test]
    public void ForeignKeysAreNotEnforced()
    {
        Setup("CREATE TABLE parent (id INT PRIMARY KEY)", "CREATE TABLE child (pid INT REFERENCES parent (id), FOREIGN KEY (pid) REFERENCES parent (id))");
        Assert.DoesNotThrow(() => Run("INSERT INTO child VALUES (99)"));
    }

    [TestCase("CREATE TABLE ai (id INT AUTOINCREMENT, v VARCHAR)", new[] { "1", "2", "3" })]
    [TestCase("CREATE TABLE ai (id INT IDENTITY(10, 5), v VARCHAR)", new[] { "10", "15", "20" })]
    [TestCase("CREATE TABLE ai (id NUMBER AUTOINCREMENT START 100 INCREMENT 10 ORDER, v VARCHAR)", new[] { "100", "110", "120" })]
    [TestCase("CREATE OR REPLACE TABLE ai (id INT AUTOINCREMENT, v VARCHAR)", new[] { "1", "2", "3" })]
    public void AutoincrementNumbersRows(string create, string[] expected)
    {
        Setup("CREATE SCHEMA s", create.Replace("TABLE ai", "TABLE s.ai"), "INSERT INTO s.ai (v) VALUES ('a'), ('b')", "INSERT INTO s.ai (v) VALUES ('c')");
        Assert.That(Column("SELECT id FROM s.ai ORDER BY id"), Is.EqualTo(expected));
    }

    [Test]
    public void ReplacingATableRestartsItsIdentity()
    {
        Setup("CREATE TABLE ai (id INT AUTOINCREMENT, v VARCHAR)", "INSERT INTO ai (v) VALUES ('a'), ('b')",
            "CREATE OR REPLACE TABLE ai (id INT AUTOINCREMENT, v VARCHAR)", "INSERT INTO ai (v) VALUES ('c')");
        Assert.That(Column("SELECT id FROM ai"), Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void NotNullIsEnforced()
    {
        Setup("CREATE TABLE nn (id INT NOT NULL)");
        Assert.That(() => Run("INSERT INTO nn VALUES (NULL)"), Throws.Exception);
    }

    [Test]
    public void DefaultsApply()
    {
        Setup("CREATE TABLE d (id INT, status VARCHAR DEFAULT 'new', n NUMBER(5,1) DEFAULT 1 + 1)");
        Run("INSERT INTO d (id) VALUES (1)");
        Assert.That(Run("SELECT status, n FROM d").Rows[0].Select(Text), Is.EqualTo(new[] { "new", "2.0" }));
    }

    [Test]
    public void DefaultKeywordInValuesAndSet()
    {
        Setup("CREATE TABLE d (id INT, status VARCHAR DEFAULT 'new')", "INSERT INTO d VALUES (1, DEFAULT)", "INSERT INTO d VALUES (2, 'x')",
            "UPDATE d SET status = DEFAULT WHERE id = 2");
        Assert.That(Column("SELECT status FROM d ORDER BY id"), Is.EqualTo(new[] { "new", "new" }));
    }

    [Test]
    public void CreateTableAsSelect()
    {
        Setup("CREATE TABLE src (a INT)", "INSERT INTO src VALUES (1), (2)", "CREATE TABLE dst AS SELECT a * 2 AS doubled FROM src");
        Assert.That(Column("SELECT doubled FROM dst ORDER BY 1"), Is.EqualTo(new[] { "2", "4" }));
    }

    [Test]
    public void CreateTableWithColumnsAsSelect()
    {
        Setup("CREATE TABLE typed (x NUMBER(10,2), y VARCHAR) AS SELECT 1, 'a'");
        var result = Run("SELECT * FROM typed");
        Assert.That((result.ColumnNames, Text(result.Rows[0][0])), Is.EqualTo((new[] { "X", "Y" }, "1.00")));
    }

    [Test]
    public void UnionByNameMatchesColumnsByName() =>
        Assert.That(Run("SELECT 1 AS a, 2 AS b UNION ALL BY NAME SELECT 3 AS b, 4 AS a ORDER BY a").Rows.Select(r => Text(r[1])),
            Is.EqualTo(new[] { "2", "3" }));

    [Test]
    public void CreateTableLikeCopiesColumnsNotRows()
    {
        Setup("CREATE TABLE src (a INT, b VARCHAR)", "INSERT INTO src VALUES (1, 'x')", "CREATE TABLE copy LIKE src");
        var result = Run("SELECT * FROM copy");
        Assert.That((result.ColumnNames, result.Rows.Count), Is.EqualTo((new[] { "A", "B" }, 0)));
    }

    [Test]
    public void CreateTableCloneCopiesRows()
    {
        Setup("CREATE TABLE src (a INT)", "INSERT INTO src VALUES (1), (2)", "CREATE TABLE cl CLONE src");
        Assert.That(Convert.ToInt32(Scalar("SELECT COUNT(*) FROM cl")), Is.EqualTo(2));
    }

    [Test]
    public void CreateOrReplaceReplaces()
    {
        Setup("CREATE TABLE r (a INT)", "INSERT INTO r VALUES (1)", "CREATE OR REPLACE TABLE r (b INT)");
        Assert.That(Run("SELECT * FROM r").ColumnNames, Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void CreateIfNotExistsKeepsTheTable()
    {
        Setup("CREATE TABLE r (a INT)", "INSERT INTO r VALUES (1)", "CREATE TABLE IF NOT EXISTS r (b INT)");
        Assert.That(Run("SELECT * FROM r").ColumnNames, Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public void TemporaryTable()
    {
        Setup("CREATE TEMPORARY TABLE tmp (a INT)", "INSERT INTO tmp VALUES (5)");
        Assert.That(ScalarText("SELECT a FROM tmp"), Is.EqualTo("5"));
    }

    [Test]
    public void QuotedAndUnquotedNames()
    {
        Setup("CREATE TABLE \"MyTable\" (\"lower\" INT, Upper INT)", "INSERT INTO \"MyTable\" VALUES (1, 2)");
        var result = Run("SELECT \"lower\", upper FROM \"MyTable\"");
        Assert.That(result.ColumnNames, Is.EqualTo(new[] { "lower", "UPPER" }));
    }

    [Test]
    public void ViewWithColumnList()
    {
        Setup("CREATE TABLE src (a INT)", "INSERT INTO src VALUES (3)", "CREATE OR REPLACE SECURE VIEW v (renamed) AS SELECT a FROM src");
        Assert.That(Run("SELECT * FROM v").ColumnNames, Is.EqualTo(new[] { "RENAMED" }));
    }

    [Test]
    public void SchemasQualifyTables()
    {
        Setup("CREATE SCHEMA sales", "CREATE TABLE sales.orders (id INT)", "INSERT INTO sales.orders VALUES (7)");
        Assert.That(ScalarText("SELECT id FROM sales.orders"), Is.EqualTo("7"));
        Run("DROP SCHEMA sales");
        Assert.That(() => Db.Query("SELECT * FROM \"SALES\".\"ORDERS\""), Throws.Exception);
    }

    [Test]
    public void AlterTableActions()
    {
        Setup("CREATE TABLE a (x INT, y INT)", "INSERT INTO a VALUES (1, 2)");
        Run("ALTER TABLE a ADD COLUMN z VARCHAR DEFAULT 'zz', w INT");
        Run("ALTER TABLE a DROP COLUMN y");
        Run("ALTER TABLE a RENAME COLUMN x TO xx");
        Run("ALTER TABLE a ALTER COLUMN w SET DATA TYPE VARCHAR");
        Run("ALTER TABLE a CLUSTER BY (xx)");
        Run("ALTER TABLE a SET COMMENT = 'described'");
        Run("ALTER TABLE a RENAME TO b");
        var result = Run("SELECT * FROM b");
        Assert.That(result.ColumnNames, Is.EqualTo(new[] { "XX", "Z", "W" }));
        Assert.That(result.Rows[0].Select(Text), Is.EqualTo(new[] { "1", "zz", "NULL" }));
    }

    [Test]
    public void DropIfExistsOnMissingTable() => Assert.DoesNotThrow(() => Run("DROP TABLE IF EXISTS nothing_here"));

    [Test]
    public void DropTable()
    {
        Setup("CREATE TABLE gone (a INT)", "DROP TABLE gone");
        Assert.That(() => Db.Query("SELECT * FROM \"GONE\""), Throws.Exception);
    }

    [Test]
    public void Truncate()
    {
        Setup("CREATE TABLE tr (a INT)", "INSERT INTO tr VALUES (1), (2)", "TRUNCATE TABLE tr");
        Assert.That(Convert.ToInt32(Scalar("SELECT COUNT(*) FROM tr")), Is.EqualTo(0));
    }

    [Test]
    public void InsertWithColumnListAndSelect()
    {
        Setup("CREATE TABLE i (a INT, b VARCHAR)", "INSERT INTO i (b, a) VALUES ('x', 1)", "INSERT INTO i SELECT a + 1, b || 'y' FROM i");
        Assert.That(Column("SELECT b FROM i ORDER BY a"), Is.EqualTo(new[] { "x", "xy" }));
    }

    [Test]
    public void InsertOverwriteReplacesRows()
    {
        Setup("CREATE TABLE o (a INT)", "INSERT INTO o VALUES (1), (2)", "INSERT OVERWRITE INTO o VALUES (9)");
        Assert.That(Column("SELECT a FROM o"), Is.EqualTo(new[] { "9" }));
    }

    [Test]
    public void UpdateFrom()
    {
        Setup("CREATE TABLE u (id INT, v VARCHAR)", "CREATE TABLE src (id INT, v VARCHAR)",
            "INSERT INTO u VALUES (1, 'old'), (2, 'keep')", "INSERT INTO src VALUES (1, 'new')",
            "UPDATE u SET v = src.v FROM src WHERE u.id = src.id");
        Assert.That(Column("SELECT v FROM u ORDER BY id"), Is.EqualTo(new[] { "new", "keep" }));
    }

    [Test]
    public void UpdateWithAliasAndExpression()
    {
        Setup("CREATE TABLE u (id INT, n INT)", "INSERT INTO u VALUES (1, 10)", "UPDATE u AS x SET x.n = x.n * 2 WHERE x.id = 1");
        Assert.That(ScalarText("SELECT n FROM u"), Is.EqualTo("20"));
    }

    [Test]
    public void DeleteUsing()
    {
        Setup("CREATE TABLE d (id INT)", "CREATE TABLE gone (id INT)", "INSERT INTO d VALUES (1), (2), (3)", "INSERT INTO gone VALUES (2)",
            "DELETE FROM d USING gone WHERE d.id = gone.id");
        Assert.That(Column("SELECT id FROM d ORDER BY id"), Is.EqualTo(new[] { "1", "3" }));
    }

    [Test]
    public void Merge()
    {
        Setup("CREATE TABLE target (id INT, v VARCHAR)", "CREATE TABLE changes (id INT, v VARCHAR, del BOOLEAN)",
            "INSERT INTO target VALUES (1, 'a'), (2, 'b'), (3, 'c')",
            "INSERT INTO changes VALUES (1, 'A', FALSE), (2, NULL, TRUE), (4, 'D', FALSE)",
            "MERGE INTO target t USING changes c ON t.id = c.id " +
            "WHEN MATCHED AND c.del THEN DELETE " +
            "WHEN MATCHED THEN UPDATE SET v = c.v " +
            "WHEN NOT MATCHED THEN INSERT (id, v) VALUES (c.id, c.v)");
        Assert.That(Column("SELECT id || '=' || v FROM target ORDER BY id"), Is.EqualTo(new[] { "1=A", "3=c", "4=D" }));
    }

    [Test]
    public void MergeWithSubquerySource()
    {
        Setup("CREATE TABLE target (id INT, n INT)", "INSERT INTO target VALUES (1, 1)",
            "MERGE INTO target USING (SELECT 1 AS id, 5 AS n UNION ALL SELECT 2, 6) s ON target.id = s.id " +
            "WHEN MATCHED THEN UPDATE SET n = target.n + s.n WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.n)");
        Assert.That(Column("SELECT n FROM target ORDER BY id"), Is.EqualTo(new[] { "6", "6" }));
    }

    [Test]
    public void TargetsAreNormalised()
    {
        Assert.That(TranslateOne("CREATE TABLE db1.sch.\"MyT\" (a INT)").Target, Is.EqualTo(new ObjectName("DB1", "SCH", "MyT")));
        Assert.That(TranslateOne("INSERT INTO orders VALUES (1)").Target, Is.EqualTo(new ObjectName(null, null, "ORDERS")));
        Assert.That(TranslateOne("DROP VIEW s.v").Target, Is.EqualTo(new ObjectName(null, "S", "V")));
        Assert.That(TranslateOne("UPDATE \"a\".b SET c = 1").Target, Is.EqualTo(new ObjectName(null, "a", "B")));
    }

    [Test]
    public void TableNameFromIdentifierString()
    {
        Setup("CREATE TABLE IDENTIFIER('my_tab') (a INT)", "INSERT INTO IDENTIFIER('my_tab') VALUES (4)");
        Assert.That(ScalarText("SELECT a FROM IDENTIFIER('MY_TAB')"), Is.EqualTo("4"));
    }
}
