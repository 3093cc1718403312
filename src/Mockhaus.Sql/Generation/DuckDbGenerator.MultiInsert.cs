using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// INSERT [OVERWRITE] ALL | FIRST (https://docs.snowflake.com/en/sql-reference/sql/insert-multi-table) as a
/// <see cref="MultiInsertPlan"/>. A WHEN clause runs for a row when its condition is TRUE (NULL is not); with FIRST only
/// the first such clause runs; ELSE runs when no condition is TRUE. VALUES name the subquery's columns (or DEFAULT /
/// NULL); without VALUES the subquery's columns go to the target's columns in order.
/// </summary>
public sealed partial class DuckDbGenerator
{
    private const string MultiInsertSource = "\"__mh_multi_insert_source\"";

    /// <summary>The plan of the multi-table INSERT just generated, if any.</summary>
    public MultiInsertPlan? MultiInsertPlan { get; private set; }

    private string MultiInsert(MultiInsertStatement insert)
    {
        Note("multi-table INSERT -> source rows in a temporary table, one INSERT per INTO clause");
        var conditions = insert.Branches.Where(b => b.Condition is not null).ToList();
        var flags = conditions.Select((branch, i) => $"coalesce(({Expression(branch.Condition!)}), FALSE) AS {Flag(i)}");
        var flagList = conditions.Count == 0 ? "" : ", " + string.Join(", ", flags);
        var targets = new List<MultiInsertTarget>();
        for (var i = 0; i < insert.Branches.Count; i++)
        {
            var filter = BranchFilter(insert, i, conditions.Count);
            foreach (var into in insert.Branches[i].Targets)
                targets.Add(new MultiInsertTarget(string.Join('.', into.Table.Parts.Select(p => p.Resolved)),
                    IntoClause(into, filter, conditions.Count)));
        }
        var deletes = insert.Overwrite
            ? insert.Branches.SelectMany(b => b.Targets).Select(t => TargetName(t.Table)).Distinct().Select(t => $"DELETE FROM {t}").ToList()
            : new List<string>();
        MultiInsertPlan = new MultiInsertPlan(deletes, targets, $"DROP TABLE IF EXISTS {MultiInsertSource}");
        return $"CREATE OR REPLACE TEMP TABLE {MultiInsertSource} AS SELECT *{flagList} FROM ({Query(insert.Source)})";
    }

    private static string Flag(int index) => $"\"__mh_when_{index}\"";

    /// <summary>Which source rows an INTO clause of branch <paramref name="index"/> takes.</summary>
    private static string? BranchFilter(MultiInsertStatement insert, int index, int conditionCount)
    {
        var branch = insert.Branches[index];
        if (branch.IsElse)
            return "NOT (" + string.Join(" OR ", Enumerable.Range(0, conditionCount).Select(Flag)) + ")";
        if (branch.Condition is null) return null;
        var position = insert.Branches.Take(index).Count(b => b.Condition is not null);
        if (!insert.First || position == 0) return Flag(position);
        var earlier = string.Join(" OR ", Enumerable.Range(0, position).Select(Flag));
        return $"{Flag(position)} AND NOT ({earlier})";
    }

    private string IntoClause(InsertInto into, string? filter, int conditionCount)
    {
        var columns = into.Columns.ToList();
        string selected;
        if (into.Values is null)
        {
            selected = conditionCount == 0 ? "*"
                : "* EXCLUDE (" + string.Join(", ", Enumerable.Range(0, conditionCount).Select(Flag)) + ")";
        }
        else
        {
            if (columns.Count > 0 && columns.Count != into.Values.Count)
                throw new SnowflakeSqlException("002020", "21S01",
                    "SQL compilation error:\nInsert value list does not match column list expecting " +
                    $"{columns.Count} but got {into.Values.Count}");
            var values = new List<string>();
            var kept = new List<Identifier>();
            for (var i = 0; i < into.Values.Count; i++)
            {
                // DEFAULT leaves the column out, so the target's default applies.
                if (into.Values[i] is DefaultValue)
                {
                    if (columns.Count == 0) throw SnowflakeErrors.Unsupported("DEFAULT in a multi-table INSERT without a column list");
                    continue;
                }
                values.Add(Expression(into.Values[i]));
                if (columns.Count > 0) kept.Add(columns[i]);
            }
            columns = columns.Count > 0 ? kept : columns;
            selected = string.Join(", ", values);
        }
        var columnList = columns.Count > 0 ? $" ({JoinList(columns, Quote)})" : "";
        var where = filter is null ? "" : $" WHERE {filter}";
        return $"INSERT INTO {TargetName(into.Table)}{columnList} SELECT {selected} FROM {MultiInsertSource}{where}";
    }
}
