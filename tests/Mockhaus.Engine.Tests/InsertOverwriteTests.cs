namespace Mockhaus.Engine.Tests;

/// <summary>
/// INSERT OVERWRITE replaces a table's rows and reports the inserted rows only
/// (https://docs.snowflake.com/en/sql-reference/sql/insert, OVERWRITE).
/// </summary>
public class InsertOverwriteTests : EngineTestBase
{
    [Test]
    public void Reports_only_the_inserted_rows()
    {
        Rows("CREATE TABLE a (x INT); INSERT INTO a VALUES (1), (2), (3); CREATE TABLE b (x INT); INSERT INTO b VALUES (9), (8)");
        Assert.That(Rows("INSERT OVERWRITE INTO a SELECT * FROM b").Single(), Is.EqualTo(new object?[] { 2L }));
        Assert.That(Rows("SELECT x FROM a ORDER BY x").Select(r => r[0]), Is.EqualTo(new object?[] { 8m, 9m }));
    }

    [Test]
    public void Overwriting_with_nothing_empties_the_table()
    {
        Rows("CREATE TABLE c (x INT); INSERT INTO c VALUES (1)");
        Assert.That(Rows("INSERT OVERWRITE INTO c SELECT 5 WHERE FALSE").Single(), Is.EqualTo(new object?[] { 0L }));
        Assert.That(Scalar("SELECT COUNT(*) FROM c"), Is.EqualTo(0L));
    }
}
