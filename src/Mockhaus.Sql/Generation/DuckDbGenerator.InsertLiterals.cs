using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// INSERT ... VALUES of Snowflake's own timestamp text ('2024-01-05 10:00:00.000 +0100', the TIMESTAMP_TZ output
/// format): DuckDB reads what follows the space as a time zone name and fails, and only the target column says
/// whether the text is a timestamp at all (into VARCHAR it must stay as written). So such a statement asks for the
/// table's column types (<see cref="ITableColumns.ColumnTypesOf"/>) and the literals bound for timestamp columns are
/// adjusted as values, like a cast of the same text (<see cref="TimestampLiteral"/>).
/// </summary>
public sealed partial class DuckDbGenerator
{
    private string InsertValues(InsertStatement insert, ValuesQuery values)
    {
        var targetTypes = values.Rows.Any(row => row.Any(v => v is StringLiteral text && TimestampLiteral.HasSpacedOffset(text.Value)))
            ? TimestampTargets(insert)
            : null;
        return "VALUES " + JoinList(values.Rows, row =>
            $"({string.Join(", ", row.Select((value, i) => InsertValue(value, targetTypes is not null && i < targetTypes.Count ? targetTypes[i] : null)))})");
    }

    private string InsertValue(Expression value, string? timestampType)
    {
        if (timestampType is null || value is not StringLiteral text || !TimestampLiteral.HasSpacedOffset(text.Value))
            return Expression(value);
        Note("INSERT of Snowflake timestamp text -> offset adjusted for the column type");
        return QuoteString(TimestampLiteral.Normalize(text.Value, timestampType));
    }

    /// <summary>
    /// For each VALUES position, the Snowflake timestamp type of its target column, or null for other columns; null
    /// as a whole while the table's columns are unknown (the engine translates again with them).
    /// </summary>
    private IReadOnlyList<string?>? TimestampTargets(InsertStatement insert)
    {
        if (Tables is null)
        {
            NeedsTableColumns = true;
            return null;
        }
        if (insert.Table.Parts.Count == 0 || Tables.ColumnTypesOf(insert.Table.Parts.Select(p => p.Resolved).ToList()) is not { } columns)
            return null;
        var targets = insert.Columns.Count > 0
            ? insert.Columns.Select(c => columns.FirstOrDefault(t => t.Name.Equals(c.Resolved, StringComparison.OrdinalIgnoreCase)).DuckDbType).ToList()
            : columns.Select(c => c.DuckDbType).ToList();
        return targets.Select(type => type switch
        {
            "TIMESTAMP WITH TIME ZONE" => "TIMESTAMP_LTZ",
            "TIMESTAMP" or "TIMESTAMP_NS" or "TIMESTAMP_MS" or "TIMESTAMP_S" => "TIMESTAMP_NTZ",
            _ => (string?)null,
        }).ToList();
    }
}
