using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Queries;

/// <summary>
/// Hierarchical queries with START WITH / CONNECT BY, LEVEL, SYS_CONNECT_BY_PATH and CONNECT_BY_ROOT, on the docs' own
/// employees example (https://docs.snowflake.com/en/sql-reference/constructs/connect-by).
/// </summary>
public class ConnectByTests : TranslatorTestBase
{
    [SetUp]
    public void CreateEmployees() => Setup(
        "CREATE OR REPLACE TABLE employees (title VARCHAR, employee_ID INTEGER, manager_ID INTEGER)",
        "INSERT INTO employees (title, employee_ID, manager_ID) VALUES ('President', 1, NULL), " +
        "('Vice President Engineering', 10, 1), ('Programmer', 100, 10), ('QA Engineer', 101, 10), " +
        "('Vice President HR', 20, 1), ('Health Insurance Analyst', 200, 20)");

    [Test]
    public void Walks_the_hierarchy_from_the_start_rows_with_level()
    {
        var outcome = Run("SELECT employee_ID, manager_ID, title, LEVEL FROM employees START WITH title = 'President' " +
                          "CONNECT BY manager_ID = PRIOR employee_id ORDER BY employee_ID");
        Assert.That(outcome.ColumnNames, Is.EqualTo(new[] { "EMPLOYEE_ID", "MANAGER_ID", "TITLE", "LEVEL" }));
        Assert.That(outcome.Rows.Select(r => $"{Text(r[0])}:{Text(r[3])}"),
            Is.EqualTo(new[] { "1:1", "10:2", "20:2", "100:3", "101:3", "200:3" }));
    }

    [Test]
    public void Sys_connect_by_path_lists_the_ancestors_from_the_root()
    {
        var paths = Column("SELECT SYS_CONNECT_BY_PATH(title, ' -> ') FROM employees START WITH title = 'President' " +
                           "CONNECT BY manager_ID = PRIOR employee_id ORDER BY employee_ID");
        Assert.That(paths[0], Is.EqualTo(" -> President"));
        Assert.That(paths[3], Is.EqualTo(" -> President -> Vice President Engineering -> Programmer"));
    }

    [Test]
    public void Connect_by_root_names_each_rows_root()
    {
        var rows = Run("SELECT employee_ID, CONNECT_BY_ROOT title AS root_title FROM employees START WITH manager_ID = 1 " +
                       "CONNECT BY manager_ID = PRIOR employee_id ORDER BY employee_ID").Rows;
        Assert.That(rows.Select(r => $"{Text(r[0])}:{Text(r[1])}"), Is.EqualTo(new[]
        {
            "10:Vice President Engineering", "20:Vice President HR", "100:Vice President Engineering",
            "101:Vice President Engineering", "200:Vice President HR",
        }));
    }

    [Test]
    public void Star_shows_the_source_columns_only_and_prior_may_stand_on_either_side()
    {
        var outcome = Run("SELECT * FROM employees e START WITH e.employee_id = 10 CONNECT BY PRIOR e.employee_id = e.manager_id ORDER BY 2");
        Assert.That(outcome.ColumnNames, Is.EqualTo(new[] { "TITLE", "EMPLOYEE_ID", "MANAGER_ID" }));
        Assert.That(outcome.Rows.Select(r => Text(r[1])), Is.EqualTo(new[] { "10", "100", "101" }));
    }

    [Test]
    public void Where_filters_the_walked_rows_and_aggregates_see_them()
    {
        var rows = Run("SELECT LEVEL, COUNT(*) FROM employees WHERE title <> 'QA Engineer' START WITH manager_id IS NULL " +
                       "CONNECT BY manager_ID = PRIOR employee_id GROUP BY LEVEL ORDER BY LEVEL").Rows;
        Assert.That(rows.Select(r => $"{Text(r[0])}:{Text(r[1])}"), Is.EqualTo(new[] { "1:1", "2:2", "3:2" }));
    }

    [Test]
    public void Without_start_with_every_row_is_a_root()
    {
        // 6 roots, 5 rows at level 2 or deeper under each ancestor: 1 has 5 descendants, 10 and 20 have 2 and 1.
        Assert.That(ScalarText("SELECT COUNT(*) FROM employees CONNECT BY manager_ID = PRIOR employee_id"), Is.EqualTo("14"));
    }

    [Test]
    public void Comma_separated_conditions_all_hold()
    {
        Setup("CREATE OR REPLACE TABLE pairs (a INT, b INT, pa INT, pb INT)",
              "INSERT INTO pairs VALUES (1, 1, NULL, NULL), (2, 2, 1, 1), (3, 3, 1, 2)");
        Assert.That(Column("SELECT a FROM pairs START WITH pa IS NULL CONNECT BY pa = PRIOR a, pb = PRIOR b ORDER BY a"),
            Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void A_subquery_source_and_start_with_after_connect_by()
    {
        Assert.That(Column("SELECT id FROM (SELECT 1 AS id, NULL AS parent UNION ALL SELECT 2, 1) t " +
                           "CONNECT BY parent = PRIOR id START WITH parent IS NULL ORDER BY LEVEL"),
            Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void A_cycle_fails_instead_of_running_forever()
    {
        Setup("CREATE OR REPLACE TABLE cyc (id INT, parent INT)", "INSERT INTO cyc VALUES (1, 3), (2, 1), (3, 2)");
        var error = Assert.Catch(() => Run("SELECT id FROM cyc START WITH id = 1 CONNECT BY parent = PRIOR id"))!;
        Assert.That(error.Message, Does.Contain("the hierarchy has a cycle"));
    }
}
