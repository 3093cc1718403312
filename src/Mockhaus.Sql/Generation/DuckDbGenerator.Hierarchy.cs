using System.Globalization;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Hierarchical queries, START WITH ... CONNECT BY (https://docs.snowflake.com/en/sql-reference/constructs/connect-by), as
/// a recursive CTE over the FROM source: the roots are the rows START WITH selects (all rows without it), and each
/// further level joins the source to the previous level on the CONNECT BY condition, where PRIOR names the parent row.
/// The query then reads the hierarchy's rows under the source's name, with the pseudo-column LEVEL, one column per
/// CONNECT_BY_ROOT and per SYS_CONNECT_BY_PATH of the select list. WHERE filters the hierarchy's rows afterwards.
/// A cycle in the data would recurse forever, so a level deeper than <see cref="MaxHierarchyDepth"/> is an error.
/// </summary>
public sealed partial class DuckDbGenerator
{
    private const string HierarchyTable = "\"__mh_hierarchy\"";
    private const string ParentRow = "\"__mh_prior\"";
    private const string LevelColumn = "LEVEL";
    private const int MaxHierarchyDepth = 10_000;

    /// <summary>The hierarchical query being generated: its source's name and the columns its select list needs.</summary>
    private sealed class HierarchyScope(string alias)
    {
        public string Alias { get; } = alias;
        public List<Expression> Roots { get; } = new();
        public List<(Expression Value, Expression Separator)> Paths { get; } = new();
        /// <summary>While generating the CTE: the row whose columns unqualified names read (the source, or the parent).</summary>
        public string? RowName { get; set; }
        /// <summary>Set once the FROM (the CTE) is generated: later CONNECT_BY_ROOT / SYS_CONNECT_BY_PATH cannot join it.</summary>
        public bool Sealed { get; set; }
    }

    private HierarchyScope? _hierarchy;

    private T InHierarchy<T>(SelectQuery select, Func<T> generate)
    {
        if (select.Hierarchy is null) return generate();
        var saved = _hierarchy;
        _hierarchy = new HierarchyScope(HierarchySourceName(select.From));
        try { return generate(); }
        finally { _hierarchy = saved; }
    }

    /// <summary>The name the query uses for its source rows; CONNECT BY walks one table, view or subquery.</summary>
    private static string HierarchySourceName(TableSource? from) => from switch
    {
        TableReference { Alias: { } alias } => alias.Name.Resolved,
        TableReference table when table.Name.Variable is null && table.Name.Bind is null => table.Name.Last.Resolved,
        DerivedTable { Alias: { } alias } => alias.Name.Resolved,
        null => throw SnowflakeErrors.Unsupported("CONNECT BY without FROM"),
        _ => throw SnowflakeErrors.Unsupported("CONNECT BY over a join or table function"),
    };

    /// <summary>The FROM of a hierarchical query: the hierarchy's rows, named as the source was.</summary>
    private string HierarchyFrom(SelectQuery select)
    {
        var scope = _hierarchy!;
        scope.Sealed = true;
        Note("START WITH / CONNECT BY -> WITH RECURSIVE");
        var source = TableSource(select.From!);
        var anchor = InHierarchyRow(Quote(scope.Alias), () =>
        {
            var roots = scope.Roots.Select((root, i) => $", {Expression(root)} AS {RootColumn(i)}");
            var paths = scope.Paths.Select((path, i) => $", ({Text(path.Separator)} || {Text(path.Value)}) AS {PathColumn(i)}");
            var where = select.Hierarchy!.StartWith is { } start ? $" WHERE {Expression(start)}" : "";
            return $"SELECT {Quote(scope.Alias)}.*, 1 AS {Quote(LevelColumn)}{string.Concat(roots)}{string.Concat(paths)} FROM {source}{where}";
        });
        var recursive = InHierarchyRow(Quote(scope.Alias), () =>
        {
            var roots = scope.Roots.Select((_, i) => $", {ParentRow}.{RootColumn(i)}");
            var paths = scope.Paths.Select((path, i) =>
                $", ({ParentRow}.{PathColumn(i)} || {Text(path.Separator)} || {Text(path.Value)})");
            var depthGuard = $"(CASE WHEN {ParentRow}.{Quote(LevelColumn)} >= {MaxHierarchyDepth.ToString(CultureInfo.InvariantCulture)} " +
                             $"THEN error('CONNECT BY went deeper than {MaxHierarchyDepth} levels; the hierarchy has a cycle') ELSE TRUE END)";
            return $"SELECT {Quote(scope.Alias)}.*, {ParentRow}.{Quote(LevelColumn)} + 1{string.Concat(roots)}{string.Concat(paths)} " +
                   $"FROM {source} JOIN {HierarchyTable} AS {ParentRow} ON ({Expression(select.Hierarchy!.ConnectBy)}) AND {depthGuard}";
        });
        return $"(WITH RECURSIVE {HierarchyTable} AS ({anchor} UNION ALL {recursive}) FROM {HierarchyTable}) AS {Quote(scope.Alias)}";
    }

    private string Text(Expression expression) => $"CAST({Expression(expression)} AS VARCHAR)";

    private T InHierarchyRow<T>(string rowName, Func<T> generate)
    {
        var scope = _hierarchy!;
        var saved = scope.RowName;
        scope.RowName = rowName;
        try { return generate(); }
        finally { scope.RowName = saved; }
    }

    /// <summary>Inside the CTE, a column names the current row's (or, under PRIOR, the parent row's) value.</summary>
    private bool TryHierarchyColumn(ColumnReference column, out string sql)
    {
        sql = "";
        if (_hierarchy?.RowName is not { } row) return false;
        if (column.Parts.Count == 1)
            sql = $"{row}.{Quote(column.Parts[0])}";
        else if (column.Parts.Count == 2 && column.Parts[0].Resolved == _hierarchy.Alias)
            sql = $"{row}.{Quote(column.Parts[1])}";
        return sql.Length > 0;
    }

    private string HierarchyOperator(HierarchyOperator node)
    {
        if (node.Operator == "PRIOR")
        {
            if (_hierarchy?.RowName is null) throw SnowflakeErrors.Unsupported("PRIOR outside a CONNECT BY condition");
            return InHierarchyRow(ParentRow, () => Expression(node.Operand));
        }
        var scope = HierarchyForSelectList("CONNECT_BY_ROOT");
        scope.Roots.Add(node.Operand);
        return RootColumn(scope.Roots.Count - 1);
    }

    /// <summary>SYS_CONNECT_BY_PATH(value, separator): the separator before each level's value, from the root down.</summary>
    private string ConnectByPath(FunctionCallExpression call)
    {
        if (call.Arguments.Count != 2)
            throw SnowflakeErrors.WrongArgumentCount("SYS_CONNECT_BY_PATH", call.Arguments.Count, 2, 2);
        var scope = HierarchyForSelectList("SYS_CONNECT_BY_PATH");
        scope.Paths.Add((call.Arguments[0].Value, call.Arguments[1].Value));
        return PathColumn(scope.Paths.Count - 1);
    }

    private HierarchyScope HierarchyForSelectList(string feature) =>
        _hierarchy is { Sealed: false, RowName: null } scope
            ? scope
            : throw SnowflakeErrors.Unsupported(feature + " outside the select list of a CONNECT BY query");

    private static string RootColumn(int index) => Quote("__mh_root_" + index.ToString(CultureInfo.InvariantCulture));

    private static string PathColumn(int index) => Quote("__mh_path_" + index.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// SELECT * of a hierarchical query shows the source's columns only, not LEVEL or the helper columns; null when no
    /// hierarchical query is being generated.
    /// </summary>
    private string? HierarchyStar(StarExpression star)
    {
        if (_hierarchy is not { RowName: null }) return null;
        if (star.Rename.Count > 0 || star.ILikePattern is not null)
            throw SnowflakeErrors.Unsupported("* RENAME or ILIKE in a CONNECT BY query");
        if (star.Qualifier.Count > 0 && !(star.Qualifier.Count == 1 && star.Qualifier[0].Resolved == _hierarchy.Alias))
            return null;
        var hidden = star.Exclude.Select(e => QuoteString(e.Resolved)).Prepend(QuoteString(LevelColumn));
        return $"COLUMNS(c -> c NOT IN ({string.Join(", ", hidden)}) AND NOT starts_with(c, '__mh_'))";
    }
}
