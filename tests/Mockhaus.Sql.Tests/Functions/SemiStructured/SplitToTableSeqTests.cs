namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

// SPLIT_TO_TABLE / STRTOK_SPLIT_TO_TABLE take the same table-function path as FLATTEN: SEQ numbers the input rows.
// https://docs.snowflake.com/en/sql-reference/functions/split_to_table ("SEQ: a unique sequence number associated
// with the input record; not guaranteed to be gap-free or ordered").
public class SplitToTableSeqTests : SemiStructuredTestBase
{
    private const string TwoEqualRows = "(SELECT 1 AS id, 'a,b' AS s UNION ALL SELECT 2, 'a,b') t";

    [Test]
    public void EqualInputsInDifferentRowsGetDifferentSeqs()
    {
        var rows = RowsOf($"SELECT t.id, f.seq, f.index, f.value FROM {TwoEqualRows}, LATERAL SPLIT_TO_TABLE(t.s, ',') f ORDER BY 1, 3")
            .Select(r => r.Split(" | ")).ToList();
        Assert.That(rows.Select(r => $"{r[0]}:{r[2]}:{r[3]}"), Is.EqualTo(new[] { "1:1:a", "1:2:b", "2:1:a", "2:2:b" }));
        Assert.That(rows[0][1], Is.EqualTo(rows[1][1]));
        Assert.That(rows[2][1], Is.EqualTo(rows[3][1]));
        Assert.That(rows[0][1], Is.Not.EqualTo(rows[2][1]));
    }

    [Test]
    public void AloneInFromSeqIsOne() =>
        Assert.That(Column("SELECT DISTINCT seq FROM TABLE(STRTOK_SPLIT_TO_TABLE('a b c'))"), Is.EqualTo(new[] { "1" }));

    [Test]
    public void AnUnnamedLeftSideFallsBackToTheInputValue() =>
        // A derived table without an alias cannot be named, so SEQ identifies the input string instead.
        Assert.That(Column("SELECT COUNT(DISTINCT f.seq) FROM (SELECT 'a,b' AS s UNION ALL SELECT 'c'), LATERAL SPLIT_TO_TABLE(s, ',') f"),
            Is.EqualTo(new[] { "2" }));
}
