namespace Mockhaus.Sql;

/// <summary>
/// What the translator may ask the catalog about a table or view: its column names, which decide whether a name in a
/// SELECT list is a column or an earlier item's alias (see DuckDbGenerator.LateralAliases), its column types, which
/// decide how the values an INSERT/UPDATE writes convert (see DuckDbGenerator.InsertLiterals), and which column names
/// hold TIMESTAMP_TZ values (see DuckDbGenerator.TimestampTz).
/// </summary>
public interface ITableColumns
{
    /// <summary>The columns of the table the resolved name parts denote, or null when unknown.</summary>
    IReadOnlySet<string>? ColumnsOf(IReadOnlyList<string> nameParts);

    /// <summary>The table's columns in order with their DuckDB types (e.g. "TIMESTAMP WITH TIME ZONE"), or null.</summary>
    IReadOnlyList<(string Name, string DuckDbType)>? ColumnTypesOf(IReadOnlyList<string> nameParts) => null;

    /// <summary>Whether the resolved name parts denote a SQL UDF (CREATE FUNCTION) the catalog holds.</summary>
    bool IsUserFunction(IReadOnlyList<string> nameParts) => false;

    /// <summary>
    /// The names of all TIMESTAMP_TZ columns the session can see, in any table or view: a column of such a name is read
    /// as a possible TIMESTAMP_TZ value where that matters (comparisons, casts; see DuckDbGenerator.TimestampTz).
    /// </summary>
    IReadOnlySet<string> TimestampTzColumnNames => new HashSet<string>();
}
