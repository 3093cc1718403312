using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Tests;

/// <summary>
/// Reading a session variable that was never SET is Snowflake's 002211 (02000), e.g.
/// "SQL compilation error: error line 1 at position 7\nSession variable '$TABLE_NAME' does not exist" for
/// <c>select $table_name</c> (as SnowSQL shows it). https://docs.snowflake.com/en/sql-reference/session-variables
/// </summary>
public class SessionVariableErrorTests : EngineTestBase
{
    private SnowflakeSqlException Fails(string sql) => Assert.Throws<SnowflakeSqlException>(() => Rows(sql))!;

    [Test]
    public void ReadingAnUnsetVariableFailsWithItsPosition()
    {
        var error = Fails("select $table_name");
        Assert.That(error.ErrorCode, Is.EqualTo("002211"));
        Assert.That(error.SqlState, Is.EqualTo("02000"));
        Assert.That(error.Message, Is.EqualTo("SQL compilation error: error line 1 at position 7\nSession variable '$TABLE_NAME' does not exist"));
    }

    [Test]
    public void ThePositionIsOnTheLineOfTheReference()
    {
        Rows("SET known = 1");
        var error = Fails("SELECT $known,\n  $known_not + 1");
        Assert.That(error.Message, Does.StartWith("SQL compilation error: error line 2 at position 2\n"));
        Assert.That(error.Message, Does.EndWith("Session variable '$KNOWN_NOT' does not exist"));
    }

    [Test]
    public void IdentifierOfAnUnsetVariableFails() =>
        Assert.That(Fails("SELECT * FROM IDENTIFIER($nowhere)").ErrorCode, Is.EqualTo("002211"));

    [Test]
    public void SetFromAnUnsetVariableFails() =>
        Assert.That(Fails("SET b = $a_missing").ErrorCode, Is.EqualTo("002211"));

    [Test]
    public void SetVariablesReadFine()
    {
        Rows("SET (a, b) = (1, 'x')");
        Assert.That(Rows("SELECT $a, $B").Single(), Is.EqualTo(new object?[] { 1m, "x" }));
        Rows("UNSET a");
        Assert.That(Fails("SELECT $a").ErrorCode, Is.EqualTo("002211"));
    }
}
