using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;

namespace Mockhaus.Engine.Metadata;

/// <summary>What SHOW / DESCRIBE / GET_DDL need from the session; the session fills one per statement.</summary>
public sealed class MetadataContext
{
    /// <summary>The session's DuckDB connection (its TEMPORARY tables are visible on it).</summary>
    public required DuckDBConnection Connection { get; init; }
    public required DatabaseCatalog Catalog { get; init; }
    public string? Database { get; init; }
    public string? Schema { get; init; }
    public long SessionId { get; init; }
    public string User { get; init; } = "MOCKHAUS";
    public string? Role { get; init; } = "SYSADMIN";
    public string? Warehouse { get; init; }
    /// <summary>Session parameters with their current values (SessionParameters.All).</summary>
    public IEnumerable<KeyValuePair<string, string>> Parameters { get; init; } = [];
    /// <summary>Default value of a parameter, for SHOW PARAMETERS' default and level columns; null when unknown.</summary>
    public Func<string, string?>? ParameterDefault { get; init; }
    public IReadOnlyList<VariableInfo> Variables { get; init; } = [];
    public IReadOnlyList<Mockhaus.Engine.Catalog.AccountObject> Warehouses { get; init; } = [];
    public IReadOnlyList<Mockhaus.Engine.Catalog.AccountObject> Roles { get; init; } = [];
    public IReadOnlyList<Mockhaus.Engine.Catalog.AccountObject> Users { get; init; } = [];
    /// <summary>Resolves a parsed name to its Snowflake-resolved parts (IDENTIFIER($var) included); null: the parts as written.</summary>
    public Func<Mockhaus.Sql.Syntax.QualifiedName, IReadOnlyList<string>>? NameResolver { get; init; }
    /// <summary>A cached way to read a table's declared column types; null reads the metadata store each time.</summary>
    public Func<string, string, string, IReadOnlyList<(string Name, DeclaredType Type, bool Nullable)>>? ColumnTypeLookup { get; init; }

    /// <summary>Declared column types of a table; empty when the database or table does not exist.</summary>
    public IReadOnlyList<(string Name, DeclaredType Type, bool Nullable)> ColumnTypes(string database, string schema, string table) =>
        ColumnTypeLookup?.Invoke(database, schema, table)
        ?? (Catalog.Exists(database) ? MetadataStore.ColumnTypes(Connection, database, schema, table) : []);

    /// <summary>TIMESTAMP_TYPE_MAPPING, for resolving a bare TIMESTAMP.</summary>
    public string TimestampTypeMapping { get; init; } = "TIMESTAMP_NTZ";
}
