using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// Snowflake's INFORMATION_SCHEMA views, per database. DuckDB reserves the schema name INFORMATION_SCHEMA (its own
/// built-in catalog views; CREATE SCHEMA "DB"."INFORMATION_SCHEMA" fails), so the views live in the hidden schema
/// <see cref="SchemaName"/> of each database, and the translator's generator points references to INFORMATION_SCHEMA
/// there. Column names and values follow
/// https://docs.snowflake.com/en/sql-reference/info-schema (one page a view).
/// </summary>
public static class InformationSchema
{
    public const string SchemaName = Mockhaus.Sql.CatalogNames.InformationSchemaStorage;

    /// <summary>The views this emulator provides.</summary>
    public static readonly IReadOnlyList<string> Views =
        ["DATABASES", "SCHEMATA", "TABLES", "COLUMNS", "VIEWS", "SEQUENCES", "TABLE_CONSTRAINTS", "REFERENTIAL_CONSTRAINTS", "FUNCTIONS"];

    /// <summary>(Re)creates the views in <paramref name="database"/>; called by <see cref="MetadataStore.Install"/>.</summary>
    public static void Create(DuckDBConnection connection, string database)
    {
        var s = $"{Identifiers.Quote(database)}.{Identifiers.Quote(SchemaName)}";
        var m = MetadataStore.Meta(database);
        var db = Identifiers.Literal(database);
        MetadataStore.Exec(connection, $"CREATE SCHEMA IF NOT EXISTS {s}");

        // https://docs.snowflake.com/en/sql-reference/info-schema/databases
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."DATABASES" AS
            SELECT d.database_name AS DATABASE_NAME, 'SYSADMIN' AS DATABASE_OWNER,
              CASE WHEN o.kind = 'TRANSIENT' THEN 'YES' ELSE 'NO' END AS IS_TRANSIENT,
              o.comment AS COMMENT, o.created_on AS CREATED, o.last_altered AS LAST_ALTERED,
              1::BIGINT AS RETENTION_TIME, 'STANDARD' AS TYPE, 'ROLE' AS OWNER_ROLE_TYPE, NULL::JSON AS OBJECT_VISIBILITY
            FROM duckdb_databases() d
            LEFT JOIN {MetadataStore.DatabaseRegistry} o ON o.name = d.database_name
            WHERE NOT d.internal AND d.database_name NOT IN ('memory', 'temp', 'system')
            """);

        // https://docs.snowflake.com/en/sql-reference/info-schema/schemata
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."SCHEMATA" AS
            SELECT {db} AS CATALOG_NAME, sc.schema_name AS SCHEMA_NAME, 'SYSADMIN' AS SCHEMA_OWNER,
              CASE WHEN o.table_kind = 'TRANSIENT' THEN 'YES' ELSE 'NO' END AS IS_TRANSIENT,
              CASE WHEN coalesce(o.is_secure, false) THEN 'YES' ELSE 'NO' END AS IS_MANAGED_ACCESS,
              1::BIGINT AS RETENTION_TIME, NULL::VARCHAR AS DEFAULT_CHARACTER_SET_CATALOG,
              NULL::VARCHAR AS DEFAULT_CHARACTER_SET_SCHEMA, NULL::VARCHAR AS DEFAULT_CHARACTER_SET_NAME,
              NULL::VARCHAR AS SQL_PATH, coalesce(o.created_on, dbo.created_on) AS CREATED,
              coalesce(o.last_altered, o.created_on, dbo.created_on) AS LAST_ALTERED, o.comment AS COMMENT,
              NULL::JSON AS OBJECT_VISIBILITY
            FROM (SELECT schema_name FROM duckdb_schemas() WHERE database_name = {db}
                    AND schema_name NOT IN ('main', '{MetadataStore.SchemaName}', '{SchemaName}')
                  UNION ALL SELECT 'INFORMATION_SCHEMA') sc
            LEFT JOIN {m}."OBJECTS" o ON o.kind = 'SCHEMA' AND o.name = sc.schema_name
            LEFT JOIN (SELECT max(created_on) AS created_on FROM {m}."OBJECTS" WHERE kind = 'DATABASE') dbo ON true
            """);

        // https://docs.snowflake.com/en/sql-reference/info-schema/tables
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."TABLES" AS
            SELECT database_name AS TABLE_CATALOG, schema_name AS TABLE_SCHEMA, name AS TABLE_NAME, owner AS TABLE_OWNER,
              CASE WHEN object_kind = 'VIEW' THEN 'VIEW' WHEN table_kind = 'TEMPORARY' THEN 'LOCAL TEMPORARY' ELSE 'BASE TABLE' END AS TABLE_TYPE,
              CASE WHEN table_kind IN ('TRANSIENT', 'TEMPORARY') THEN 'YES' ELSE 'NO' END AS IS_TRANSIENT,
              NULL::VARCHAR AS CLUSTERING_KEY, row_count AS ROW_COUNT, bytes AS BYTES,
              CASE WHEN object_kind = 'VIEW' THEN NULL WHEN table_kind IN ('TRANSIENT', 'TEMPORARY') THEN 1 ELSE 1 END::BIGINT AS RETENTION_TIME,
              NULL::VARCHAR AS SELF_REFERENCING_COLUMN_NAME, NULL::VARCHAR AS REFERENCE_GENERATION,
              NULL::VARCHAR AS USER_DEFINED_TYPE_CATALOG, NULL::VARCHAR AS USER_DEFINED_TYPE_SCHEMA,
              NULL::VARCHAR AS USER_DEFINED_TYPE_NAME,
              CASE WHEN object_kind = 'VIEW' THEN 'NO' ELSE 'YES' END AS IS_INSERTABLE_INTO,
              CASE WHEN object_kind = 'VIEW' THEN 'NO' ELSE 'YES' END AS IS_TYPED,
              CASE WHEN table_kind = 'TEMPORARY' THEN 'PRESERVE ROWS' END AS COMMIT_ACTION,
              created_on AS CREATED, last_altered AS LAST_ALTERED, last_altered AS LAST_DDL, 'SYSADMIN' AS LAST_DDL_BY,
              CASE WHEN object_kind = 'VIEW' THEN NULL ELSE 'NO' END AS AUTO_CLUSTERING_ON, comment AS COMMENT,
              CASE WHEN table_kind = 'TEMPORARY' THEN 'YES' ELSE 'NO' END AS IS_TEMPORARY,
              'NO' AS IS_ICEBERG, 'NO' AS IS_DYNAMIC, 'NO' AS IS_IMMUTABLE, 'NO' AS IS_HYBRID
            FROM {m}."TABLES_V"
            """);

        // https://docs.snowflake.com/en/sql-reference/info-schema/columns
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."COLUMNS" AS
            SELECT database_name AS TABLE_CATALOG, schema_name AS TABLE_SCHEMA, table_name AS TABLE_NAME,
              column_name AS COLUMN_NAME, ordinal_position::BIGINT AS ORDINAL_POSITION,
              CASE WHEN identity_start IS NULL THEN default_text END AS COLUMN_DEFAULT,
              CASE WHEN is_nullable THEN 'YES' ELSE 'NO' END AS IS_NULLABLE,
              CASE WHEN type_name = 'VARCHAR' THEN 'TEXT' ELSE type_name END AS DATA_TYPE,
              CASE WHEN type_name IN ('VARCHAR', 'BINARY') THEN type_length END::BIGINT AS CHARACTER_MAXIMUM_LENGTH,
              CASE WHEN type_name = 'VARCHAR' THEN least(type_length * 4, 16777216) WHEN type_name = 'BINARY' THEN type_length END::BIGINT AS CHARACTER_OCTET_LENGTH,
              CASE WHEN type_name = 'NUMBER' THEN type_precision END::BIGINT AS NUMERIC_PRECISION,
              CASE WHEN type_name = 'NUMBER' THEN 10 END::BIGINT AS NUMERIC_PRECISION_RADIX,
              CASE WHEN type_name = 'NUMBER' THEN type_scale END::BIGINT AS NUMERIC_SCALE,
              NULL::BIGINT AS DATETIME_PRECISION, -- "Not applicable for Snowflake"
              NULL::VARCHAR AS INTERVAL_TYPE, NULL::BIGINT AS INTERVAL_PRECISION,
              NULL::VARCHAR AS CHARACTER_SET_CATALOG, NULL::VARCHAR AS CHARACTER_SET_SCHEMA, NULL::VARCHAR AS CHARACTER_SET_NAME,
              NULL::VARCHAR AS COLLATION_CATALOG, NULL::VARCHAR AS COLLATION_SCHEMA, NULL::VARCHAR AS COLLATION_NAME,
              NULL::VARCHAR AS DOMAIN_CATALOG, NULL::VARCHAR AS DOMAIN_SCHEMA, NULL::VARCHAR AS DOMAIN_NAME,
              NULL::VARCHAR AS UDT_CATALOG, NULL::VARCHAR AS UDT_SCHEMA, NULL::VARCHAR AS UDT_NAME,
              NULL::VARCHAR AS SCOPE_CATALOG, NULL::VARCHAR AS SCOPE_SCHEMA, NULL::VARCHAR AS SCOPE_NAME,
              NULL::BIGINT AS MAXIMUM_CARDINALITY, NULL::VARCHAR AS DTD_IDENTIFIER, 'NO' AS IS_SELF_REFERENCING,
              CASE WHEN identity_start IS NULL THEN 'NO' ELSE 'YES' END AS IS_IDENTITY,
              NULL::VARCHAR AS IDENTITY_GENERATION, identity_start::VARCHAR AS IDENTITY_START,
              identity_increment::VARCHAR AS IDENTITY_INCREMENT, NULL::VARCHAR AS IDENTITY_MAXIMUM,
              NULL::VARCHAR AS IDENTITY_MINIMUM, CASE WHEN identity_start IS NULL THEN NULL ELSE 'NO' END AS IDENTITY_CYCLE,
              CASE WHEN identity_start IS NULL THEN NULL ELSE 'YES' END AS IDENTITY_ORDERED,
              NULL::VARCHAR AS SCHEMA_EVOLUTION_RECORD, comment AS COMMENT
            FROM {m}."COLUMNS_V"
            """);

        // https://docs.snowflake.com/en/sql-reference/info-schema/views
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."VIEWS" AS
            SELECT database_name AS TABLE_CATALOG, schema_name AS TABLE_SCHEMA, name AS TABLE_NAME, owner AS TABLE_OWNER,
              view_text AS VIEW_DEFINITION, 'NONE' AS CHECK_OPTION, 'NO' AS IS_UPDATABLE, 'NO' AS INSERTABLE_INTO,
              CASE WHEN is_secure THEN 'YES' ELSE 'NO' END AS IS_SECURE, created_on AS CREATED,
              last_altered AS LAST_ALTERED, last_altered AS LAST_DDL, 'SYSADMIN' AS LAST_DDL_BY, comment AS COMMENT
            FROM {m}."TABLES_V" WHERE object_kind = 'VIEW'
            """);

        // https://docs.snowflake.com/en/sql-reference/info-schema/sequences
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."SEQUENCES" AS
            SELECT {db} AS SEQUENCE_CATALOG, q.schema_name AS SEQUENCE_SCHEMA, q.sequence_name AS SEQUENCE_NAME,
              'SYSADMIN' AS SEQUENCE_OWNER, 'NUMBER' AS DATA_TYPE, 38::BIGINT AS NUMERIC_PRECISION,
              10::BIGINT AS NUMERIC_PRECISION_RADIX, 0::BIGINT AS NUMERIC_SCALE,
              coalesce(o.seq_start, q.start_value)::VARCHAR AS START_VALUE,
              NULL::VARCHAR AS MINIMUM_VALUE, NULL::VARCHAR AS MAXIMUM_VALUE, -- "Not applicable for Snowflake"
              (CASE WHEN q.last_value IS NULL THEN q.start_value ELSE q.last_value + q.increment_by END)::VARCHAR AS NEXT_VALUE,
              coalesce(o.seq_increment, q.increment_by)::VARCHAR AS INCREMENT,
              NULL::VARCHAR AS CYCLE_OPTION,
              o.created_on AS CREATED, o.last_altered AS LAST_ALTERED, 'YES' AS ORDERED, o.comment AS COMMENT
            FROM duckdb_sequences() q
            LEFT JOIN {m}."OBJECTS" o ON o.kind = 'SEQUENCE' AND o.schema_name = q.schema_name AND o.name = q.sequence_name
            WHERE q.database_name = {db} AND q.schema_name NOT IN ('main', '{MetadataStore.SchemaName}', '{SchemaName}')
            """);

        // https://docs.snowflake.com/en/sql-reference/info-schema/table_constraints
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."TABLE_CONSTRAINTS" AS
            SELECT {db} AS CONSTRAINT_CATALOG, c.schema_name AS CONSTRAINT_SCHEMA, c.constraint_name AS CONSTRAINT_NAME,
              {db} AS TABLE_CATALOG, c.schema_name AS TABLE_SCHEMA, c.table_name AS TABLE_NAME, c.kind AS CONSTRAINT_TYPE,
              'NO' AS IS_DEFERRABLE, 'NO' AS INITIALLY_DEFERRED, 'NO' AS ENFORCED, c.comment AS COMMENT,
              c.created_on AS CREATED, c.created_on AS LAST_ALTERED, 'NO' AS RELY
            FROM {m}."CONSTRAINTS" c
            JOIN {m}."TABLES_V" t ON t.schema_name = c.schema_name AND t.name = c.table_name
            """);

        // https://docs.snowflake.com/en/sql-reference/info-schema/referential_constraints
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."REFERENTIAL_CONSTRAINTS" AS
            SELECT {db} AS CONSTRAINT_CATALOG, c.schema_name AS CONSTRAINT_SCHEMA, c.constraint_name AS CONSTRAINT_NAME,
              c.ref_database AS UNIQUE_CONSTRAINT_CATALOG, c.ref_schema AS UNIQUE_CONSTRAINT_SCHEMA,
              (SELECT min(p.constraint_name) FROM {m}."CONSTRAINTS" p WHERE c.ref_database = {db} AND p.schema_name = c.ref_schema
                 AND p.table_name = c.ref_table AND p.kind IN ('PRIMARY KEY', 'UNIQUE')
                 AND (len(c.ref_columns) = 0 OR p.column_names = c.ref_columns)) AS UNIQUE_CONSTRAINT_NAME,
              'FULL' AS MATCH_OPTION, 'NO ACTION' AS UPDATE_RULE, 'NO ACTION' AS DELETE_RULE, c.comment AS COMMENT,
              c.created_on AS CREATED, c.created_on AS LAST_ALTERED
            FROM {m}."CONSTRAINTS" c
            JOIN {m}."TABLES_V" t ON t.schema_name = c.schema_name AND t.name = c.table_name
            WHERE c.kind = 'FOREIGN KEY'
            """);

        // https://docs.snowflake.com/en/sql-reference/info-schema/functions (user-defined functions: DuckDB macros)
        MetadataStore.Exec(connection, $"""
            CREATE OR REPLACE VIEW {s}."FUNCTIONS" AS
            SELECT {db} AS FUNCTION_CATALOG, f.schema_name AS FUNCTION_SCHEMA, f.function_name AS FUNCTION_NAME,
              'SYSADMIN' AS FUNCTION_OWNER, '(' || array_to_string(f.parameters, ', ') || ')' AS ARGUMENT_SIGNATURE,
              coalesce(f.return_type, 'VARIANT') AS DATA_TYPE, NULL::BIGINT AS CHARACTER_MAXIMUM_LENGTH,
              NULL::BIGINT AS CHARACTER_OCTET_LENGTH, NULL::BIGINT AS NUMERIC_PRECISION,
              NULL::BIGINT AS NUMERIC_PRECISION_RADIX, NULL::BIGINT AS NUMERIC_SCALE, 'SQL' AS FUNCTION_LANGUAGE,
              f.macro_definition AS FUNCTION_DEFINITION, 'VOLATILE' AS VOLATILITY, 'YES' AS IS_NULL_CALL,
              'NO' AS IS_SECURE, NULL::TIMESTAMPTZ AS CREATED, NULL::TIMESTAMPTZ AS LAST_ALTERED, f.comment AS COMMENT,
              'NO' AS IS_EXTERNAL, NULL::VARCHAR AS API_INTEGRATION, NULL::VARCHAR AS CONTEXT_HEADERS,
              NULL::BIGINT AS MAX_BATCH_ROWS, NULL::VARCHAR AS COMPRESSION, NULL::VARCHAR AS PACKAGES,
              NULL::VARCHAR AS RUNTIME_VERSION, NULL::VARCHAR AS INSTALLED_PACKAGES, 'NO' AS IS_MEMOIZABLE
            FROM duckdb_functions() f
            WHERE f.database_name = {db} AND NOT f.internal AND f.function_type IN ('macro', 'table_macro')
              AND f.schema_name NOT IN ('main', '{MetadataStore.SchemaName}', '{SchemaName}')
            """);
    }
}
