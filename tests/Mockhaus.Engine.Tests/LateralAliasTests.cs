namespace Mockhaus.Engine.Tests;

/// <summary>
/// A lateral column alias passed to a typed function (SELECT ts::DATE AS day, YEAR(day) FROM t) works against the
/// session's own tables: the engine translates such a statement again with the tables' columns
/// (https://docs.snowflake.com/en/sql-reference/sql/select).
/// </summary>
public class LateralAliasTests : EngineTestBase
{
    [Test]
    public void Typed_functions_take_an_earlier_items_alias()
    {
        Rows("CREATE TABLE events (ts TIMESTAMP_NTZ, name VARCHAR, d INT); INSERT INTO events VALUES ('2024-02-10 10:00:00', ' ann ', 5)");
        var row = Rows("SELECT ts::DATE AS day, YEAR(day) AS y, DAYNAME(day) AS dn, TRIM(name) AS name, LENGTH(name) AS l, d + 1 AS d2 FROM events WHERE YEAR(day) = 2024").Single();
        Assert.That(row[1], Is.EqualTo(2024L));
        Assert.That(row[2], Is.EqualTo("Sat"));
        Assert.That(row[4], Is.EqualTo(5L), "LENGTH of the column NAME, which wins over the alias");
        Assert.That(row[5], Is.EqualTo(6m));
    }

    [Test]
    public void Temporary_tables_and_qualified_names_are_looked_up_too()
    {
        Rows("CREATE TEMPORARY TABLE tt (x INT); INSERT INTO tt VALUES (3)");
        Assert.That(Rows("SELECT x * 2 AS y, YEAR(DATEADD(year, y, '2000-01-01'::DATE)) AS w FROM tt").Single()[1], Is.EqualTo(2006L));
        Rows("CREATE TABLE TESTDB.PUBLIC.q (s VARCHAR); INSERT INTO TESTDB.PUBLIC.q VALUES ('2024-03-01')");
        Assert.That(Rows("SELECT s::DATE AS day, MONTH(day) AS m FROM TESTDB.PUBLIC.q").Single()[1], Is.EqualTo(3L));
    }

    [Test]
    public void Sources_that_select_star_supply_the_columns_of_their_tables()
    {
        Rows("CREATE TABLE visits (ts TIMESTAMP_NTZ, who VARCHAR); INSERT INTO visits VALUES ('2024-05-17 08:00:00', 'bo')");
        // A derived table, a CTE and a view over *, with EXCLUDE: the alias `day` is not one of their columns.
        Assert.That(Rows("SELECT ts::DATE AS day, DAYNAME(day) FROM (SELECT * FROM visits) v").Single()[1], Is.EqualTo("Fri"));
        Assert.That(Rows("WITH c AS (SELECT * EXCLUDE (who) FROM visits) SELECT ts::DATE AS day, MONTH(day) FROM c").Single()[1], Is.EqualTo(5L));
        Rows("CREATE VIEW visits_v AS SELECT * FROM visits");
        Assert.That(Rows("SELECT ts::DATE AS day, YEAR(day) FROM (SELECT * FROM visits_v)").Single()[1], Is.EqualTo(2024L));
        // A column of the star's table wins over a same-named alias.
        Assert.That(Rows("SELECT 'x' AS who, LENGTH(who) FROM (SELECT * FROM visits)").Single()[1], Is.EqualTo(2L));
    }
}
