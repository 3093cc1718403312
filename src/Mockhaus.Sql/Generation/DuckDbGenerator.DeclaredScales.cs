using System.Globalization;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// The scale of a table column of exact numeric type, from the catalog, so that a quotient and an average get
/// Snowflake's NUMBER scale, max(s, min(s + 6, 12)) (docs: "Scale and precision in arithmetic operations",
/// https://docs.snowflake.com/en/sql-reference/operators-arithmetic): `price / 4` of a NUMBER(12,4) is NUMBER(38,10)
/// and AVG of an INTEGER column is NUMBER(38,6), where DuckDB gives DOUBLE. Only columns of catalog tables named in
/// the SELECT's FROM are known; the engine supplies them on a second translation (<see cref="NeedsTableColumns"/>).
/// </summary>
public sealed partial class DuckDbGenerator
{
    /// <summary>The catalog tables of the SELECT being generated (by the name the query uses), and whether other sources exist.</summary>
    private sealed record TypedSources(IReadOnlyList<(string Name, IReadOnlyList<string> Parts)> Tables, bool HasOtherSources);

    private TypedSources? _typedSources;

    private T InTypedSources<T>(SelectQuery select, Func<T> generate)
    {
        var outer = _typedSources;
        var tables = new List<(string, IReadOnlyList<string>)>();
        var other = select.From is not null && !CollectTypedSources(select.From, tables);
        _typedSources = new TypedSources(tables, other);
        try { return generate(); }
        finally { _typedSources = outer; }
    }

    private bool CollectTypedSources(TableSource source, List<(string, IReadOnlyList<string>)> tables)
    {
        switch (source)
        {
            case TableReference { Name.Parts.Count: > 0, Name.Variable: null, Name.Bind: null } table
                when !(table.Name.Parts.Count == 1 && _ctes.ContainsKey(table.Name.Parts[0].Resolved)):
                tables.Add((table.Alias?.Name.Resolved ?? table.Name.Last.Resolved, table.Name.Parts.Select(p => p.Resolved).ToList()));
                return true;
            case JoinSource join:
                return CollectTypedSources(join.Left, tables) & CollectTypedSources(join.Right, tables);
            default:
                return false;
        }
    }

    /// <summary>The scale of an exact numeric operand: a literal or cast (<see cref="ExactScale"/>), or a table column.</summary>
    private int? DeclaredScale(Expression expression) =>
        ExactScale(expression) ?? (expression is ColumnReference column ? ColumnScale(column) : null);

    private int? ColumnScale(ColumnReference column)
    {
        if (_typedSources is not { Tables.Count: > 0 } sources || column.Parts.Count > 2) return null;
        if (_selectScope is not null && column.Parts.Count == 1 && _selectScope.Aliases.ContainsKey(column.Parts[0].Resolved))
            return null;
        if (Tables is null)
        {
            NeedsTableColumns = true;
            return null;
        }
        var name = column.Parts[^1].Resolved;
        var candidates = column.Parts.Count == 2
            ? sources.Tables.Where(t => string.Equals(t.Name, column.Parts[0].Resolved, StringComparison.OrdinalIgnoreCase))
            : sources.HasOtherSources ? [] : sources.Tables;
        var types = candidates
            .Select(t => Tables.ColumnTypesOf(t.Parts)?.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            .Where(c => c is { Name: not null })
            .ToList();
        return types.Count == 1 ? ScaleOfDuckDbType(types[0]!.Value.DuckDbType) : null;
    }

    /// <summary>The scale of a DuckDB exact numeric type name: DECIMAL(p,s) is s, an integer type 0, anything else none.</summary>
    private static int? ScaleOfDuckDbType(string type)
    {
        if (type is "HUGEINT" or "BIGINT" or "INTEGER" or "SMALLINT" or "TINYINT" or "UBIGINT" or "UINTEGER" or "USMALLINT" or "UTINYINT")
            return 0;
        if (!type.StartsWith("DECIMAL(", StringComparison.Ordinal) || !type.EndsWith(')')) return null;
        var comma = type.IndexOf(',');
        return comma > 0 && int.TryParse(type.AsSpan(comma + 1, type.Length - comma - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var scale)
            ? scale
            : null;
    }

    /// <summary>Snowflake's quotient scale for a dividend of scale <paramref name="scale"/>.</summary>
    private static int QuotientScale(int scale) => Math.Max(scale, Math.Min(scale + 6, 12));

    /// <summary>AVG of an exact numeric column (or cast) as NUMBER with the quotient's scale.</summary>
    private string AverageWithScale(FunctionCallExpression call, string sql)
    {
        if (call.Arguments.Count != 1 || call.Star || DeclaredScale(call.Arguments[0].Value) is not { } scale)
            return sql;
        Note("AVG of an exact numeric -> NUMBER(38, s) with the quotient's scale");
        return $"CAST({sql} AS DECIMAL(38, {QuotientScale(scale).ToString(CultureInfo.InvariantCulture)}))";
    }
}
