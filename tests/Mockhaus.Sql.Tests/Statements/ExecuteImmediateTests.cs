using Mockhaus.Sql.Tests.Support;

namespace Mockhaus.Sql.Tests.Statements;

/// <summary>EXECUTE IMMEDIATE '&lt;statement&gt;' runs the statement its text holds (https://docs.snowflake.com/en/sql-reference/sql/execute-immediate).</summary>
public class ExecuteImmediateTests : TranslatorTestBase
{
    [Test]
    public void The_text_is_the_statement()
    {
        Setup("EXECUTE IMMEDIATE $$CREATE TABLE ei (a INT)$$", "EXECUTE IMMEDIATE 'INSERT INTO ei VALUES (1), (2)'");
        var outcome = Run("EXECUTE IMMEDIATE 'SELECT COUNT(*) AS n, ''x'' AS s FROM ei'");
        Assert.That(outcome.ColumnNames, Is.EqualTo(new[] { "N", "S" }));
        Assert.That(Text(outcome.Rows[0][0]), Is.EqualTo("2"));
        Assert.That(TranslateOne("EXECUTE IMMEDIATE 'DELETE FROM ei'").Kind, Is.EqualTo(StatementKind.Delete));
    }

    [TestCase("EXECUTE IMMEDIATE $$ BEGIN RETURN 1; END; $$", "Snowflake Scripting")]
    [TestCase("EXECUTE IMMEDIATE $$ DECLARE x INT; BEGIN RETURN x; END; $$", "Snowflake Scripting")]
    [TestCase("EXECUTE IMMEDIATE $stmt", "EXECUTE IMMEDIATE of a variable or bind")]
    [TestCase("EXECUTE IMMEDIATE 'SELECT ?' USING (x)", "EXECUTE IMMEDIATE ... USING")]
    public void Other_forms_fail_by_name(string sql, string feature)
    {
        var error = TranslationFails(sql);
        Assert.That(error.ErrorCode, Is.EqualTo("000002"));
        Assert.That(error.Message, Does.Contain(feature));
    }

    [Test]
    public void A_transaction_begin_is_not_a_scripting_block() =>
        Assert.That(TranslateOne("EXECUTE IMMEDIATE 'BEGIN TRANSACTION'").Kind, Is.EqualTo(StatementKind.Begin));
}
