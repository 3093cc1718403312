using Mockhaus.Engine.Results;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;
using static Mockhaus.Engine.Metadata.MetadataResult;

namespace Mockhaus.Engine.Metadata;

/// <summary>DESCRIBE TABLE / VIEW / SCHEMA / DATABASE / SEQUENCE with Snowflake's output columns.</summary>
public static class DescribeCommand
{
    /// <summary>
    /// <paramref name="objectKind"/>: TABLE, VIEW, SCHEMA, DATABASE or SEQUENCE (as written; "" or null means TABLE).
    /// <paramref name="name"/>: the Snowflake-resolved name, parts missing resolved against the session context.
    /// </summary>
    public static IResultStream Execute(string? objectKind, ObjectName name, MetadataContext context)
    {
        var kind = MetadataStore.NormalizeKind(string.IsNullOrWhiteSpace(objectKind) ? "TABLE" : objectKind);
        return kind switch
        {
            "TABLE" or "VIEW" => Table(kind, name, context),
            "SCHEMA" => Schema(name, context),
            "DATABASE" => Database(name, context),
            "SEQUENCE" => Sequence(name, context),
            _ => throw SnowflakeErrors.Unsupported("DESCRIBE " + kind),
        };
    }

    // https://docs.snowflake.com/en/sql-reference/sql/desc-table: name, type, kind, null?, default, primary key,
    // unique key, check, expression, comment, policy name, privacy domain. null?/primary key/unique key are Y or N.
    private static IResultStream Table(string kind, ObjectName name, MetadataContext context)
    {
        var (database, schema) = Resolve(name, context);
        var table = context.Catalog.Exists(database)
            ? MetadataReader.Tables(context.Connection, database, schema, name.Name).FirstOrDefault()
            : null;
        if (table is null || (kind == "VIEW" && table.ObjectKind != "VIEW"))
            throw NotFound(kind == "VIEW" ? "View" : "Table", $"{database}.{schema}.{name.Name}");
        var columns = MetadataReader.Columns(context.Connection, database, schema, name.Name);
        var constraints = MetadataReader.Constraints(context.Connection, database, schema, name.Name);
        var primary = constraints.Where(c => c.Kind == "PRIMARY KEY").SelectMany(c => c.Columns).ToHashSet();
        var unique = constraints.Where(c => c.Kind == "UNIQUE").SelectMany(c => c.Columns).ToHashSet();
        var rows = columns.Select(c => new object?[]
        {
            c.Name, c.Type.ToString(), "COLUMN", c.Nullable ? "Y" : "N", DefaultOf(c), primary.Contains(c.Name) ? "Y" : "N",
            unique.Contains(c.Name) ? "Y" : "N", null, null, c.Comment, null, null,
        }).ToList();
        return Build([T("name"), T("type"), T("kind"), T("null?"), T("default"), T("primary key"), T("unique key"), T("check"),
            T("expression"), T("comment"), T("policy name"), T("privacy domain")], rows);
    }

    internal static string? DefaultOf(ColumnRow c) =>
        c.IdentityStart is { } start ? $"IDENTITY START {start} INCREMENT {c.IdentityIncrement ?? 1} ORDER" : c.Default;

    // https://docs.snowflake.com/en/sql-reference/sql/desc-schema: created_on, name, kind of each object in the schema.
    private static IResultStream Schema(ObjectName name, MetadataContext context)
    {
        var database = name.Schema ?? name.Database ?? context.Database ?? throw NotFound("Schema", name.Name);
        if (!context.Catalog.Exists(database) || !context.Catalog.SchemaExists(database, name.Name))
            throw NotFound("Schema", $"{database}.{name.Name}");
        var rows = MetadataReader.Tables(context.Connection, database, name.Name)
            .Select(t => new object?[] { t.CreatedOn, t.Name, t.ObjectKind })
            .Concat(MetadataReader.Sequences(context.Connection, database, name.Name).Select(s => new object?[] { s.CreatedOn, s.Name, "SEQUENCE" }))
            .OrderBy(r => (string)r[1]!, StringComparer.Ordinal)
            .ToList();
        return Build([Ts("created_on"), T("name"), T("kind")], rows);
    }

    // https://docs.snowflake.com/en/sql-reference/sql/desc-database: created_on, name, kind (SCHEMA) of each schema.
    private static IResultStream Database(ObjectName name, MetadataContext context)
    {
        if (!context.Catalog.Exists(name.Name))
            throw new SnowflakeSqlException("002043", "02000", $"SQL compilation error:\nDatabase '{name.Name}' does not exist or not authorized.");
        var records = MetadataReader.Objects(context.Connection, name.Name, "SCHEMA").ToDictionary(o => o.Name);
        var dbCreated = MetadataReader.DatabaseCreated(context.Connection, name.Name);
        var rows = MetadataReader.Schemas(context.Connection, name.Name).Append("INFORMATION_SCHEMA").Order(StringComparer.Ordinal)
            .Select(s => new object?[] { records.TryGetValue(s, out var r) ? r.CreatedOn : dbCreated, s, "SCHEMA" })
            .ToList();
        return Build([Ts("created_on"), T("name"), T("kind")], rows);
    }

    // https://docs.snowflake.com/en/sql-reference/sql/desc-sequence
    private static IResultStream Sequence(ObjectName name, MetadataContext context)
    {
        var (database, schema) = Resolve(name, context);
        var sequence = context.Catalog.Exists(database)
            ? MetadataReader.Sequences(context.Connection, database, schema).FirstOrDefault(s => s.Name == name.Name)
            : null;
        if (sequence is null)
            throw NotFound("Sequence", $"{database}.{schema}.{name.Name}");
        return Build([Ts("created_on"), T("name"), T("schema_name"), T("database_name"), N("next_value"), N("interval"), T("owner"),
            T("comment"), T("owner_role_type"), T("ordered")],
            [[sequence.CreatedOn, sequence.Name, sequence.Schema, sequence.Database, sequence.Next, sequence.Increment, "SYSADMIN",
                sequence.Comment ?? "", "ROLE", "Y"]]);
    }

    internal static (string Database, string Schema) Resolve(ObjectName name, MetadataContext context)
    {
        var database = name.Database ?? context.Database ?? throw new SnowflakeSqlException("090105", "22000",
            "Cannot perform DESCRIBE. This session does not have a current database. Call 'USE DATABASE', or use a qualified name.");
        var schema = name.Schema ?? context.Schema ?? throw new SnowflakeSqlException("090106", "22000",
            "Cannot perform DESCRIBE. This session does not have a current schema. Call 'USE SCHEMA', or use a qualified name.");
        return (database, schema);
    }

    internal static SnowflakeSqlException NotFound(string what, string name) =>
        new("002003", what is "Schema" or "Database" ? "02000" : "42S02", $"SQL compilation error:\n{what} '{name}' does not exist or not authorized.");
}
