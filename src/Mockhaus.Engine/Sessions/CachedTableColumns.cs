using Mockhaus.Sql;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// The session's tables as the translator asks about them (<see cref="ITableColumns"/>), answered from caches that live
/// until the next DDL: once any table has a TIMESTAMP_TZ column, every INSERT of new text asks for its target's
/// columns, and a catalog query per statement would cost more than the statement.
/// </summary>
internal sealed class CachedTableColumns(ITableColumns catalog, SchemaCache<string, IReadOnlyList<(string Name, string DuckDbType)>?> columnTypes,
    string context, Func<IReadOnlySet<string>> timestampTzColumnNames) : ITableColumns
{
    public IReadOnlySet<string>? ColumnsOf(IReadOnlyList<string> nameParts) =>
        ColumnTypesOf(nameParts)?.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // The key holds the session's current database and schema, which resolve a partly qualified name.
    public IReadOnlyList<(string Name, string DuckDbType)>? ColumnTypesOf(IReadOnlyList<string> nameParts) =>
        columnTypes.GetOrAdd(context + "\u0001" + string.Join('\u0001', nameParts), _ => catalog.ColumnTypesOf(nameParts));

    public IReadOnlySet<string> TimestampTzColumnNames => timestampTzColumnNames();

    // Asked only for names the function library does not know, which are rare: not cached.
    public bool IsUserFunction(IReadOnlyList<string> nameParts) => catalog.IsUserFunction(nameParts);
}
