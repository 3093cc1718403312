using System.Text;
using System.Text.RegularExpressions;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// GET_DDL(kind, name): https://docs.snowflake.com/en/sql-reference/functions/get_ddl. Tables are printed as
/// <c>create or replace TABLE T (\n\tA NUMBER(38,0) NOT NULL,\n\tB VARCHAR(100) COMMENT 'x',\n\tprimary key (A)\n);</c>
/// </summary>
public static class DdlGenerator
{
    /// <summary>
    /// The DDL text GET_DDL returns. <paramref name="objectKind"/> is TABLE, VIEW, SEQUENCE, SCHEMA or DATABASE
    /// (case-insensitive); <paramref name="name"/> the name as written in the string argument (resolved here:
    /// unquoted parts upper-cased); <paramref name="useFullyQualifiedNames"/> is GET_DDL's third argument.
    /// </summary>
    public static string GetDdl(string objectKind, string name, MetadataContext context, bool useFullyQualifiedNames = false)
    {
        var kind = MetadataStore.NormalizeKind(objectKind);
        var parts = SplitName(name);
        var objectName = parts.Count switch
        {
            1 => new ObjectName(null, null, parts[0]),
            2 => new ObjectName(null, parts[0], parts[1]),
            _ => new ObjectName(parts[^3], parts[^2], parts[^1]),
        };
        return kind switch
        {
            "TABLE" or "VIEW" or "SEQUENCE" => ObjectDdl(kind, objectName, context, useFullyQualifiedNames),
            "SCHEMA" => SchemaDdl(parts.Count == 1 ? context.Database ?? "" : parts[^2], parts[^1], context, useFullyQualifiedNames),
            "DATABASE" => DatabaseDdl(parts[^1], context, useFullyQualifiedNames),
            _ => throw new SnowflakeSqlException("002003", "42S02", $"SQL compilation error:\nInvalid object type '{objectKind}' for GET_DDL."),
        };
    }

    private static string ObjectDdl(string kind, ObjectName name, MetadataContext context, bool qualified)
    {
        var (database, schema) = DescribeCommand.Resolve(name, context);
        if (kind == "SEQUENCE")
        {
            var sequence = context.Catalog.Exists(database)
                ? MetadataReader.Sequences(context.Connection, database, schema).FirstOrDefault(s => s.Name == name.Name)
                : null;
            if (sequence is null)
                throw DescribeCommand.NotFound("Sequence", $"{database}.{schema}.{name.Name}");
            return SequenceDdl(sequence, qualified);
        }
        var table = context.Catalog.Exists(database)
            ? MetadataReader.Tables(context.Connection, database, schema, name.Name).FirstOrDefault()
            : null;
        if (table is null || (kind == "VIEW" && table.ObjectKind != "VIEW"))
            throw DescribeCommand.NotFound(kind == "VIEW" ? "View" : "Table", $"{database}.{schema}.{name.Name}");
        return table.ObjectKind == "VIEW" ? ViewDdl(table) : TableDdl(context, table, qualified);
    }

    private static string TableDdl(MetadataContext context, TableRow table, bool qualified)
    {
        var columns = MetadataReader.Columns(context.Connection, table.Database, table.Schema, table.Name);
        var constraints = MetadataReader.Constraints(context.Connection, table.Database, table.Schema, table.Name);
        var kind = table.TableKind switch { "TRANSIENT" => "TRANSIENT TABLE", "TEMPORARY" => "TEMPORARY TABLE", _ => "TABLE" };
        var lines = new List<string>();
        foreach (var c in columns)
        {
            var line = new StringBuilder("\t").Append(Ident(c.Name)).Append(' ').Append(c.Type);
            if (!c.Nullable) line.Append(" NOT NULL");
            if (c.IdentityStart is { } start) line.Append($" autoincrement start {start} increment {c.IdentityIncrement ?? 1} order");
            else if (c.Default is { } d) line.Append(" DEFAULT ").Append(d);
            if (c.Comment is { } comment) line.Append(" COMMENT ").Append(Literal(comment));
            lines.Add(line.ToString());
        }
        foreach (var k in constraints)
        {
            var cols = string.Join(", ", k.Columns.Select(Ident));
            var named = k.Name.StartsWith("SYS_CONSTRAINT_", StringComparison.Ordinal) ? "" : $"constraint {Ident(k.Name)} ";
            lines.Add(k.Kind switch
            {
                "PRIMARY KEY" => $"\t{named}primary key ({cols})",
                "UNIQUE" => $"\t{named}unique ({cols})",
                _ => $"\t{named}foreign key ({cols}) references {Ident(k.RefDatabase ?? table.Database)}.{Ident(k.RefSchema ?? table.Schema)}.{Ident(k.RefTable ?? "")}"
                     + (k.RefColumns.Count > 0 ? $"({string.Join(", ", k.RefColumns.Select(Ident))})" : ""),
            });
        }
        var sb = new StringBuilder($"create or replace {kind} {Name(table.Database, table.Schema, table.Name, qualified)} (\n");
        sb.Append(string.Join(",\n", lines)).Append('\n').Append(')');
        if (table.Comment is { } tableComment)
            sb.Append("COMMENT=").Append(Literal(tableComment)).Append('\n');
        return sb.Append(';').ToString();
    }

    /// <summary>A view's DDL is the CREATE VIEW text as it was written (https://docs.snowflake.com/en/sql-reference/functions/get_ddl).</summary>
    private static string ViewDdl(TableRow view)
    {
        var text = (view.ViewText ?? "").Trim();
        return text.EndsWith(';') ? text : text + ";";
    }

    private static string SequenceDdl(SequenceRow s, bool qualified) =>
        $"create or replace sequence {Name(s.Database, s.Schema, s.Name, qualified)} start with {s.Start} increment by {s.Increment} order"
        + (s.Comment is { } c ? " comment=" + Literal(c) : "") + ";";

    private static string SchemaDdl(string database, string schema, MetadataContext context, bool qualified)
    {
        if (!context.Catalog.Exists(database) || !context.Catalog.SchemaExists(database, schema))
            throw DescribeCommand.NotFound("Schema", $"{database}.{schema}");
        var record = MetadataReader.Objects(context.Connection, database, "SCHEMA").FirstOrDefault(o => o.Name == schema);
        var sb = new StringBuilder("create or replace ")
            .Append(record?.TableKind == "TRANSIENT" ? "transient " : "")
            .Append("schema ").Append(qualified ? $"{Ident(database)}.{Ident(schema)}" : Ident(schema));
        if (record?.Comment is { } comment) sb.Append(" COMMENT=").Append(Literal(comment));
        sb.Append(";\n");
        var scoped = new MetadataContext { Connection = context.Connection, Catalog = context.Catalog, Database = database, Schema = schema };
        foreach (var t in MetadataReader.Tables(context.Connection, database, schema).Where(t => t.TableKind != "TEMPORARY")
                     .OrderBy(t => t.ObjectKind == "VIEW").ThenBy(t => t.Name, StringComparer.Ordinal))
            sb.Append('\n').Append(t.ObjectKind == "VIEW" ? ViewDdl(t) : TableDdl(scoped, t, qualified)).Append('\n');
        foreach (var s in MetadataReader.Sequences(context.Connection, database, schema))
            sb.Append('\n').Append(SequenceDdl(s, qualified)).Append('\n');
        return sb.ToString();
    }

    private static string DatabaseDdl(string database, MetadataContext context, bool qualified)
    {
        if (!context.Catalog.Exists(database))
            throw new SnowflakeSqlException("002043", "02000", $"SQL compilation error:\nDatabase '{database}' does not exist or not authorized.");
        var record = MetadataReader.Objects(context.Connection, database, "DATABASE").FirstOrDefault();
        var sb = new StringBuilder("create or replace ")
            .Append(record?.TableKind == "TRANSIENT" ? "transient " : "")
            .Append("database ").Append(Ident(database));
        if (record?.Comment is { } comment) sb.Append(" COMMENT=").Append(Literal(comment));
        sb.Append(";\n");
        foreach (var schema in MetadataReader.Schemas(context.Connection, database))
            sb.Append('\n').Append(SchemaDdl(database, schema, context, qualified));
        return sb.ToString();
    }

    private static string Name(string database, string schema, string name, bool qualified) =>
        qualified ? $"{Ident(database)}.{Ident(schema)}.{Ident(name)}" : Ident(name);

    private static readonly Regex PlainIdentifier = new("^[A-Z_][A-Z0-9_$]*$", RegexOptions.Compiled);

    /// <summary>Upper-case simple names print bare; anything else is double-quoted.</summary>
    internal static string Ident(string name) =>
        PlainIdentifier.IsMatch(name) ? name : "\"" + name.Replace("\"", "\"\"") + "\"";

    private static string Literal(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    /// <summary>Splits a GET_DDL name argument ('db.s."My T"') into resolved parts.</summary>
    internal static List<string> SplitName(string name)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < name.Length && name[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') { quoted = true; wasQuoted = true; }
            else if (c == '.') { parts.Add(wasQuoted ? current.ToString() : current.ToString().Trim().ToUpperInvariant()); current.Clear(); wasQuoted = false; }
            else current.Append(c);
        }
        parts.Add(wasQuoted ? current.ToString() : current.ToString().Trim().ToUpperInvariant());
        return parts;
    }
}
