using System.Text;
using System.Text.RegularExpressions;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Results;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;
using static Mockhaus.Engine.Metadata.MetadataResult;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// A SHOW statement, as parsed: SHOW [TERSE] kind [LIKE 'p'] [IN scope] [STARTS WITH 's'] [LIMIT n [FROM 's']].
/// ObjectKind is upper-case and plural as written ("TABLES", "PRIMARY KEYS", "USER FUNCTIONS", ...).
/// ScopeKind is ACCOUNT, DATABASE, SCHEMA, TABLE or VIEW (null: the default scope); ScopeName the resolved name
/// (DATABASE d → Name d; SCHEMA d.s → Schema d, Name s; TABLE d.s.t).
/// </summary>
public sealed record ShowRequest(string ObjectKind)
{
    public bool Terse { get; init; }
    public string? Like { get; init; }
    public string? ScopeKind { get; init; }
    public ObjectName? ScopeName { get; init; }
    public string? StartsWith { get; init; }
    public int? Limit { get; init; }
    public string? LimitFrom { get; init; }
}

/// <summary>
/// Executes SHOW commands with Snowflake's output columns (names, order, values), e.g.
/// https://docs.snowflake.com/en/sql-reference/sql/show-tables.
/// </summary>
public static class ShowCommand
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    public static IResultStream Execute(ShowRequest request, MetadataContext context)
    {
        var kind = Regex.Replace(request.ObjectKind.Trim().ToUpperInvariant(), @"\s+", " ");
        var (columns, rows, nameColumn) = kind switch
        {
            "DATABASES" => Databases(request, context),
            "SCHEMAS" => Schemas(request, context),
            "TABLES" => Tables(request, context, "TABLE"),
            "VIEWS" => Tables(request, context, "VIEW"),
            "OBJECTS" => Tables(request, context, null),
            "COLUMNS" => Columns(request, context),
            "SEQUENCES" => Sequences(request, context),
            "PRIMARY KEYS" => Keys(request, context, "PRIMARY KEY"),
            "UNIQUE KEYS" => Keys(request, context, "UNIQUE"),
            "IMPORTED KEYS" => ImportedKeys(request, context),
            "FUNCTIONS" or "USER FUNCTIONS" or "BUILTIN FUNCTIONS" => Functions(request, context, kind),
            "PROCEDURES" or "USER PROCEDURES" => Procedures(),
            "WAREHOUSES" => Warehouses(context),
            "ROLES" => Roles(context),
            "USERS" => Users(context),
            "PARAMETERS" => Parameters(context),
            "VARIABLES" => Variables(context),
            _ => throw SnowflakeErrors.Unsupported("SHOW " + kind),
        };
        rows = Filter(request, rows, nameColumn);
        return Build(columns, rows);
    }

    private static List<object?[]> Filter(ShowRequest request, List<object?[]> rows, int nameColumn)
    {
        IEnumerable<object?[]> result = rows;
        if (request.Like is { } like)
        {
            var pattern = LikeToRegex(like);
            result = result.Where(r => pattern.IsMatch(Convert.ToString(r[nameColumn]) ?? ""));
        }
        if (request.StartsWith is { } prefix)
            result = result.Where(r => (Convert.ToString(r[nameColumn]) ?? "").StartsWith(prefix, StringComparison.Ordinal));
        if (request.LimitFrom is { } from)
            result = result.Where(r => string.CompareOrdinal(Convert.ToString(r[nameColumn]) ?? "", from) >= 0);
        if (request.Limit is { } limit)
            result = result.Take(limit);
        return result.ToList();
    }

    /// <summary>SQL LIKE (%, _, backslash escape), case-insensitive as SHOW ... LIKE is.</summary>
    internal static Regex LikeToRegex(string like)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < like.Length; i++)
        {
            var c = like[i];
            if (c == '\\' && i + 1 < like.Length) builder.Append(Regex.Escape(like[++i].ToString()));
            else if (c == '%') builder.Append(".*");
            else if (c == '_') builder.Append('.');
            else builder.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(builder.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    // ---- scope -------------------------------------------------------------------------------------------------

    private sealed record Scope(IReadOnlyList<string> Databases, string? Schema, string? Table);

    private static Scope ResolveScope(ShowRequest request, MetadataContext context, string what, bool schemaDefault = true)
    {
        var kind = request.ScopeKind?.ToUpperInvariant();
        var name = request.ScopeName;
        if (string.IsNullOrEmpty(kind) && name is not null)
            kind = what is "COLUMNS" or "PRIMARY KEYS" or "UNIQUE KEYS" or "IMPORTED KEYS" ? "TABLE" : "SCHEMA";
        else if (kind == "")
            kind = null;
        switch (kind)
        {
            case "ACCOUNT":
                return new Scope(context.Catalog.List(), null, null);
            case "DATABASE":
            {
                var database = name?.Name ?? context.Database ?? throw NoCurrentDatabase(what);
                return new Scope([RequireDatabase(context, database)], null, null);
            }
            case "SCHEMA":
            {
                var database = name is null ? context.Database : name.Schema ?? name.Database ?? context.Database;
                var schema = name?.Name ?? context.Schema;
                if (database is null) throw NoCurrentDatabase(what);
                if (schema is null) throw NoCurrentSchema(what);
                RequireSchema(context, database, schema);
                return new Scope([database], schema, null);
            }
            case "TABLE" or "VIEW":
            {
                if (name is null) throw SnowflakeErrors.Unsupported($"SHOW {what} IN {kind} without a name");
                var database = name.Database ?? context.Database ?? throw NoCurrentDatabase(what);
                var schema = name.Schema ?? context.Schema ?? throw NoCurrentSchema(what);
                var tables = context.Catalog.Exists(database) ? MetadataReader.Tables(context.Connection, database, schema, name.Name) : [];
                if (tables.Count == 0)
                    throw new SnowflakeSqlException("002003", "42S02",
                        $"SQL compilation error:\nTable '{database}.{schema}.{name.Name}' does not exist or not authorized.");
                return new Scope([database], schema, name.Name);
            }
            default:
                // No IN clause: the current schema, else the current database, else the account.
                if (context.Database is null)
                    return new Scope(context.Catalog.List(), null, null);
                if (schemaDefault && context.Schema is not null)
                    return new Scope([context.Database], context.Schema, null);
                return new Scope([context.Database], null, null);
        }
    }

    private static string RequireDatabase(MetadataContext context, string database)
    {
        if (!context.Catalog.Exists(database))
            throw new SnowflakeSqlException("002043", "02000", $"SQL compilation error:\nDatabase '{database}' does not exist or not authorized.");
        return database;
    }

    private static void RequireSchema(MetadataContext context, string database, string schema)
    {
        RequireDatabase(context, database);
        if (!context.Catalog.SchemaExists(database, schema))
            throw new SnowflakeSqlException("002043", "02000", $"SQL compilation error:\nSchema '{database}.{schema}' does not exist or not authorized.");
    }

    private static SnowflakeSqlException NoCurrentDatabase(string what) =>
        new("090105", "22000", $"Cannot perform SHOW {what}. This session does not have a current database. Call 'USE DATABASE', or use a qualified name.");

    private static SnowflakeSqlException NoCurrentSchema(string what) =>
        new("090106", "22000", $"Cannot perform SHOW {what}. This session does not have a current schema. Call 'USE SCHEMA', or use a qualified name.");

    // ---- databases and schemas ---------------------------------------------------------------------------------

    // https://docs.snowflake.com/en/sql-reference/sql/show-databases
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Databases(ShowRequest request, MetadataContext context)
    {
        var rows = new List<object?[]>();
        foreach (var database in context.Catalog.List())
        {
            var record = MetadataReader.Objects(context.Connection, database, "DATABASE").FirstOrDefault();
            var created = record?.CreatedOn ?? Epoch;
            var kind = record?.TableKind == "TRANSIENT" ? "TRANSIENT" : "STANDARD";
            rows.Add(request.Terse
                ? [created, database, kind, null, null]
                : [created, database, "N", database == context.Database ? "Y" : "N", "",
                    "SYSADMIN", record?.Comment ?? "", record?.TableKind == "TRANSIENT" ? "TRANSIENT" : "", "1", kind, null, "ROLE"]);
        }
        IReadOnlyList<OutputColumn> columns = request.Terse
            ? [Ts("created_on"), T("name"), T("kind"), T("database_name"), T("schema_name")]
            : [Ts("created_on"), T("name"), T("is_default"), T("is_current"), T("origin"), T("owner"), T("comment"), T("options"),
                T("retention_time"), T("kind"), T("budget"), T("owner_role_type")];
        return (columns, rows, 1);
    }

    // https://docs.snowflake.com/en/sql-reference/sql/show-schemas
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Schemas(ShowRequest request, MetadataContext context)
    {
        var scope = ResolveScope(request with { ScopeKind = request.ScopeKind ?? (request.ScopeName is null ? null : "DATABASE") },
            context, "SCHEMAS", schemaDefault: false);
        var rows = new List<object?[]>();
        foreach (var database in scope.Databases)
        {
            var records = MetadataReader.Objects(context.Connection, database, "SCHEMA").ToDictionary(o => o.Name);
            var dbCreated = MetadataReader.DatabaseCreated(context.Connection, database) ?? Epoch;
            var names = MetadataReader.Schemas(context.Connection, database).Append("INFORMATION_SCHEMA").Order(StringComparer.Ordinal);
            foreach (var schema in names)
            {
                records.TryGetValue(schema, out var record);
                var current = database == context.Database && schema == context.Schema ? "Y" : "N";
                var created = record?.CreatedOn ?? dbCreated;
                var options = string.Join(", ", new[] { record?.TableKind == "TRANSIENT" ? "TRANSIENT" : null, record?.Flag == true ? "MANAGED ACCESS" : null }.Where(o => o is not null));
                var comment = schema == "INFORMATION_SCHEMA" ? "Views describing the contents of schemas in this database" : record?.Comment ?? "";
                rows.Add(request.Terse
                    ? [created, schema, null, database, null]
                    : [created, schema, "N", current, database, schema == "INFORMATION_SCHEMA" ? "" : "SYSADMIN", comment, options,
                        "1", schema == "INFORMATION_SCHEMA" ? "" : "ROLE", null]);
            }
        }
        IReadOnlyList<OutputColumn> columns = request.Terse
            ? [Ts("created_on"), T("name"), T("kind"), T("database_name"), T("schema_name")]
            : [Ts("created_on"), T("name"), T("is_default"), T("is_current"), T("database_name"), T("owner"), T("comment"),
                T("options"), T("retention_time"), T("owner_role_type"), T("budget")];
        return (columns, rows, 1);
    }

    // ---- tables, views, objects --------------------------------------------------------------------------------

    // https://docs.snowflake.com/en/sql-reference/sql/show-tables, .../show-views, .../show-objects
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Tables(ShowRequest request, MetadataContext context, string? objectKind)
    {
        var what = objectKind switch { "TABLE" => "TABLES", "VIEW" => "VIEWS", _ => "OBJECTS" };
        var scope = ResolveScope(request, context, what);
        var tables = scope.Databases
            .SelectMany(d => MetadataReader.Tables(context.Connection, d, scope.Schema))
            .Where(t => objectKind is null || t.ObjectKind == objectKind)
            .OrderBy(t => t.Database, StringComparer.Ordinal).ThenBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var rows = new List<object?[]>();
        if (request.Terse)
        {
            foreach (var t in tables)
                rows.Add([t.CreatedOn ?? Epoch, t.Name, KindOf(t), t.Database, t.Schema]);
            return ([Ts("created_on"), T("name"), T("kind"), T("database_name"), T("schema_name")], rows, 1);
        }
        if (objectKind == "VIEW")
        {
            foreach (var t in tables)
                rows.Add([t.CreatedOn ?? Epoch, t.Name, "", t.Database, t.Schema, "SYSADMIN", t.Comment ?? "", t.ViewText ?? "",
                    t.IsSecure, false, "ROLE", "OFF"]);
            return ([Ts("created_on"), T("name"), T("reserved"), T("database_name"), T("schema_name"), T("owner"), T("comment"),
                T("text"), B("is_secure"), B("is_materialized"), T("owner_role_type"), T("change_tracking")], rows, 1);
        }
        if (objectKind is null)
        {
            foreach (var t in tables)
                rows.Add([t.CreatedOn ?? Epoch, t.Name, t.Database, t.Schema, KindOf(t), t.Comment ?? "", "",
                    t.ObjectKind == "VIEW" ? 0L : t.Rows ?? 0, t.ObjectKind == "VIEW" ? 0L : t.Bytes ?? 0, "SYSADMIN",
                    t.ObjectKind == "VIEW" ? "0" : RetentionOf(t), "ROLE", null, "N", "N"]);
            return ([Ts("created_on"), T("name"), T("database_name"), T("schema_name"), T("kind"), T("comment"), T("cluster_by"),
                N("rows"), N("bytes"), T("owner"), T("retention_time"), T("owner_role_type"), T("budget"), T("is_hybrid"),
                T("is_dynamic")], rows, 1);
        }
        foreach (var t in tables)
            rows.Add([t.CreatedOn ?? Epoch, t.Name, t.Database, t.Schema, KindOf(t), t.Comment ?? "", "", t.Rows ?? 0, t.Bytes ?? 0,
                "SYSADMIN", RetentionOf(t), "OFF", "OFF", "OFF", null, null, "N", "N", "ROLE", "N", null, "N", "N", "N", "N"]);
        return ([Ts("created_on"), T("name"), T("database_name"), T("schema_name"), T("kind"), T("comment"), T("cluster_by"),
            N("rows"), N("bytes"), T("owner"), T("retention_time"), T("automatic_clustering"), T("change_tracking"),
            T("search_optimization"), T("search_optimization_progress"), T("search_optimization_bytes"), T("is_external"),
            T("enable_schema_evolution"), T("owner_role_type"), T("is_event"), T("budget"), T("is_hybrid"), T("is_iceberg"),
            T("is_dynamic"), T("is_immutable")], rows, 1);
    }

    /// <summary>SHOW TABLES kind: TABLE, TRANSIENT or TEMPORARY; VIEW for views.</summary>
    private static string KindOf(TableRow t) => t.ObjectKind == "VIEW" ? "VIEW" : t.TableKind switch
    {
        "TRANSIENT" => "TRANSIENT",
        "TEMPORARY" => "TEMPORARY",
        _ => "TABLE",
    };

    private static string RetentionOf(TableRow t) => "1";

    // ---- columns -------------------------------------------------------------------------------------------------

    // https://docs.snowflake.com/en/sql-reference/sql/show-columns
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Columns(ShowRequest request, MetadataContext context)
    {
        var scope = ResolveScope(request, context, "COLUMNS");
        var rows = new List<object?[]>();
        foreach (var database in scope.Databases)
        {
            foreach (var c in MetadataReader.Columns(context.Connection, database, scope.Schema, scope.Table)
                         .OrderBy(c => c.Schema, StringComparer.Ordinal).ThenBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Ordinal))
            {
                var autoincrement = c.IdentityStart is { } start ? $"IDENTITY START {start} INCREMENT {c.IdentityIncrement ?? 1} ORDER" : "";
                rows.Add([c.Table, c.Schema, c.Name, c.Type.ToShowColumnsJson(c.Nullable), c.Nullable ? "true" : "false",
                    c.IdentityStart is null ? c.Default ?? "" : "", "COLUMN", "", c.Comment ?? "", c.Database, autoincrement, null]);
            }
        }
        return ([T("table_name"), T("schema_name"), T("column_name"), T("data_type"), T("null?"), T("default"), T("kind"),
            T("expression"), T("comment"), T("database_name"), T("autoincrement"), T("schema_evolution_record")], rows, 2);
    }

    // ---- sequences -------------------------------------------------------------------------------------------------

    // https://docs.snowflake.com/en/sql-reference/sql/show-sequences
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Sequences(ShowRequest request, MetadataContext context)
    {
        var scope = ResolveScope(request, context, "SEQUENCES");
        var rows = new List<object?[]>();
        foreach (var database in scope.Databases)
            foreach (var s in MetadataReader.Sequences(context.Connection, database, scope.Schema))
                rows.Add([s.CreatedOn ?? Epoch, s.Name, s.Schema, s.Database, s.Next, s.Increment, "SYSADMIN", s.Comment ?? "", "ROLE", "Y"]);
        return ([Ts("created_on"), T("name"), T("schema_name"), T("database_name"), N("next_value"), N("interval"), T("owner"),
            T("comment"), T("owner_role_type"), T("ordered")], rows, 1);
    }

    // ---- constraints -----------------------------------------------------------------------------------------------

    // https://docs.snowflake.com/en/sql-reference/sql/show-primary-keys, .../show-unique-keys
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Keys(ShowRequest request, MetadataContext context, string kind)
    {
        var scope = ResolveScope(request, context, kind == "UNIQUE" ? "UNIQUE KEYS" : "PRIMARY KEYS");
        var rows = new List<object?[]>();
        foreach (var database in scope.Databases)
            foreach (var k in MetadataReader.Constraints(context.Connection, database, scope.Schema, scope.Table).Where(c => c.Kind == kind)
                         .OrderBy(c => c.Schema, StringComparer.Ordinal).ThenBy(c => c.Table, StringComparer.Ordinal))
                for (var i = 0; i < k.Columns.Count; i++)
                    rows.Add([k.CreatedOn ?? Epoch, k.Database, k.Schema, k.Table, k.Columns[i], (long)(i + 1), k.Name, "false", k.Comment]);
        return ([Ts("created_on"), T("database_name"), T("schema_name"), T("table_name"), T("column_name"), N("key_sequence"),
            T("constraint_name"), T("rely"), T("comment")], rows, 3);
    }

    // https://docs.snowflake.com/en/sql-reference/sql/show-imported-keys
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) ImportedKeys(ShowRequest request, MetadataContext context)
    {
        var scope = ResolveScope(request, context, "IMPORTED KEYS");
        var rows = new List<object?[]>();
        foreach (var database in scope.Databases)
        {
            foreach (var fk in MetadataReader.Constraints(context.Connection, database, scope.Schema, scope.Table).Where(c => c.Kind == "FOREIGN KEY"))
            {
                var refDatabase = fk.RefDatabase ?? database;
                var refSchema = fk.RefSchema ?? fk.Schema;
                var referenced = context.Catalog.Exists(refDatabase)
                    ? MetadataReader.Constraints(context.Connection, refDatabase, refSchema, fk.RefTable)
                        .Where(c => c.Kind is "PRIMARY KEY" or "UNIQUE")
                        .ToList()
                    : [];
                var pk = fk.RefColumns.Count == 0
                    ? referenced.FirstOrDefault(c => c.Kind == "PRIMARY KEY")
                    : referenced.FirstOrDefault(c => c.Columns.SequenceEqual(fk.RefColumns));
                var pkColumns = fk.RefColumns.Count > 0 ? fk.RefColumns : pk?.Columns ?? [];
                for (var i = 0; i < fk.Columns.Count; i++)
                    rows.Add([fk.CreatedOn ?? Epoch, refDatabase, refSchema, fk.RefTable, i < pkColumns.Count ? pkColumns[i] : null,
                        fk.Database, fk.Schema, fk.Table, fk.Columns[i], (long)(i + 1), "NO ACTION", "NO ACTION", fk.Name, pk?.Name,
                        "NOT DEFERRABLE", "false", fk.Comment]);
            }
        }
        return ([Ts("created_on"), T("pk_database_name"), T("pk_schema_name"), T("pk_table_name"), T("pk_column_name"),
            T("fk_database_name"), T("fk_schema_name"), T("fk_table_name"), T("fk_column_name"), N("key_sequence"),
            T("update_rule"), T("delete_rule"), T("fk_name"), T("pk_name"), T("deferrability"), T("rely"), T("comment")], rows, 8);
    }

    // ---- functions and procedures ------------------------------------------------------------------------------------

    private static readonly IReadOnlyList<OutputColumn> FunctionColumns =
    [
        Ts("created_on"), T("name"), T("schema_name"), T("is_builtin"), T("is_aggregate"), T("is_ansi"),
        N("min_num_arguments"), N("max_num_arguments"), T("arguments"), T("description"), T("catalog_name"),
        T("is_table_function"), T("valid_for_clustering"), T("is_secure"), T("secrets"), T("external_access_integrations"),
        T("is_external_function"), T("language"), T("is_memoizable"), T("is_data_metric"),
    ];

    // https://docs.snowflake.com/en/sql-reference/sql/show-functions, .../show-user-functions
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Functions(ShowRequest request, MetadataContext context, string kind)
    {
        var rows = new List<object?[]>();
        if (kind is "FUNCTIONS" or "BUILTIN FUNCTIONS" && request.ScopeKind is null)
        {
            foreach (var f in Mockhaus.Sql.Functions.FunctionLibrary.All.OrderBy(f => f.Name, StringComparer.Ordinal))
                rows.Add([Epoch, f.Name.ToUpperInvariant(), "", "Y", "N", "N", 0L, 0L, f.Name.ToUpperInvariant() + "() RETURN VARIANT",
                    "", "", "N", "N", "N", null, null, "N", "SQL", "N", "N"]);
        }
        if (kind != "BUILTIN FUNCTIONS")
        {
            var scope = kind == "FUNCTIONS" && request.ScopeKind is null
                ? new Scope(context.Database is null ? [] : [context.Database], context.Schema, null)
                : ResolveScope(request, context, kind);
            foreach (var database in scope.Databases)
            {
                foreach (var r in MetadataStore.Query(context.Connection, $"""
                             SELECT FUNCTION_SCHEMA, FUNCTION_NAME, ARGUMENT_SIGNATURE, DATA_TYPE, COMMENT, FUNCTION_LANGUAGE
                             FROM {MetadataReader.Quote(database)}."{InformationSchema.SchemaName}"."FUNCTIONS"
                             WHERE $1 IS NULL OR FUNCTION_SCHEMA = $1 ORDER BY 1, 2
                             """, scope.Schema))
                {
                    var args = ((string?)r[2] ?? "()").Trim('(', ')');
                    var count = args.Length == 0 ? 0L : args.Split(',').Length;
                    rows.Add([Epoch, r[1], r[0], "N", "N", "N", count, count, $"{r[1]}({args}) RETURN {r[3]}", r[4] ?? "user-defined function",
                        database, "N", "N", "N", null, null, "N", r[5], "N", "N"]);
                }
            }
        }
        rows = rows.OrderBy(r => (string)r[1]!, StringComparer.Ordinal).ToList();
        return (FunctionColumns, rows, 1);
    }

    // https://docs.snowflake.com/en/sql-reference/sql/show-procedures
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Procedures() =>
        ([Ts("created_on"), T("name"), T("schema_name"), T("is_builtin"), T("is_aggregate"), T("is_ansi"), N("min_num_arguments"),
            N("max_num_arguments"), T("arguments"), T("description"), T("catalog_name"), T("is_table_function"),
            T("valid_for_clustering"), T("is_secure"), T("secrets"), T("external_access_integrations")], [], 1);

    // ---- account objects -------------------------------------------------------------------------------------------

    // https://docs.snowflake.com/en/sql-reference/sql/show-warehouses
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Warehouses(MetadataContext context)
    {
        IReadOnlyList<OutputColumn> columns =
        [
            T("name"), T("state"), T("type"), T("size"), N("min_cluster_count"), N("max_cluster_count"), N("started_clusters"),
            N("running"), N("queued"), T("is_default"), T("is_current"), N("auto_suspend"), T("auto_resume"), T("available"),
            T("provisioning"), T("quiescing"), T("other"), Ts("created_on"), Ts("resumed_on"), Ts("updated_on"), T("owner"),
            T("comment"), T("enable_query_acceleration"), N("query_acceleration_max_scale_factor"), T("resource_monitor"),
            N("actives"), N("pendings"), N("failed"), N("suspended"), T("uuid"), T("scaling_policy"), T("budget"),
            T("owner_role_type"), T("resource_constraint"),
        ];
        var warehouses = context.Warehouses.ToList();
        if (context.Warehouse is { } current && warehouses.All(w => w.Name != current))
            warehouses.Add(new AccountObject("WAREHOUSE", current, Epoch, null));
        var rows = warehouses.OrderBy(w => w.Name, StringComparer.Ordinal).Select(w =>
        {
            string P(string key, string fallback) => fallback;
            var started = true;
            return new object?[]
            {
                w.Name, P("state", "STARTED"), P("type", "STANDARD"), P("size", "X-Small"), 1L, 1L, started ? 1L : 0L, 0L, 0L,
                "N", w.Name == context.Warehouse ? "Y" : "N", long.Parse(P("auto_suspend", "600")), P("auto_resume", "true"),
                started ? "100" : "", started ? "0" : "", started ? "0" : "", started ? "0" : "", w.CreatedOn, w.CreatedOn,
                w.CreatedOn, "ACCOUNTADMIN", w.Comment ?? "", "false", 8L, "null", started ? 1L : 0L, 0L, 0L, started ? 0L : 1L,
                Math.Abs(w.Name.GetHashCode()).ToString(), "STANDARD", null, "ROLE", "STANDARD_GEN_1",
            };
        }).ToList();
        return (columns, rows, 0);
    }

    // https://docs.snowflake.com/en/sql-reference/sql/show-roles
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Roles(MetadataContext context)
    {
        var roles = context.Roles.ToList();
        foreach (var builtIn in new[] { "ACCOUNTADMIN", "ORGADMIN", "PUBLIC", "SECURITYADMIN", "SYSADMIN", "USERADMIN" })
            if (roles.All(r => r.Name != builtIn))
                roles.Add(new AccountObject("ROLE", builtIn, Epoch, null));
        var rows = roles.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new object?[]
        {
            r.CreatedOn, r.Name, r.Name == context.Role ? "Y" : "N", r.Name == context.Role ? "Y" : "N", "N",
            r.Name == "PUBLIC" ? 0L : 1L, 0L, 0L, RoleOwner(r.Name), r.Comment ?? "", RoleOwner(r.Name).Length == 0 ? "" : "ROLE",
        }).ToList();
        return ([Ts("created_on"), T("name"), T("is_default"), T("is_current"), T("is_inherited"), N("assigned_to_users"),
            N("granted_to_roles"), N("granted_roles"), T("owner"), T("comment"), T("owner_role_type")], rows, 1);
    }

    private static string RoleOwner(string role) => role is "PUBLIC" or "ACCOUNTADMIN" or "ORGADMIN" ? "" : "ACCOUNTADMIN";

    // https://docs.snowflake.com/en/sql-reference/sql/show-users
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Users(MetadataContext context)
    {
        var users = context.Users.ToList();
        if (users.All(u => u.Name != context.User))
            users.Add(new AccountObject("USER", context.User, Epoch, null));
        var rows = users.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u =>
        {
            string? P(string key) => null;
            return new object?[]
            {
                u.Name, u.CreatedOn, P("login_name") ?? u.Name, P("display_name") ?? u.Name, P("first_name"), P("last_name"),
                P("email"), null, null, u.Comment, P("disabled") ?? "false", P("must_change_password") ?? "false", "false",
                P("default_warehouse"), P("default_namespace"), P("default_role"), null, "false", null, null, "ACCOUNTADMIN", null,
                null, null, "true", "false", P("type"), "false",
            };
        }).ToList();
        return ([T("name"), Ts("created_on"), T("login_name"), T("display_name"), T("first_name"), T("last_name"), T("email"),
            T("mins_to_unlock"), T("days_to_expiry"), T("comment"), T("disabled"), T("must_change_password"), T("snowflake_lock"),
            T("default_warehouse"), T("default_namespace"), T("default_role"), T("default_secondary_roles"), T("ext_authn_duo"),
            T("ext_authn_uid"), T("mins_to_bypass_mfa"), T("owner"), Ts("last_success_login"), Ts("expires_at_time"),
            Ts("locked_until_time"), T("has_password"), T("has_rsa_public_key"), T("type"), T("has_mfa")], rows, 0);
    }

    // ---- parameters and variables ----------------------------------------------------------------------------------

    // https://docs.snowflake.com/en/sql-reference/sql/show-parameters
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Parameters(MetadataContext context)
    {
        var rows = context.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var fallback = context.ParameterDefault?.Invoke(p.Key) ?? p.Value;
            return new object?[] { p.Key, p.Value, fallback, p.Value == fallback ? "" : "SESSION", "", TypeOfParameter(fallback) };
        }).ToList();
        return ([T("key"), T("value"), T("default"), T("level"), T("description"), T("type")], rows, 0);
    }

    private static string TypeOfParameter(string value) =>
        value is "true" or "false" ? "BOOLEAN" : long.TryParse(value, out _) ? "NUMBER" : "STRING";

    // https://docs.snowflake.com/en/sql-reference/sql/show-variables
    private static (IReadOnlyList<OutputColumn>, List<object?[]>, int) Variables(MetadataContext context)
    {
        var rows = context.Variables.OrderBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => new object?[] { context.SessionId, v.CreatedOn, v.UpdatedOn, v.Name, v.Value, v.Type, "" }).ToList();
        return ([N("session_id"), Ts("created_on"), Ts("updated_on"), T("name"), T("value"), T("type"), T("comment")], rows, 3);
    }
}
