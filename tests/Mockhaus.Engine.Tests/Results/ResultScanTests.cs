using Mockhaus.Engine.Results;
using Mockhaus.Engine.Types;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests.Results;

/// <summary>
/// TABLE(RESULT_SCAN(...)) over earlier results of the session, SHOW output included.
/// https://docs.snowflake.com/en/sql-reference/functions/result_scan
/// https://docs.snowflake.com/en/sql-reference/functions/last_query_id
/// </summary>
public class ResultScanTests : EngineTestBase
{
    /// <summary>Runs one statement, reads its rows, and returns its query id.</summary>
    private string RunAndRead(string sql)
    {
        using var result = Session.Execute(Session.Translate(sql).Single());
        ReadAll(result);
        return result.QueryId;
    }

    private (IReadOnlyList<ResultColumn> Columns, List<object?[]> Rows) Result(string sql)
    {
        using var result = Session.Execute(Session.Translate(sql).Single());
        var columns = result.Rows.Columns;
        return (columns, ReadAll(result));
    }

    [Test]
    public void LastQueryIdScansThePreviousResultWithItsNamesAndTypes()
    {
        Rows("CREATE TABLE t (id NUMBER(10,2), name VARCHAR(100)); INSERT INTO t VALUES (1.5, 'a'), (2.25, 'b')");
        var first = Result("SELECT id, name FROM t ORDER BY id");
        var scanned = Result("SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))");
        Assert.That(scanned.Columns.Select(c => c.Name), Is.EqualTo(new[] { "ID", "NAME" }));
        Assert.That(scanned.Columns.Select(c => c.Type), Is.EqualTo(first.Columns.Select(c => c.Type)));
        Assert.That(scanned.Columns[1].Type, Is.EqualTo(SnowflakeType.Text(100)));
        Assert.That(scanned.Rows.Select(r => r[1]), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(scanned.Rows.Select(r => r[0]), Is.EqualTo(new object[] { 1.5m, 2.25m }));
    }

    [Test]
    public void ShowTablesOutputCanBeFilteredWithQuotedLowerCaseNames()
    {
        Rows("CREATE TABLE alpha (x INT); CREATE TABLE beta (x INT); CREATE VIEW gamma AS SELECT 1 AS x");
        RunAndRead("SHOW TABLES");
        var names = Rows("""SELECT "name" FROM TABLE(RESULT_SCAN(LAST_QUERY_ID())) WHERE "kind" = 'TABLE' ORDER BY "name" """);
        Assert.That(names.Select(r => r[0]), Is.EqualTo(new[] { "ALPHA", "BETA" }));
    }

    [Test]
    public void ShowOutputKeepsItsColumnTypes()
    {
        Rows("CREATE TABLE alpha (x INT)");
        var show = Result("SHOW TABLES");
        var scanned = Result("SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))");
        Assert.That(scanned.Columns.Select(c => c.Name), Is.EqualTo(show.Columns.Select(c => c.Name)));
        Assert.That(scanned.Columns.Select(c => c.Type), Is.EqualTo(show.Columns.Select(c => c.Type)));
        Assert.That(scanned.Rows.Count, Is.EqualTo(show.Rows.Count));
    }

    [Test]
    public void LastQueryIdMinusTwoScansTheResultBeforeThePrevious()
    {
        RunAndRead("SELECT 'older' AS v");
        RunAndRead("SELECT 'newer' AS v");
        Assert.That(Scalar("SELECT v FROM TABLE(RESULT_SCAN(LAST_QUERY_ID(-2)))"), Is.EqualTo("older"));
    }

    [Test]
    public void AnExplicitQueryIdCanBeScannedRepeatedly()
    {
        var id = RunAndRead("SELECT 42 AS answer");
        RunAndRead("SELECT 1");
        Assert.That(Scalar($"SELECT answer FROM TABLE(RESULT_SCAN('{id}'))"), Is.EqualTo(42L));
        Assert.That(Scalar($"SELECT count(*) FROM TABLE(RESULT_SCAN('{id}')) r JOIN TABLE(RESULT_SCAN('{id}')) s ON r.answer = s.answer"), Is.EqualTo(1L));
    }

    [Test]
    public void AScanSurvivesTheRollbackOfTheTransactionThatLoadedIt()
    {
        // With AUTOCOMMIT off the loading scan runs inside a transaction; rolling it back drops the loaded table,
        // and the result must still be there for the next scan.
        var id = RunAndRead("SELECT 'kept' AS v");
        Rows("ALTER SESSION SET AUTOCOMMIT = FALSE");
        Assert.That(Scalar($"SELECT v FROM TABLE(RESULT_SCAN('{id}'))"), Is.EqualTo("kept"));
        Rows("ROLLBACK");
        Assert.That(Scalar($"SELECT v FROM TABLE(RESULT_SCAN('{id}'))"), Is.EqualTo("kept"));
        Rows("COMMIT");
    }

    [Test]
    public void AnEmptyResultScansAsNoRowsWithItsColumns()
    {
        Rows("CREATE TABLE t (id NUMBER(5,0), name VARCHAR(7))");
        var first = Result("SELECT * FROM t");
        var scanned = Result("SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))");
        Assert.That(scanned.Rows, Is.Empty);
        Assert.That(scanned.Columns, Is.EqualTo(first.Columns));
    }

    [Test]
    public void DuplicateColumnNamesStayScannable()
    {
        RunAndRead("SELECT 1 AS a, 2 AS a");
        Assert.That(Rows("SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))").Single(), Is.EqualTo(new object?[] { 1L, 2L }));
    }

    [Test]
    public void StatusResultsOfDdlAreScannable()
    {
        RunAndRead("CREATE TABLE t (x INT)");
        Assert.That(Scalar("""SELECT "status" FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))"""), Is.EqualTo("Table T successfully created."));
    }

    [Test]
    public void AResultStaysIntactAfterTheClientReleasedItsBatches()
    {
        // Many batches from DuckDB's streaming export: the history shares them with the client, which frees its
        // references as it goes; later statements reuse DuckDB's memory.
        RunAndRead("SELECT SEQ8() AS n, 'row ' || LPAD(SEQ8()::VARCHAR, 5, '0') AS label FROM TABLE(GENERATOR(ROWCOUNT => 100000))");
        RunAndRead("SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 1000000))");
        var rows = Rows("SELECT count(*), sum(n)::NUMBER(20,0), max(label) FROM TABLE(RESULT_SCAN(LAST_QUERY_ID(-2)))");
        Assert.That(rows[0][0], Is.EqualTo(100000L));
        Assert.That(rows[0][1], Is.EqualTo(4999950000m));
        Assert.That(rows[0][2], Is.EqualTo("row 99999"));
    }

    [Test]
    public void AnUnknownQueryIdFailsWithStatementNotFound()
    {
        var error = Assert.Throws<SnowflakeSqlException>(() =>
            Rows("SELECT * FROM TABLE(RESULT_SCAN('01b2c3d4-0000-0000-0000-000000000000'))"));
        Assert.That(error!.ErrorCode, Is.EqualTo("000709"));
        Assert.That(error.Message, Is.EqualTo("Statement 01b2c3d4-0000-0000-0000-000000000000 not found"));
    }

    [Test]
    public void ResultScanNeedsExactlyOneArgument()
    {
        Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT * FROM TABLE(RESULT_SCAN())"));
    }
}

/// <summary>The per-session history is bounded by count and bytes; dropped results say so.</summary>
public class ResultHistoryLimitTests
{
    private static (MockhausEngine, Sessions.Session) Open(EngineOptions options)
    {
        var engine = new MockhausEngine(options, new Sql.SnowflakeTranslator());
        return (engine, engine.OpenSession(new Sessions.SessionOptions { Database = "TESTDB", Schema = "PUBLIC" }));
    }

    private static string Run(Sessions.Session session, string sql)
    {
        using var result = session.Execute(session.Translate(sql).Single());
        while (result.Rows.ReadNext() is { } batch)
            batch.Dispose();
        return result.QueryId;
    }

    [Test]
    public void ResultsBeyondTheCountAreDropped()
    {
        var (engine, session) = Open(new EngineOptions { ResultHistoryCount = 2 });
        using (engine)
        using (session)
        {
            var oldest = Run(session, "SELECT 1 AS a");
            Run(session, "SELECT 2 AS a");
            Run(session, "SELECT 3 AS a");
            var error = Assert.Throws<SnowflakeSqlException>(() => Run(session, $"SELECT * FROM TABLE(RESULT_SCAN('{oldest}'))"));
            Assert.That(error!.ErrorCode, Is.EqualTo("000709"));
            Assert.That(error.Message, Does.Contain("no longer available"));
        }
    }

    [Test]
    public void AResultLargerThanTheBudgetIsNotKept()
    {
        var (engine, session) = Open(new EngineOptions { ResultHistoryBytes = 64 * 1024 });
        using (engine)
        using (session)
        {
            Run(session, "SELECT SEQ8() AS n FROM TABLE(GENERATOR(ROWCOUNT => 100000))");
            var error = Assert.Throws<SnowflakeSqlException>(() => Run(session, "SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))"));
            Assert.That(error!.Message, Does.Contain("no longer available"));
            Run(session, "SELECT 7 AS small");
            using var result = session.Execute(session.Translate("SELECT small FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))").Single());
            using var batch = result.Rows.ReadNext();
            Assert.That(((Apache.Arrow.Int32Array)batch!.Column(0)).GetValue(0), Is.EqualTo(7));
        }
    }
}
