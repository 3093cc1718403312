using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Lateral column aliases: `SELECT ts::DATE AS d, YEAR(d) FROM t`. Snowflake and DuckDB both read `d` as a column of
/// t when t has one, and as the earlier item otherwise. DuckDB substitutes the item only after it has chosen a macro
/// overload, so every typed sf_* macro failed on such a reference ("multiple overloads"). The generator substitutes
/// the item's expression itself when it knows the FROM tables' columns: none for a SELECT without FROM, otherwise
/// from the catalog (<see cref="Tables"/>, which the engine supplies on a second translation). Without that
/// knowledge, or for volatile items (RANDOM(), sequences), the name is left to DuckDB.
/// </summary>
public sealed partial class DuckDbGenerator
{
    /// <summary>Column names of tables, when the engine translates with its catalog.</summary>
    public ITableColumns? Tables { get; init; }

    /// <summary>
    /// The statement's translation depends on table columns it did not know: a lateral alias over tables, or an INSERT
    /// of Snowflake timestamp text (see DuckDbGenerator.InsertLiterals).
    /// </summary>
    public bool NeedsTableColumns { get; private set; }

    private SelectScope? _selectScope;

    /// <summary>CTEs in scope, with their column names when the query spells them out or the catalog tells them.</summary>
    private readonly Dictionary<string, FromColumns> _ctes = new(StringComparer.OrdinalIgnoreCase);

    private sealed class SelectScope(Dictionary<string, (int Index, Expression Expression)> aliases, FromColumns from)
    {
        public Dictionary<string, (int Index, Expression Expression)> Aliases { get; } = aliases;
        public FromColumns From { get; } = from;

        /// <summary>The select item being generated: only aliases of earlier items are visible (all in WHERE etc.).</summary>
        public int CurrentItem { get; set; } = int.MaxValue;
    }

    /// <summary>The FROM clause's column names: known, knowable from the catalog, or not knowable (derived tables ...).</summary>
    private sealed record FromColumns(IReadOnlySet<string>? Columns, bool NeedsCatalog);

    private T InSelectScope<T>(SelectQuery select, Func<T> generate)
    {
        var outer = _selectScope;
        var aliases = new Dictionary<string, (int, Expression)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < select.Items.Count; i++)
            if (select.Items[i] is { Alias: { } alias } item && !IsSameNamedColumn(item))
                aliases.TryAdd(alias.Resolved, (i, item.Expression));
        _selectScope = aliases.Count == 0 ? null : new SelectScope(aliases, ColumnsOfFrom(select.From));
        try { return generate(); }
        finally { _selectScope = outer; }
    }

    /// <summary>Generates select item <paramref name="index"/> with the aliases of the items before it in scope.</summary>
    private string AtSelectItem(int index, Func<string> generate)
    {
        if (_selectScope is not { } scope) return generate();
        scope.CurrentItem = index;
        try { return generate(); }
        finally { scope.CurrentItem = int.MaxValue; }
    }

    private static bool IsSameNamedColumn(SelectItem item) =>
        item.Expression is ColumnReference column && column.Parts[^1].Resolved == ResultColumnName(item);

    private T WithCteNames<T>(WithClause? with, Func<T> generate)
    {
        if (with is null) return generate();
        var outer = with.Tables.Select(t => t.Name.Resolved).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(name => name, name => _ctes.TryGetValue(name, out var columns) ? (true, columns) : (false, null!));
        foreach (var table in with.Tables)
            _ctes[table.Name.Resolved] = table.Columns.Count > 0
                ? new FromColumns(table.Columns.Select(c => c.Resolved).ToHashSet(StringComparer.OrdinalIgnoreCase), false)
                : OutputColumns(table.Query);
        try { return generate(); }
        finally
        {
            foreach (var (name, (existed, columns)) in outer)
                if (existed) _ctes[name] = columns; else _ctes.Remove(name);
        }
    }

    /// <summary>
    /// The column names a query produces: its select list's names, with a plain or EXCLUDE * expanded to the columns of
    /// its FROM (known, or knowable from the catalog).
    /// </summary>
    private FromColumns OutputColumns(QueryExpression query) => query switch
    {
        SelectQuery select => SelectOutputColumns(select),
        SetOperationQuery union => OutputColumns(union.Left),
        _ => new FromColumns(null, false),
    };

    private FromColumns SelectOutputColumns(SelectQuery select)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in select.Items)
        {
            if (item.Expression is not StarExpression star)
            {
                names.Add(ResultColumnName(item));
                continue;
            }
            if (star.Qualifier.Count > 0 || star.Rename.Count > 0 || star.ILikePattern is not null)
                return new FromColumns(null, false);
            var from = ColumnsOfFrom(select.From);
            if (from.Columns is null) return from;
            names.UnionWith(from.Columns.Except(star.Exclude.Select(e => e.Resolved), StringComparer.OrdinalIgnoreCase));
        }
        return new FromColumns(names, false);
    }

    private FromColumns ColumnsOfFrom(TableSource? from)
    {
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tables = new List<QualifiedName>();
        var needsCatalog = false;
        if (from is not null && !CollectSources(from, tables, columns, ref needsCatalog))
            return new FromColumns(null, needsCatalog && Tables is null);
        if (tables.Count == 0) return new FromColumns(columns, false);
        if (Tables is null) return new FromColumns(null, true);
        foreach (var table in tables)
        {
            if (Tables.ColumnsOf(table.Parts.Select(p => p.Resolved).ToList()) is not { } known)
                return new FromColumns(null, false);
            columns.UnionWith(known);
        }
        return new FromColumns(columns, false);
    }

    /// <summary>
    /// Catalog tables go to <paramref name="tables"/>; CTEs and derived tables whose columns the query spells out add
    /// them to <paramref name="columns"/>. False when some source's columns cannot be known.
    /// </summary>
    private bool CollectSources(TableSource source, List<QualifiedName> tables, HashSet<string> columns, ref bool needsCatalog)
    {
        switch (source)
        {
            case TableReference { Name.Parts.Count: 0 }:
                return false;
            case TableReference { Name.Parts.Count: 1 } table when _ctes.TryGetValue(table.Name.Parts[0].Resolved, out var cte):
                return Add(cte, ref needsCatalog);
            case TableReference table:
                tables.Add(table.Name);
                return true;
            case DerivedTable derived:
                return Add(derived.Alias is { Columns.Count: > 0 } alias
                    ? new FromColumns(alias.Columns.Select(c => c.Resolved).ToHashSet(StringComparer.OrdinalIgnoreCase), false)
                    : OutputColumns(derived.Query), ref needsCatalog);
            case JoinSource join:
                return CollectSources(join.Left, tables, columns, ref needsCatalog)
                    & CollectSources(join.Right, tables, columns, ref needsCatalog);
            default:
                return false;
        }

        bool Add(FromColumns known, ref bool wanted)
        {
            wanted |= known.NeedsCatalog;
            if (known.Columns is null) return false;
            columns.UnionWith(known.Columns);
            return true;
        }
    }

    /// <summary>A reference to an earlier item's alias, replaced by that item's expression when that is what it means.</summary>
    private bool TryLateralAlias(ColumnReference column, out string sql)
    {
        sql = "";
        if (_selectScope is not { } scope || column.Parts.Count != 1
            || !scope.Aliases.TryGetValue(column.Parts[0].Resolved, out var alias) || alias.Index >= scope.CurrentItem)
            return false;
        if (scope.From.Columns is not { } columns)
        {
            NeedsTableColumns |= scope.From.NeedsCatalog;
            return false;
        }
        if (columns.Contains(column.Parts[0].Resolved) || !IsRepeatable(alias.Expression))
            return false;
        var current = scope.CurrentItem;
        scope.CurrentItem = alias.Index;
        try { sql = "(" + Expression(alias.Expression) + ")"; }
        finally { scope.CurrentItem = current; }
        Note("lateral column alias -> the aliased expression");
        return true;
    }

    private static readonly HashSet<string> VolatileFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "RANDOM", "UUID_STRING", "RANDSTR", "UNIFORM", "NORMAL", "ZIPF", "SEQ1", "SEQ2", "SEQ4", "SEQ8",
    };

    /// <summary>Whether evaluating the expression twice gives the same value (conservative: unknown shapes are not).</summary>
    private static bool IsRepeatable(Expression expression) => expression switch
    {
        NumberLiteral or StringLiteral or BooleanLiteral or NullLiteral or TypedLiteral or IntervalLiteral => true,
        ColumnReference column => column.Parts[^1].Resolved != "NEXTVAL",
        UnaryExpression unary => IsRepeatable(unary.Operand),
        BinaryExpression binary => IsRepeatable(binary.Left) && IsRepeatable(binary.Right),
        CastExpression cast => IsRepeatable(cast.Operand),
        PathAccess path => IsRepeatable(path.Operand),
        FunctionCallExpression call => !VolatileFunctions.Contains(call.Name.Last.Resolved)
            && call.Arguments.All(a => IsRepeatable(a.Value)),
        CaseExpression @case => (@case.Operand is null || IsRepeatable(@case.Operand))
            && @case.Whens.All(w => IsRepeatable(w.Condition) && IsRepeatable(w.Result))
            && (@case.Else is null || IsRepeatable(@case.Else)),
        _ => false,
    };
}
