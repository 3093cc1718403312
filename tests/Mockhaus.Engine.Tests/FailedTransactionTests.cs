using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// Snowflake rolls back only a statement that fails inside a transaction and keeps the transaction open
/// (docs.snowflake.com/en/sql-reference/transactions, "Failed statements within a transaction"). DuckDB aborts the
/// whole transaction on a run-time failure; Mockhaus then refuses the transaction by name instead of letting COMMIT
/// report success after losing its changes.
/// </summary>
public class FailedTransactionTests : EngineTestBase
{
    [SetUp]
    public void CreateTable() => Rows("CREATE TABLE tx (id INT NOT NULL, name VARCHAR)");

    [TestCase("SELECT 1/0", Description = "division by zero while the result is read")]
    [TestCase("INSERT INTO tx VALUES (NULL, 'no id')", Description = "a NOT NULL violation")]
    [TestCase("SELECT 'abc'::INT", Description = "a failed conversion")]
    public void After_a_run_time_failure_the_transaction_fails_by_name_and_commit_keeps_nothing(string failing)
    {
        Rows("BEGIN");
        Rows("INSERT INTO tx VALUES (1, 'kept until the failure')");
        Assert.Throws<SnowflakeSqlException>(() => Rows(failing));

        var refused = Assert.Throws<SnowflakeSqlException>(() => Rows("INSERT INTO tx VALUES (2, 'after')"))!;
        Assert.That(refused.ErrorCode, Is.EqualTo("000002"));
        Assert.That(refused.Message, Does.Contain("continuing a transaction after a statement in it failed"));

        var commit = Assert.Throws<SnowflakeSqlException>(() => Rows("COMMIT"))!;
        Assert.That(commit.Message, Does.Contain("none of its changes can be committed"));
        Assert.That(Session.InTransaction, Is.False);
        Assert.That(Scalar("SELECT COUNT(*) FROM tx"), Is.EqualTo(0L), "nothing was committed, and COMMIT said so");

        Rows("BEGIN");
        Rows("INSERT INTO tx VALUES (3, 'next transaction')");
        Rows("COMMIT");
        Assert.That(Scalar("SELECT COUNT(*) FROM tx"), Is.EqualTo(1L));
    }

    [Test]
    public void Rollback_ends_a_failed_transaction_quietly()
    {
        Rows("BEGIN");
        Rows("INSERT INTO tx VALUES (1, 'a')");
        Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT 1/0"));
        Assert.That(Scalar("ROLLBACK"), Is.EqualTo("Statement executed successfully."));
        Assert.That(Scalar("SELECT COUNT(*) FROM tx"), Is.EqualTo(0L));
    }

    [Test]
    public void Compilation_errors_leave_the_transaction_as_it_was()
    {
        Rows("BEGIN");
        Rows("INSERT INTO tx VALUES (1, 'a')");
        Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT * FROM no_such_table"));
        Assert.Throws<SnowflakeSqlException>(() => Rows("SELECT no_such_column FROM tx"));
        Rows("INSERT INTO tx VALUES (2, 'b')");
        Rows("COMMIT");
        Assert.That(Scalar("SELECT COUNT(*) FROM tx"), Is.EqualTo(2L));
    }

    [Test]
    public void Ddl_in_a_failed_transaction_is_refused_rather_than_committing_it()
    {
        Rows("BEGIN");
        Rows("INSERT INTO tx VALUES (1, 'a')");
        Assert.Throws<SnowflakeSqlException>(() => Rows("INSERT INTO tx VALUES (NULL, 'b')"));
        Assert.Throws<SnowflakeSqlException>(() => Rows("CREATE TABLE other (a INT)"));
        Rows("ROLLBACK");
        Rows("CREATE TABLE other (a INT)");
        Assert.That(Scalar("SELECT COUNT(*) FROM other"), Is.EqualTo(0L));
    }
}
