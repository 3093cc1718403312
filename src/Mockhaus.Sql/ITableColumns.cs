namespace Mockhaus.Sql;

/// <summary>
/// What the translator may ask the catalog: the column names of a table or view named in a FROM clause. It decides
/// whether a name in a SELECT list is a column or an earlier item's alias (see DuckDbGenerator.LateralAliases).
/// </summary>
public interface ITableColumns
{
    /// <summary>The columns of the table the resolved name parts denote, or null when unknown.</summary>
    IReadOnlySet<string>? ColumnsOf(IReadOnlyList<string> nameParts);
}
