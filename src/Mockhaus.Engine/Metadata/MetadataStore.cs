using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// Keeps what DuckDB loses about Snowflake objects (declared column types, comments, created_on, table kind,
/// view text, informational constraints) in hidden tables of a schema <see cref="SchemaName"/> inside each
/// attached database, so it persists with the database's file. Two hidden views there (TABLES_V, COLUMNS_V)
/// merge it with DuckDB's catalog; SHOW, DESCRIBE, GET_DDL and INFORMATION_SCHEMA read those.
/// Every Record* call is made after the DDL succeeded on DuckDB; names are Snowflake-resolved.
/// </summary>
public static class MetadataStore
{
    /// <summary>Hidden schema holding the store (never listed).</summary>
    public const string SchemaName = "_MOCKHAUS_META";

    internal static readonly string[] HiddenSchemas = [SchemaName, InformationSchema.SchemaName];

    public static bool IsHiddenSchema(string schema) =>
        HiddenSchemas.Contains(schema, StringComparer.OrdinalIgnoreCase);

    internal static string Meta(string database) => $"{Identifiers.Quote(database)}.{Identifiers.Quote(SchemaName)}";

    /// <summary>
    /// Creates (idempotently) the store and the INFORMATION_SCHEMA views in <paramref name="database"/>. Call after
    /// the database is created or attached (including at startup for files found in the data directory) and after a
    /// rename. Records the database's created_on on first install.
    /// </summary>
    public static void Install(DuckDBConnection connection, string database)
    {
        var m = Meta(database);
        Exec(connection, $"CREATE SCHEMA IF NOT EXISTS {m}");
        Exec(connection, $"""
            CREATE TABLE IF NOT EXISTS {m}."OBJECTS" (schema_name VARCHAR, name VARCHAR, kind VARCHAR, table_kind VARCHAR,
              comment VARCHAR, created_on TIMESTAMPTZ, last_altered TIMESTAMPTZ, view_text VARCHAR, is_secure BOOLEAN,
              owner VARCHAR, seq_start BIGINT, seq_increment BIGINT)
            """);
        Exec(connection, $"""
            CREATE TABLE IF NOT EXISTS {m}."COLUMNS" (schema_name VARCHAR, table_name VARCHAR, column_name VARCHAR,
              type_name VARCHAR, type_precision INTEGER, type_scale INTEGER, type_length BIGINT, not_null BOOLEAN,
              default_text VARCHAR, comment VARCHAR, identity_start BIGINT, identity_increment BIGINT)
            """);
        Exec(connection, $"""
            CREATE TABLE IF NOT EXISTS {m}."CONSTRAINTS" (schema_name VARCHAR, table_name VARCHAR, constraint_name VARCHAR,
              kind VARCHAR, column_names VARCHAR[], ref_database VARCHAR, ref_schema VARCHAR, ref_table VARCHAR,
              ref_columns VARCHAR[], created_on TIMESTAMPTZ, comment VARCHAR)
            """);
        Exec(connection, $"""
            INSERT INTO {m}."OBJECTS" (schema_name, name, kind, table_kind, created_on, last_altered, owner)
            SELECT '', $1, 'DATABASE', '', now(), now(), 'SYSADMIN'
            WHERE NOT EXISTS (SELECT 1 FROM {m}."OBJECTS" WHERE kind = 'DATABASE')
            """, database);
        Exec(connection, $"""
            INSERT INTO {m}."OBJECTS" (schema_name, name, kind, table_kind, created_on, last_altered, owner)
            SELECT s.schema_name, s.schema_name, 'SCHEMA', '', now(), now(), 'SYSADMIN'
            FROM duckdb_schemas() s WHERE s.database_name = $1 AND s.schema_name NOT IN ('main', '{SchemaName}', '{InformationSchema.SchemaName}')
              AND NOT EXISTS (SELECT 1 FROM {m}."OBJECTS" o WHERE o.kind = 'SCHEMA' AND o.name = s.schema_name)
            """, database);
        Exec(connection, TablesView(database));
        Exec(connection, ColumnsView(database));
        Exec(connection, $"CREATE TABLE IF NOT EXISTS {DatabaseRegistry} (name VARCHAR, kind VARCHAR, comment VARCHAR, created_on TIMESTAMPTZ, last_altered TIMESTAMPTZ)");
        InformationSchema.Create(connection, database);
        SyncDatabaseRegistry(connection, database);
    }

    /// <summary>
    /// In-memory copy of every attached database's own record (kind, comment, created_on), so INFORMATION_SCHEMA.DATABASES,
    /// which lists all databases from inside each one, can show them. Rebuilt from the stores on attach.
    /// </summary>
    internal const string DatabaseRegistry = "memory.main.\"_MOCKHAUS_DATABASES\"";

    private static void SyncDatabaseRegistry(DuckDBConnection connection, string database)
    {
        if (!Exists(connection, database))
            return;
        Exec(connection, $"CREATE TABLE IF NOT EXISTS {DatabaseRegistry} (name VARCHAR, kind VARCHAR, comment VARCHAR, created_on TIMESTAMPTZ, last_altered TIMESTAMPTZ)");
        Exec(connection, $"DELETE FROM {DatabaseRegistry} WHERE name = $1", database);
        Exec(connection, $"""
            INSERT INTO {DatabaseRegistry} SELECT $1, table_kind, comment, created_on, last_altered
            FROM {Meta(database)}."OBJECTS" WHERE kind = 'DATABASE'
            """, database);
    }

    /// <summary>Installs the store when the database has none yet (a database attached before metadata existed).</summary>
    public static void EnsureInstalled(DuckDBConnection connection, string database)
    {
        var installed = Query(connection, "SELECT 1 FROM duckdb_views() WHERE database_name = $1 AND schema_name = $2 AND view_name = 'COLUMNS_V'",
            database, SchemaName).Count > 0;
        if (!installed)
        {
            Install(connection, database);
            return;
        }
        // A database file attached in a new process: the in-memory registry needs its row again.
        long registered;
        try
        {
            registered = Convert.ToInt64(Query(connection, $"SELECT count(*) FROM {DatabaseRegistry} WHERE name = $1", database)[0][0]);
        }
        catch (DuckDBException)
        {
            registered = 0;
        }
        if (registered == 0)
            SyncDatabaseRegistry(connection, database);
    }

    /// <summary>
    /// The declared columns of a table or view in order (name, Snowflake type as DESCRIBE shows it, nullability), for
    /// result metadata: a query column that is a plain column of this table reports <c>Type.ToSnowflakeType()</c>
    /// (VARCHAR(100) → text length 100). Empty when the table does not exist.
    /// </summary>
    /// <remarks>Fast (about a millisecond): PRAGMA table_info plus the store's rows, not the merged views.</remarks>
    public static IReadOnlyList<(string Name, DeclaredType Type, bool Nullable)> ColumnTypes(DuckDBConnection connection,
        string database, string schema, string table)
    {
        List<object?[]> info;
        try
        {
            info = Query(connection, $"PRAGMA table_info({Lit($"{Identifiers.Quote(database)}.{Identifiers.Quote(schema)}.{Identifiers.Quote(table)}")})");
        }
        catch (DuckDBException)
        {
            return [];
        }
        List<object?[]> rows;
        try
        {
            rows = Query(connection, $"""
                SELECT column_name, type_name, type_precision, type_scale, type_length, not_null
                FROM {Meta(database)}."COLUMNS" WHERE schema_name = $1 AND table_name = $2
                """, schema, table);
        }
        catch (DuckDBException)
        {
            rows = []; // no store in this database: DuckDB's types
        }
        var declared = rows
            .ToDictionary(r => (string)r[0]!, r => (Type: DeclaredType.Stored((string)r[1]!, r[2] is null ? null : Convert.ToInt32(r[2]),
                r[3] is null ? null : Convert.ToInt32(r[3]), r[4] is null ? null : Convert.ToInt64(r[4])), NotNull: r[5] is true));
        // table_info: cid, name, type, notnull, dflt_value, pk
        return info.Select(r =>
        {
            var name = (string)r[1]!;
            var notNull = r[3] is true;
            return declared.TryGetValue(name, out var d)
                ? (name, d.Type, !(notNull || d.NotNull))
                : (name, DeclaredType.FromDuckDb((string)r[2]!), !notNull);
        }).ToList();
    }

    private static bool Exists(DuckDBConnection connection, string database) =>
        Query(connection, "SELECT 1 FROM duckdb_views() WHERE database_name = $1 AND schema_name = $2 AND view_name = 'COLUMNS_V'",
            database, SchemaName).Count > 0;

    private static string Lit(string value) => Identifiers.Literal(value);

    private static string HiddenList => "('" + SchemaName + "', '" + InformationSchema.SchemaName + "', 'main')";

    /// <summary>TABLES_V: every table and view of the database (and the session's TEMPORARY tables recorded in it).</summary>
    private static string TablesView(string database)
    {
        var m = Meta(database);
        var db = Lit(database);
        const string dbCreated = "dbo.created_on";
        return $"""
            CREATE OR REPLACE VIEW {m}."TABLES_V" AS
            WITH dbo AS (SELECT max(created_on) AS created_on FROM {m}."OBJECTS" WHERE kind = 'DATABASE'),
            o AS (SELECT * FROM {m}."OBJECTS" WHERE kind IN ('TABLE', 'VIEW'))
            SELECT {db} AS database_name,
              CASE WHEN t.temporary THEN o.schema_name ELSE t.schema_name END AS schema_name,
              t.table_name AS name, 'TABLE' AS object_kind,
              CASE WHEN t.temporary THEN 'TEMPORARY' ELSE coalesce(o.table_kind, '') END AS table_kind,
              coalesce(o.comment, t.comment) AS comment,
              coalesce(o.created_on, {dbCreated}) AS created_on,
              coalesce(o.last_altered, o.created_on, {dbCreated}) AS last_altered,
              t.estimated_size AS row_count,
              CASE WHEN t.estimated_size = 0 THEN 0 ELSE 1024 * ceil(t.estimated_size * t.column_count * 8 / 1024) END::BIGINT AS bytes,
              NULL::VARCHAR AS view_text, false AS is_secure, coalesce(o.owner, 'SYSADMIN') AS owner,
              t.database_name AS duck_database, t.schema_name AS duck_schema
            FROM duckdb_tables() t CROSS JOIN dbo
            LEFT JOIN o ON o.kind = 'TABLE' AND o.name = t.table_name
              AND (CASE WHEN t.temporary THEN o.table_kind = 'TEMPORARY' ELSE o.schema_name = t.schema_name END)
            WHERE (t.database_name = {db} AND NOT t.temporary AND t.schema_name NOT IN {HiddenList})
               OR (t.temporary AND o.name IS NOT NULL)
            UNION ALL
            SELECT {db}, CASE WHEN v.temporary THEN o.schema_name ELSE v.schema_name END, v.view_name, 'VIEW',
              CASE WHEN v.temporary THEN 'TEMPORARY' ELSE '' END, coalesce(o.comment, v.comment),
              coalesce(o.created_on, {dbCreated}), coalesce(o.last_altered, o.created_on, {dbCreated}),
              NULL::BIGINT, NULL::BIGINT, coalesce(o.view_text, v.sql), coalesce(o.is_secure, false),
              coalesce(o.owner, 'SYSADMIN'), v.database_name, v.schema_name
            FROM duckdb_views() v CROSS JOIN dbo
            LEFT JOIN o ON o.kind = 'VIEW' AND o.name = v.view_name
              AND (CASE WHEN v.temporary THEN o.table_kind = 'TEMPORARY' ELSE o.schema_name = v.schema_name END)
            WHERE NOT v.internal AND ((v.database_name = {db} AND NOT v.temporary AND v.schema_name NOT IN {HiddenList})
               OR (v.temporary AND o.name IS NOT NULL))
            """;
    }

    /// <summary>COLUMNS_V: every column of TABLES_V with its declared (or DuckDB-derived) Snowflake type.</summary>
    private static string ColumnsView(string database)
    {
        var m = Meta(database);
        const string numberTypes = "('TINYINT','SMALLINT','INTEGER','BIGINT','HUGEINT','UTINYINT','USMALLINT','UINTEGER','UBIGINT','UHUGEINT')";
        return $"""
            CREATE OR REPLACE VIEW {m}."COLUMNS_V" AS
            WITH d AS (
              SELECT c.*, CASE
                WHEN c.data_type LIKE 'DECIMAL%' OR c.data_type IN {numberTypes} THEN 'NUMBER'
                WHEN c.data_type IN ('FLOAT', 'DOUBLE') THEN 'FLOAT'
                WHEN c.data_type = 'BLOB' THEN 'BINARY'
                WHEN c.data_type = 'BOOLEAN' THEN 'BOOLEAN'
                WHEN c.data_type = 'DATE' THEN 'DATE'
                WHEN c.data_type IN ('TIME', 'TIME_NS') THEN 'TIME'
                WHEN c.data_type IN ('TIMESTAMP', 'TIMESTAMP_NS', 'TIMESTAMP_MS', 'TIMESTAMP_S') THEN 'TIMESTAMP_NTZ'
                WHEN c.data_type = 'TIMESTAMP WITH TIME ZONE' THEN 'TIMESTAMP_LTZ'
                WHEN c.data_type = '{Mockhaus.Sql.Generation.TypeMapper.TimestampTzCatalogType}' THEN 'TIMESTAMP_TZ'
                WHEN c.data_type = 'JSON' THEN 'VARIANT'
                WHEN c.data_type LIKE '%[]' OR c.data_type LIKE 'LIST%' THEN 'ARRAY'
                WHEN c.data_type LIKE 'STRUCT%' OR c.data_type LIKE 'MAP%' THEN 'OBJECT'
                ELSE 'VARCHAR' END AS sf_type
              FROM duckdb_columns() c)
            SELECT t.database_name, t.schema_name, t.name AS table_name, t.object_kind, c.column_name,
              c.column_index AS ordinal_position,
              CASE WHEN mc.column_name IS NOT NULL THEN mc.type_name ELSE c.sf_type END AS type_name,
              CASE WHEN mc.column_name IS NOT NULL THEN mc.type_precision
                   WHEN c.sf_type = 'NUMBER' THEN CASE WHEN c.data_type LIKE 'DECIMAL%' THEN c.numeric_precision ELSE 38 END END AS type_precision,
              CASE WHEN mc.column_name IS NOT NULL THEN mc.type_scale
                   WHEN c.sf_type = 'NUMBER' THEN CASE WHEN c.data_type LIKE 'DECIMAL%' THEN c.numeric_scale ELSE 0 END
                   WHEN c.sf_type IN ('TIME', 'TIMESTAMP_NTZ', 'TIMESTAMP_LTZ', 'TIMESTAMP_TZ') THEN 9 END AS type_scale,
              CASE WHEN mc.column_name IS NOT NULL THEN mc.type_length
                   WHEN c.sf_type = 'VARCHAR' THEN 16777216 WHEN c.sf_type = 'BINARY' THEN 8388608 END AS type_length,
              c.is_nullable AND NOT coalesce(mc.not_null, false) AS is_nullable,
              coalesce(mc.default_text, c.column_default) AS default_text,
              coalesce(mc.comment, c.comment) AS comment, mc.identity_start, mc.identity_increment
            FROM d c
            JOIN {m}."TABLES_V" t ON c.database_name = t.duck_database AND c.schema_name = t.duck_schema AND c.table_name = t.name
            LEFT JOIN {m}."COLUMNS" mc ON mc.schema_name = t.schema_name AND mc.table_name = t.name AND mc.column_name = c.column_name
            """;
    }

    /// <summary>After CREATE DATABASE (Install first). Keeps created_on unless <paramref name="replace"/>.</summary>
    public static void RecordCreateDatabase(DuckDBConnection connection, string database, string? comment, bool transient = false)
    {
        var m = Meta(database);
        Exec(connection, $"UPDATE {m}.\"OBJECTS\" SET comment = $1, table_kind = $2, name = $3 WHERE kind = 'DATABASE'",
            comment, transient ? "TRANSIENT" : "", database);
        SyncDatabaseRegistry(connection, database);
    }

    /// <summary>After CREATE SCHEMA (also CREATE OR REPLACE: the old record is replaced).</summary>
    public static void RecordCreateSchema(DuckDBConnection connection, string database, string schema, string? comment,
        bool transient = false, bool managedAccess = false)
    {
        var m = Meta(database);
        Exec(connection, $"DELETE FROM {m}.\"OBJECTS\" WHERE kind = 'SCHEMA' AND name = $1", schema);
        Exec(connection, $"""
            INSERT INTO {m}."OBJECTS" (schema_name, name, kind, table_kind, comment, created_on, last_altered, owner, is_secure)
            VALUES ($1, $1, 'SCHEMA', $2, $3, now(), now(), 'SYSADMIN', $4)
            """, schema, transient ? "TRANSIENT" : "", comment, managedAccess);
    }

    /// <summary>After CREATE [OR REPLACE] TABLE, CTAS included (then <see cref="TableMetadata.Columns"/> may be empty).</summary>
    public static void RecordCreateTable(DuckDBConnection connection, string database, string schema, TableMetadata table,
        string timestampTypeMapping = "TIMESTAMP_NTZ")
    {
        var m = Meta(database);
        RecordDrop(connection, database, schema, table.Name, "TABLE");
        var kind = NormalizeTableKind(table.TableKind);
        Exec(connection, $"""
            INSERT INTO {m}."OBJECTS" (schema_name, name, kind, table_kind, comment, created_on, last_altered, owner)
            VALUES ($1, $2, 'TABLE', $3, $4, now(), now(), 'SYSADMIN')
            """, schema, table.Name, kind, table.Comment);
        InsertColumns(connection, m, schema, table.Name, table.Columns, timestampTypeMapping);
        var seq = 0;
        foreach (var constraint in table.Constraints)
            InsertConstraint(connection, database, schema, table.Name, constraint, ++seq);
    }

    /// <summary>After CREATE TABLE ... LIKE / CLONE: copies the source's column metadata and constraints.</summary>
    public static void RecordCopyTable(DuckDBConnection connection, string sourceDatabase, string sourceSchema, string sourceName,
        string database, string schema, string name, string? tableKind = null, string? comment = null)
    {
        RecordCreateTable(connection, database, schema, new TableMetadata(name) { TableKind = tableKind, Comment = comment });
        var from = Meta(sourceDatabase);
        var to = Meta(database);
        Exec(connection, $"""
            INSERT INTO {to}."COLUMNS" SELECT * REPLACE ($3 AS schema_name, $4 AS table_name)
            FROM {from}."COLUMNS" WHERE schema_name = $1 AND table_name = $2
            """, sourceSchema, sourceName, schema, name);
    }

    /// <summary>After CREATE [OR REPLACE] VIEW. <paramref name="text"/> is the CREATE VIEW statement's source text (GET_DDL and SHOW VIEWS print it).</summary>
    public static void RecordCreateView(DuckDBConnection connection, string database, string schema, string name, string text,
        string? comment = null, bool secure = false, bool temporary = false)
    {
        var m = Meta(database);
        RecordDrop(connection, database, schema, name, "VIEW");
        Exec(connection, $"""
            INSERT INTO {m}."OBJECTS" (schema_name, name, kind, table_kind, comment, created_on, last_altered, owner, view_text, is_secure)
            VALUES ($1, $2, 'VIEW', $3, $4, now(), now(), 'SYSADMIN', $5, $6)
            """, schema, name, temporary ? "TEMPORARY" : "", comment, text, secure);
    }

    /// <summary>After CREATE [OR REPLACE] SEQUENCE.</summary>
    public static void RecordCreateSequence(DuckDBConnection connection, string database, string schema, string name,
        long start, long increment, string? comment = null)
    {
        var m = Meta(database);
        RecordDrop(connection, database, schema, name, "SEQUENCE");
        Exec(connection, $"""
            INSERT INTO {m}."OBJECTS" (schema_name, name, kind, table_kind, comment, created_on, last_altered, owner, seq_start, seq_increment)
            VALUES ($1, $2, 'SEQUENCE', '', $3, now(), now(), 'SYSADMIN', $4, $5)
            """, schema, name, comment, start, increment);
    }

    /// <summary>
    /// After DROP of a TABLE, VIEW, SEQUENCE or SCHEMA (a schema drops the records of everything in it). Dropping a
    /// database needs no call: its store goes with it.
    /// </summary>
    public static void RecordDrop(DuckDBConnection connection, string database, string? schema, string name, string kind)
    {
        var m = Meta(database);
        kind = NormalizeKind(kind);
        if (kind == "SCHEMA")
        {
            Exec(connection, $"DELETE FROM {m}.\"OBJECTS\" WHERE schema_name = $1 AND kind <> 'DATABASE'", name);
            Exec(connection, $"DELETE FROM {m}.\"COLUMNS\" WHERE schema_name = $1", name);
            Exec(connection, $"DELETE FROM {m}.\"CONSTRAINTS\" WHERE schema_name = $1", name);
            return;
        }
        Exec(connection, $"DELETE FROM {m}.\"OBJECTS\" WHERE schema_name = $1 AND name = $2 AND kind = $3", schema, name, kind);
        if (kind is "TABLE" or "VIEW")
        {
            Exec(connection, $"DELETE FROM {m}.\"COLUMNS\" WHERE schema_name = $1 AND table_name = $2", schema, name);
            Exec(connection, $"DELETE FROM {m}.\"CONSTRAINTS\" WHERE schema_name = $1 AND table_name = $2", schema, name);
        }
    }

    /// <summary>After ALTER TABLE/VIEW/SEQUENCE ... RENAME TO (possibly into another schema or database), or ALTER SCHEMA RENAME (kind SCHEMA, schema = old name).</summary>
    public static void RecordRename(DuckDBConnection connection, string database, string schema, string name, string kind,
        string newDatabase, string newSchema, string newName)
    {
        var from = Meta(database);
        var to = Meta(newDatabase);
        kind = NormalizeKind(kind);
        if (kind == "SCHEMA")
        {
            foreach (var table in new[] { "OBJECTS", "COLUMNS", "CONSTRAINTS" })
                Exec(connection, $"UPDATE {from}.\"{table}\" SET schema_name = $2 WHERE schema_name = $1", name, newName);
            Exec(connection, $"UPDATE {from}.\"OBJECTS\" SET name = $2 WHERE kind = 'SCHEMA' AND name = $1", name, newName);
            return;
        }
        Exec(connection, $"""
            INSERT INTO {to}."OBJECTS" SELECT * REPLACE ($4 AS schema_name, $5 AS name, now() AS last_altered)
            FROM {from}."OBJECTS" WHERE schema_name = $1 AND name = $2 AND kind = $3
            """, schema, name, kind, newSchema, newName);
        Exec(connection, $"DELETE FROM {from}.\"OBJECTS\" WHERE schema_name = $1 AND name = $2 AND kind = $3 AND NOT (schema_name = $4 AND name = $5 AND {Lit(database)} = {Lit(newDatabase)})",
            schema, name, kind, newSchema, newName);
        if (kind is not ("TABLE" or "VIEW"))
            return;
        foreach (var (table, column) in new[] { ("COLUMNS", "table_name"), ("CONSTRAINTS", "table_name") })
        {
            Exec(connection, $"""
                INSERT INTO {to}."{table}" SELECT * REPLACE ($3 AS schema_name, $4 AS {column})
                FROM {from}."{table}" WHERE schema_name = $1 AND {column} = $2
                """, schema, name, newSchema, newName);
            Exec(connection, $"DELETE FROM {from}.\"{table}\" WHERE schema_name = $1 AND {column} = $2", schema, name);
        }
    }

    /// <summary>After ALTER TABLE a SWAP WITH b (same database).</summary>
    public static void RecordSwap(DuckDBConnection connection, string database, string schema, string name, string otherSchema, string otherName)
    {
        const string marker = "\u0001swap";
        RecordRename(connection, database, schema, name, "TABLE", database, schema, marker);
        RecordRename(connection, database, otherSchema, otherName, "TABLE", database, schema, name);
        RecordRename(connection, database, schema, marker, "TABLE", database, otherSchema, otherName);
    }

    /// <summary>
    /// After COMMENT ON / ALTER ... SET COMMENT / UNSET COMMENT (comment null). Kind: DATABASE (schema and name ignored),
    /// SCHEMA (name = schema), TABLE, VIEW, SEQUENCE. Creates the record when the object was not recorded.
    /// </summary>
    public static void RecordComment(DuckDBConnection connection, string database, string? schema, string name, string kind, string? comment)
    {
        var m = Meta(database);
        kind = NormalizeKind(kind);
        if (kind == "DATABASE")
        {
            Exec(connection, $"UPDATE {m}.\"OBJECTS\" SET comment = $1, last_altered = now() WHERE kind = 'DATABASE'", comment);
            SyncDatabaseRegistry(connection, database);
            return;
        }
        var schemaName = kind == "SCHEMA" ? name : schema;
        // Unrecorded objects (e.g. TABLE written as VIEW in COMMENT ON) get a record of what exists.
        Exec(connection, $"""
            INSERT INTO {m}."OBJECTS" (schema_name, name, kind, table_kind, created_on, last_altered, owner)
            SELECT $1, $2, $3, '', now(), now(), 'SYSADMIN'
            WHERE NOT EXISTS (SELECT 1 FROM {m}."OBJECTS" WHERE schema_name = $1 AND name = $2 AND kind = $3)
            """, schemaName, name, kind);
        Exec(connection, $"UPDATE {m}.\"OBJECTS\" SET comment = $4, last_altered = now() WHERE schema_name = $1 AND name = $2 AND kind = $3",
            schemaName, name, kind, comment);
    }

    /// <summary>After COMMENT ON COLUMN t.c / ALTER TABLE t ALTER COLUMN c COMMENT '...' (null unsets).</summary>
    public static void RecordColumnComment(DuckDBConnection connection, string database, string schema, string table, string column, string? comment)
    {
        EnsureColumnRecorded(connection, database, schema, table, column);
        Exec(connection, $"UPDATE {Meta(database)}.\"COLUMNS\" SET comment = $4 WHERE schema_name = $1 AND table_name = $2 AND column_name = $3",
            schema, table, column, comment);
    }

    /// <summary>After ALTER TABLE ADD COLUMN.</summary>
    public static void RecordAddColumns(DuckDBConnection connection, string database, string schema, string table,
        IReadOnlyList<ColumnMetadata> columns, string timestampTypeMapping = "TIMESTAMP_NTZ")
    {
        var m = Meta(database);
        InsertColumns(connection, m, schema, table, columns, timestampTypeMapping);
        Touch(connection, m, schema, table);
    }

    /// <summary>After ALTER TABLE DROP COLUMN.</summary>
    public static void RecordDropColumns(DuckDBConnection connection, string database, string schema, string table, IReadOnlyList<string> columns)
    {
        var m = Meta(database);
        foreach (var column in columns)
            Exec(connection, $"DELETE FROM {m}.\"COLUMNS\" WHERE schema_name = $1 AND table_name = $2 AND column_name = $3", schema, table, column);
        Touch(connection, m, schema, table);
    }

    /// <summary>After ALTER TABLE RENAME COLUMN a TO b.</summary>
    public static void RecordRenameColumn(DuckDBConnection connection, string database, string schema, string table, string from, string to)
    {
        var m = Meta(database);
        Exec(connection, $"UPDATE {m}.\"COLUMNS\" SET column_name = $4 WHERE schema_name = $1 AND table_name = $2 AND column_name = $3",
            schema, table, from, to);
        Exec(connection, $"""
            UPDATE {m}."CONSTRAINTS" SET column_names = list_transform(column_names, x -> CASE WHEN x = $3 THEN $4 ELSE x END)
            WHERE schema_name = $1 AND table_name = $2
            """, schema, table, from, to);
        Touch(connection, m, schema, table);
    }

    /// <summary>
    /// After ALTER TABLE ALTER COLUMN: a new declared type (SET DATA TYPE), SET/DROP NOT NULL (notNull), SET DEFAULT
    /// (defaultText) or DROP DEFAULT (dropDefault). Null arguments leave that property alone.
    /// </summary>
    public static void RecordAlterColumn(DuckDBConnection connection, string database, string schema, string table, string column,
        string? declaredType = null, bool? notNull = null, string? defaultText = null, bool dropDefault = false,
        string timestampTypeMapping = "TIMESTAMP_NTZ")
    {
        var m = Meta(database);
        EnsureColumnRecorded(connection, database, schema, table, column);
        const string where = "WHERE schema_name = $1 AND table_name = $2 AND column_name = $3";
        if (declaredType is not null)
        {
            var t = DeclaredType.Parse(declaredType, timestampTypeMapping);
            Exec(connection, $"UPDATE {m}.\"COLUMNS\" SET type_name = $4, type_precision = $5, type_scale = $6, type_length = $7 {where}",
                schema, table, column, t.StoredName, t.Precision, t.Scale, t.Length);
        }
        if (notNull is not null)
            Exec(connection, $"UPDATE {m}.\"COLUMNS\" SET not_null = $4 {where}", schema, table, column, notNull.Value);
        if (defaultText is not null || dropDefault)
            Exec(connection, $"UPDATE {m}.\"COLUMNS\" SET default_text = $4 {where}", schema, table, column, dropDefault ? null : defaultText);
        Touch(connection, m, schema, table);
    }

    /// <summary>After ALTER TABLE ADD [CONSTRAINT n] PRIMARY KEY / UNIQUE / FOREIGN KEY.</summary>
    public static void RecordAddConstraint(DuckDBConnection connection, string database, string schema, string table, ConstraintMetadata constraint) =>
        InsertConstraint(connection, database, schema, table, constraint, 0);

    /// <summary>
    /// After ALTER TABLE DROP CONSTRAINT n / DROP PRIMARY KEY (name null, kind "PRIMARY KEY") / DROP UNIQUE (cols) /
    /// DROP FOREIGN KEY (cols) (name null, kind and columns given).
    /// </summary>
    public static void RecordDropConstraint(DuckDBConnection connection, string database, string schema, string table, string? name,
        string? kind = null, IReadOnlyList<string>? columns = null) =>
        Exec(connection, $"""
            DELETE FROM {Meta(database)}."CONSTRAINTS" WHERE schema_name = $1 AND table_name = $2
              AND (constraint_name = $3 OR ($3 IS NULL AND kind = $4 AND ($5::VARCHAR[] IS NULL OR column_names = $5::VARCHAR[])))
            """, schema, table, name, kind, columns is null ? null : ListLiteral(columns));

    private static void InsertColumns(DuckDBConnection connection, string m, string schema, string table,
        IReadOnlyList<ColumnMetadata> columns, string timestampTypeMapping)
    {
        foreach (var column in columns)
        {
            var t = DeclaredType.Parse(column.DeclaredType, timestampTypeMapping);
            Exec(connection, $"DELETE FROM {m}.\"COLUMNS\" WHERE schema_name = $1 AND table_name = $2 AND column_name = $3", schema, table, column.Name);
            Exec(connection, $"""
                INSERT INTO {m}."COLUMNS" VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                """, schema, table, column.Name, t.StoredName, t.Precision, t.Scale, t.Length, column.NotNull, column.Default,
                column.Comment, column.IdentityStart, column.IdentityStart is null ? null : column.IdentityIncrement ?? 1);
        }
    }

    private static void InsertConstraint(DuckDBConnection connection, string database, string schema, string table,
        ConstraintMetadata constraint, int sequence)
    {
        var kind = constraint.Kind.ToUpperInvariant();
        var name = constraint.Name ?? "SYS_CONSTRAINT_" + Guid.NewGuid().ToString();
        var reference = constraint.References;
        Exec(connection, $"""
            INSERT INTO {Meta(database)}."CONSTRAINTS" VALUES ($1, $2, $3, $4, $5::VARCHAR[], $6, $7, $8, $9::VARCHAR[], now() + to_microseconds($10), NULL)
            """, schema, table, name, kind, ListLiteral(constraint.Columns),
            reference is null ? null : reference.Database ?? database,
            reference is null ? null : reference.Schema ?? schema,
            reference?.Name, ListLiteral(constraint.ReferencedColumns), (long)sequence);
    }

    private static string ListLiteral(IReadOnlyList<string> values) =>
        "[" + string.Join(", ", values.Select(v => "'" + v.Replace("'", "''") + "'")) + "]";

    private static void EnsureColumnRecorded(DuckDBConnection connection, string database, string schema, string table, string column)
    {
        var m = Meta(database);
        Exec(connection, $"""
            INSERT INTO {m}."COLUMNS" (schema_name, table_name, column_name, type_name, type_precision, type_scale, type_length, not_null, default_text)
            SELECT schema_name, table_name, column_name, type_name, type_precision, type_scale, type_length, NOT is_nullable, default_text
            FROM {m}."COLUMNS_V" v WHERE schema_name = $1 AND table_name = $2 AND column_name = $3
              AND NOT EXISTS (SELECT 1 FROM {m}."COLUMNS" c WHERE c.schema_name = $1 AND c.table_name = $2 AND c.column_name = $3)
            """, schema, table, column);
    }

    private static void Touch(DuckDBConnection connection, string m, string schema, string table) =>
        Exec(connection, $"UPDATE {m}.\"OBJECTS\" SET last_altered = now() WHERE schema_name = $1 AND name = $2 AND kind IN ('TABLE', 'VIEW')", schema, table);

    internal static string NormalizeKind(string kind)
    {
        var k = kind.Trim().ToUpperInvariant();
        return k switch
        {
            "TRANSIENT TABLE" or "TEMPORARY TABLE" or "TEMP TABLE" or "EXTERNAL TABLE" or "DYNAMIC TABLE" => "TABLE",
            "SECURE VIEW" or "MATERIALIZED VIEW" => "VIEW",
            _ => k,
        };
    }

    private static string NormalizeTableKind(string? kind) => kind?.Trim().ToUpperInvariant() switch
    {
        null or "" => "",
        "TRANSIENT" => "TRANSIENT",
        "TEMP" or "TEMPORARY" or "VOLATILE" or "LOCAL TEMPORARY" or "LOCAL TEMP" or "GLOBAL TEMPORARY" or "GLOBAL TEMP" => "TEMPORARY",
        var other => other!,
    };

    internal static void Exec(DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
            command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        command.ExecuteNonQuery();
    }

    internal static List<object?[]> Query(DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
            command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
