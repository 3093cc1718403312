using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

// Table functions on the right of a join (FLATTEN, SPLIT_TO_TABLE, ...) are correlated with the rows to their left and
// number those input rows in their SEQ column.
public sealed partial class DuckDbGenerator
{
    /// <summary>The right side of a join; a table function there (FLATTEN, SPLIT_TO_TABLE) is correlated with the rows to its left.</summary>
    private string RightOfJoin(JoinSource join) => join.Right switch
    {
        TableFunctionSource flatten when IsFlatten(flatten) => Flatten(flatten, join.Left),
        TableFunctionSource function => TableFunction(function, join.Left),
        _ => TableSource(join.Right),
    };

    /// <summary>
    /// SEQ numbers the input rows of a table function. Alone in FROM it has one input row (SEQ 1). After other FROM items,
    /// SEQ hashes the whole row to its left (DuckDB reads a table alias as the row), so equal documents in different rows
    /// get different SEQs; only rows equal in every column share one. Null when an item to the left has no name.
    /// </summary>
    private static string? RowSequence(TableSource? left)
    {
        if (left is null) return "CAST(1 AS BIGINT)";
        var names = new List<string>();
        return CollectRowNames(left, names) ? $"CAST(hash({string.Join(", ", names.Select(Quote))}) >> 1 AS BIGINT)" : null;
    }

    /// <summary>The aliases (or table names) of every item of a FROM clause; false when one has no name.</summary>
    private static bool CollectRowNames(TableSource source, List<string> names)
    {
        switch (source)
        {
            case TableReference { Name.Variable: null, Name.Bind: null } table:
                names.Add(table.Alias?.Name.Resolved ?? table.Name.Parts[^1].Resolved);
                return true;
            case DerivedTable { Alias: not null } derived:
                names.Add(derived.Alias.Name.Resolved);
                return true;
            case TableFunctionSource { Alias: not null } function:
                names.Add(function.Alias.Name.Resolved);
                return true;
            case JoinSource join:
                return CollectRowNames(join.Left, names) && CollectRowNames(join.Right, names);
            default:
                return false;
        }
    }
}
