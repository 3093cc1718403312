using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Values written into a table convert by the target column's type, which only the catalog knows, so INSERT, UPDATE
/// and MERGE ask for the table's column types (<see cref="ITableColumns.ColumnTypesOf"/>; the engine translates again
/// with them):
/// <list type="bullet">
/// <item>TIMESTAMP_TZ columns (a struct, see <see cref="TypeMapper.TimestampTzStruct"/>) take every value through
/// sf_to_tz, which reads text with its own offset and other timestamps with the session zone's; DuckDB would read
/// text as a struct literal and refuse timestamps.</item>
/// <item>Snowflake's own timestamp text ('2024-01-05 10:00:00.000 +0100', with a space before the offset) into
/// LTZ/NTZ columns is adjusted as a value, like a cast of the same text (<see cref="TimestampLiteral"/>); DuckDB reads
/// what follows the space as a time zone name and fails. Into VARCHAR it stays as written.</item>
/// </list>
/// </summary>
public sealed partial class DuckDbGenerator
{
    private string InsertValues(InsertStatement insert, ValuesQuery values)
    {
        var spacedOffsets = values.Rows.Any(row => row.Any(v => v is StringLiteral text && TimestampLiteral.HasSpacedOffset(text.Value)));
        var targetTypes = TargetTypes(insert.Table, insert.Columns, onlyForTimestampTz: !spacedOffsets);
        return "VALUES " + JoinList(values.Rows, row =>
            $"({string.Join(", ", row.Select((value, i) => InsertValue(value, targetTypes is not null && i < targetTypes.Count ? targetTypes[i] : null)))})");
    }

    private string InsertValue(Expression value, string? duckDbType)
    {
        if (duckDbType == TypeMapper.TimestampTzCatalogType)
            return ValueForTimestampTz(value);
        if (TimestampKind(duckDbType) is not { } timestampType || value is not StringLiteral text || !TimestampLiteral.HasSpacedOffset(text.Value))
            return Expression(value);
        Note("INSERT of Snowflake timestamp text -> offset adjusted for the column type");
        return QuoteString(TimestampLiteral.Normalize(text.Value, timestampType));
    }

    private string ValueForTimestampTz(Expression value)
    {
        if (value is DefaultValue or NullLiteral)
            return Expression(value);
        Note("value for a TIMESTAMP_TZ column -> sf_to_tz");
        return $"sf_to_tz({Expression(value)})";
    }

    /// <summary>INSERT ... SELECT into TIMESTAMP_TZ columns converts those columns of the query's rows.</summary>
    private string InsertQuery(InsertStatement insert)
    {
        var query = Query(insert.Source);
        var targetTypes = TargetTypes(insert.Table, insert.Columns, onlyForTimestampTz: true);
        if (targetTypes is null || !targetTypes.Contains(TypeMapper.TimestampTzCatalogType))
            return query;
        Note("INSERT ... SELECT into TIMESTAMP_TZ columns -> sf_to_tz");
        var names = Enumerable.Range(1, targetTypes.Count).Select(i => $"c{i}").ToList();
        var items = names.Select((name, i) => targetTypes[i] == TypeMapper.TimestampTzCatalogType ? $"sf_to_tz(mh_source.{name})" : $"mh_source.{name}");
        return $"SELECT {string.Join(", ", items)} FROM ({query}) AS mh_source({string.Join(", ", names)})";
    }

    /// <summary>The value of an UPDATE / MERGE assignment, converted for a TIMESTAMP_TZ target column.</summary>
    private string AssignedValue(QualifiedName table, Assignment assignment) =>
        TargetTypes(table, [assignment.Column[^1]], onlyForTimestampTz: true) is [var type] && type == TypeMapper.TimestampTzCatalogType
            ? ValueForTimestampTz(assignment.Value)
            : Expression(assignment.Value);

    private string MergeInsertValues(QualifiedName target, MergeClause clause)
    {
        var targetTypes = TargetTypes(target, clause.InsertColumns, onlyForTimestampTz: true);
        return string.Join(", ", clause.InsertValues.Select((value, i) => InsertValue(value, targetTypes is not null && i < targetTypes.Count ? targetTypes[i] : null)));
    }

    private static string? TimestampKind(string? duckDbType) => duckDbType switch
    {
        "TIMESTAMP WITH TIME ZONE" => "TIMESTAMP_LTZ",
        "TIMESTAMP" or "TIMESTAMP_NS" or "TIMESTAMP_MS" or "TIMESTAMP_S" => "TIMESTAMP_NTZ",
        _ => null,
    };

    /// <summary>
    /// The DuckDB type of each target column (all columns in order when none are named; null for a name the table
    /// lacks), or null as a whole while the table's columns are unknown (the engine translates again with them: only if
    /// some table has TIMESTAMP_TZ columns when those are all that matters).
    /// </summary>
    private IReadOnlyList<string?>? TargetTypes(QualifiedName table, IReadOnlyList<Identifier> targetColumns, bool onlyForTimestampTz)
    {
        if (Tables is null)
        {
            if (onlyForTimestampTz)
                NeedsTimestampTzColumns = true;
            else
                NeedsTableColumns = true;
            return null;
        }
        if (table.Parts.Count == 0 || Tables.ColumnTypesOf(table.Parts.Select(p => p.Resolved).ToList()) is not { } columns)
            return null;
        return targetColumns.Count > 0
            ? targetColumns.Select(c => (string?)columns.FirstOrDefault(t => t.Name.Equals(c.Resolved, StringComparison.OrdinalIgnoreCase)).DuckDbType).ToList()
            : columns.Select(c => (string?)c.DuckDbType).ToList();
    }
}
