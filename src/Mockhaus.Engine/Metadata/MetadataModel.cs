namespace Mockhaus.Engine.Metadata;

/// <summary>A column as declared in CREATE TABLE / ALTER TABLE ADD COLUMN; names are Snowflake-resolved.</summary>
public sealed record ColumnMetadata(string Name, string DeclaredType)
{
    public bool NotNull { get; init; }
    /// <summary>The DEFAULT expression as Snowflake shows it (source text), or null.</summary>
    public string? Default { get; init; }
    public string? Comment { get; init; }
    public long? IdentityStart { get; init; }
    public long? IdentityIncrement { get; init; }
}

/// <summary>
/// An informational constraint (never enforced, as in Snowflake): Kind is "PRIMARY KEY", "UNIQUE" or "FOREIGN KEY".
/// Column-level constraints are passed as one-column table constraints.
/// </summary>
public sealed record ConstraintMetadata(string Kind, IReadOnlyList<string> Columns)
{
    /// <summary>CONSTRAINT name as written; null gets a generated SYS_CONSTRAINT_ name.</summary>
    public string? Name { get; init; }
    /// <summary>For FOREIGN KEY: the referenced table (parts may be null: resolved against the table's own database/schema).</summary>
    public Mockhaus.Sql.ObjectName? References { get; init; }
    /// <summary>For FOREIGN KEY: the referenced columns; empty means the referenced table's primary key.</summary>
    public IReadOnlyList<string> ReferencedColumns { get; init; } = [];
}

/// <summary>What CREATE TABLE declared. TableKind: null/"" (permanent), "TRANSIENT" or "TEMPORARY" (VOLATILE, LOCAL TEMP... resolve to TEMPORARY).</summary>
public sealed record TableMetadata(string Name)
{
    public string? TableKind { get; init; }
    public string? Comment { get; init; }
    /// <summary>Declared columns; empty for CREATE TABLE AS SELECT (types then come from DuckDB).</summary>
    public IReadOnlyList<ColumnMetadata> Columns { get; init; } = [];
    public IReadOnlyList<ConstraintMetadata> Constraints { get; init; } = [];
}

/// <summary>A Snowflake session variable (SET x = ...), as SHOW VARIABLES lists it.</summary>
public sealed record VariableInfo(string Name, string? Value, string Type, DateTimeOffset CreatedOn, DateTimeOffset UpdatedOn);
