using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;

namespace Mockhaus.Engine.Metadata;

internal sealed record TableRow(string Database, string Schema, string Name, string ObjectKind, string TableKind,
    string? Comment, DateTimeOffset? CreatedOn, DateTimeOffset? LastAltered, long? Rows, long? Bytes, string? ViewText,
    bool IsSecure, string Owner);

internal sealed record ColumnRow(string Database, string Schema, string Table, string ObjectKind, string Name, int Ordinal,
    DeclaredType Type, bool Nullable, string? Default, string? Comment, long? IdentityStart, long? IdentityIncrement);

internal sealed record ConstraintRow(string Database, string Schema, string Table, string Name, string Kind,
    IReadOnlyList<string> Columns, string? RefDatabase, string? RefSchema, string? RefTable, IReadOnlyList<string> RefColumns,
    DateTimeOffset? CreatedOn, string? Comment);

internal sealed record ObjectRow(string Schema, string Name, string Kind, string TableKind, string? Comment,
    DateTimeOffset? CreatedOn, bool Flag, long? SeqStart, long? SeqIncrement);

internal sealed record SequenceRow(string Database, string Schema, string Name, long Start, long Increment, long Next,
    string? Comment, DateTimeOffset? CreatedOn);

/// <summary>Reads the merged metadata views of one database into rows.</summary>
internal static class MetadataReader
{
    public static List<TableRow> Tables(DuckDBConnection c, string database, string? schema = null, string? name = null) =>
        Ensured(c, database).Query($"""
            SELECT database_name, schema_name, name, object_kind, table_kind, comment, created_on, last_altered, row_count,
              bytes, view_text, is_secure, owner
            FROM {MetadataStore.Meta(database)}."TABLES_V"
            WHERE ($1 IS NULL OR schema_name = $1) AND ($2 IS NULL OR name = $2)
            ORDER BY schema_name, name
            """, schema, name)
        .Select(r => new TableRow((string)r[0]!, (string)r[1]!, (string)r[2]!, (string)r[3]!, (string)r[4]!, (string?)r[5],
            Ts(r[6]), Ts(r[7]), Long(r[8]), Long(r[9]), (string?)r[10], r[11] is true, (string)r[12]!)).ToList();

    public static List<ColumnRow> Columns(DuckDBConnection c, string database, string? schema = null, string? table = null) =>
        Ensured(c, database).Query($"""
            SELECT database_name, schema_name, table_name, object_kind, column_name, ordinal_position, type_name,
              type_precision, type_scale, type_length, is_nullable, default_text, comment, identity_start, identity_increment
            FROM {MetadataStore.Meta(database)}."COLUMNS_V"
            WHERE ($1 IS NULL OR schema_name = $1) AND ($2 IS NULL OR table_name = $2)
            ORDER BY schema_name, table_name, ordinal_position
            """, schema, table)
        .Select(r => new ColumnRow((string)r[0]!, (string)r[1]!, (string)r[2]!, (string)r[3]!, (string)r[4]!,
            Convert.ToInt32(r[5]), DeclaredType.Stored((string)r[6]!, Int(r[7]), Int(r[8]), Long(r[9])), r[10] is true,
            (string?)r[11], (string?)r[12], Long(r[13]), Long(r[14]))).ToList();

    public static List<ConstraintRow> Constraints(DuckDBConnection c, string database, string? schema = null, string? table = null) =>
        Ensured(c, database).Query($"""
            SELECT c.schema_name, c.table_name, c.constraint_name, c.kind, c.column_names, c.ref_database, c.ref_schema,
              c.ref_table, c.ref_columns, c.created_on, c.comment
            FROM {MetadataStore.Meta(database)}."CONSTRAINTS" c
            WHERE ($1 IS NULL OR c.schema_name = $1) AND ($2 IS NULL OR c.table_name = $2)
              AND EXISTS (SELECT 1 FROM {MetadataStore.Meta(database)}."TABLES_V" t WHERE t.schema_name = c.schema_name AND t.name = c.table_name)
            ORDER BY c.schema_name, c.table_name, c.created_on
            """, schema, table)
        .Select(r => new ConstraintRow(database, (string)r[0]!, (string)r[1]!, (string)r[2]!, (string)r[3]!, Strings(r[4]),
            (string?)r[5], (string?)r[6], (string?)r[7], Strings(r[8]), Ts(r[9]), (string?)r[10])).ToList();

    /// <summary>Records of the store itself (DATABASE and SCHEMA rows, sequences).</summary>
    public static List<ObjectRow> Objects(DuckDBConnection c, string database, string kind) =>
        Ensured(c, database).Query($"""
            SELECT schema_name, name, kind, table_kind, comment, created_on, coalesce(is_secure, false), seq_start, seq_increment
            FROM {MetadataStore.Meta(database)}."OBJECTS" WHERE kind = $1 ORDER BY schema_name, name
            """, kind)
        .Select(r => new ObjectRow((string)r[0]!, (string)r[1]!, (string)r[2]!, (string?)r[3] ?? "", (string?)r[4], Ts(r[5]),
            r[6] is true, Long(r[7]), Long(r[8]))).ToList();

    public static List<string> Schemas(DuckDBConnection c, string database) =>
        MetadataStore.Query(c, """
            SELECT schema_name FROM duckdb_schemas() WHERE database_name = $1 ORDER BY schema_name
            """, database)
        .Select(r => (string)r[0]!)
        .Where(s => s != "main" && !MetadataStore.IsHiddenSchema(s))
        .ToList();

    public static List<SequenceRow> Sequences(DuckDBConnection c, string database, string? schema = null) =>
        Ensured(c, database).Query($"""
            SELECT q.schema_name, q.sequence_name, coalesce(o.seq_start, q.start_value), coalesce(o.seq_increment, q.increment_by),
              CASE WHEN q.last_value IS NULL THEN q.start_value ELSE q.last_value + q.increment_by END, o.comment, o.created_on
            FROM duckdb_sequences() q
            LEFT JOIN {MetadataStore.Meta(database)}."OBJECTS" o ON o.kind = 'SEQUENCE' AND o.schema_name = q.schema_name AND o.name = q.sequence_name
            WHERE q.database_name = $1 AND ($2 IS NULL OR q.schema_name = $2) AND q.schema_name NOT IN ('main', '{MetadataStore.SchemaName}', '{InformationSchema.SchemaName}')
            ORDER BY q.schema_name, q.sequence_name
            """, database, schema)
        .Select(r => new SequenceRow(database, (string)r[0]!, (string)r[1]!, Convert.ToInt64(r[2]), Convert.ToInt64(r[3]),
            Convert.ToInt64(r[4]), (string?)r[5], Ts(r[6]))).ToList();

    /// <summary>A database attached without the store (e.g. by code that bypassed the session) gets it on first read.</summary>
    private static Reader Ensured(DuckDBConnection c, string database)
    {
        MetadataStore.EnsureInstalled(c, database);
        return new Reader(c);
    }

    private readonly record struct Reader(DuckDBConnection Connection)
    {
        public List<object?[]> Query(string sql, params object?[] parameters) => MetadataStore.Query(Connection, sql, parameters);
    }

    public static DateTimeOffset? DatabaseCreated(DuckDBConnection c, string database) =>
        Objects(c, database, "DATABASE").FirstOrDefault()?.CreatedOn;

    private static DateTimeOffset? Ts(object? value) => value switch
    {
        null => null,
        DateTimeOffset o => o,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => null,
    };

    private static long? Long(object? value) => value is null ? null : Convert.ToInt64(value);
    private static int? Int(object? value) => value is null ? null : Convert.ToInt32(value);

    private static IReadOnlyList<string> Strings(object? value) => value switch
    {
        null => [],
        System.Collections.IEnumerable e => e.Cast<object?>().Select(o => Convert.ToString(o) ?? "").ToList(),
        _ => [],
    };

    public static string Quote(string database) => Identifiers.Quote(database);
}
