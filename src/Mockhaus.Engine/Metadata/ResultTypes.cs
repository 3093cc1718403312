using Mockhaus.Engine.Results;
using Mockhaus.Engine.Types;
using Mockhaus.Sql;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// Declared types in query results (rowtype): DuckDB reports VARCHAR(100) as VARCHAR and TIMESTAMP_NTZ(3) as
/// TIMESTAMP, so a result column that is a plain column of a table (SELECT a, t.b, *, t.* FROM t [JOIN u]) or a cast
/// to a sized type (x::VARCHAR(10)) gets its declared length / precision / scale back, and the column's database,
/// schema and table. Only refines a type of the same kind; anything it cannot follow keeps DuckDB's type.
/// </summary>
public static class ResultTypes
{
    public static IReadOnlyList<ResultColumn> Refine(TranslatedStatement statement, IReadOnlyList<ResultColumn> columns, MetadataContext context) =>
        Apply(Declare(statement, context), columns);

    /// <summary>
    /// The declared type of each select item, or null when the statement is not one this can follow. Reads the
    /// metadata store, so call it before the statement's own (streaming) result is open on the connection.
    /// </summary>
    public static IReadOnlyList<DeclaredColumn?>? Declare(TranslatedStatement statement, MetadataContext context) =>
        statement.Syntax is QueryStatement { Query: var query } ? Declare(query, context) : null;

    /// <summary>The declared type of each select item of a query (also the query of CREATE TABLE AS), or null.</summary>
    public static IReadOnlyList<DeclaredColumn?>? Declare(QueryExpression query, MetadataContext context)
    {
        if (query is not SelectQuery { With: null } select || select.From is null && !select.Items.Any(i => i.Expression is CastExpression))
            return null;
        try
        {
            var tables = new List<SourceTable>();
            if (select.From is not null && !CollectTables(select.From, context, tables))
                return null;
            var declared = new List<DeclaredColumn?>();
            foreach (var item in select.Items)
                if (!Expand(item.Expression, tables, declared))
                    return null;
            return declared;
        }
        catch (DuckDB.NET.Data.DuckDBException)
        {
            return null;
        }
    }

    /// <summary>Gives result columns their declared types, where <see cref="Declare"/> found them.</summary>
    public static IReadOnlyList<ResultColumn> Apply(IReadOnlyList<DeclaredColumn?>? declared, IReadOnlyList<ResultColumn> columns)
    {
        if (declared is null || declared.Count != columns.Count)
            return columns;
        var refined = new ResultColumn[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            refined[i] = columns[i];
            if (declared[i] is not { } d)
                continue;
            var type = d.Type.ToSnowflakeType();
            if (!Refines(columns[i].Type.Kind, type.Kind))
                continue;
            refined[i] = d.Table is { } t
                ? columns[i] with { Type = type, Nullable = d.Nullable, Database = t.Database, Schema = t.Schema, Table = t.Name }
                : columns[i] with { Type = type };
        }
        return refined;
    }

    /// <summary>
    /// A declared type may only sharpen what DuckDB reported: same kind, or OBJECT/ARRAY for a VARIANT (all three are
    /// JSON in DuckDB).
    /// </summary>
    private static bool Refines(SnowflakeTypeKind reported, SnowflakeTypeKind declared) =>
        reported == declared
        || (reported == SnowflakeTypeKind.Variant && declared is SnowflakeTypeKind.Object or SnowflakeTypeKind.Array or SnowflakeTypeKind.Map);

    public sealed record SourceTable(string Database, string Schema, string Name, string Alias,
        IReadOnlyList<(string Name, DeclaredType Type, bool Nullable)> Columns);

    /// <summary>A result column's declared type and, for a plain column, the table it comes from.</summary>
    public sealed record DeclaredColumn(DeclaredType Type, bool Nullable, SourceTable? Table);

    private static bool CollectTables(TableSource source, MetadataContext context, List<SourceTable> tables)
    {
        switch (source)
        {
            case TableReference { Sample: null } reference when reference.Name.Variable is null && reference.Alias is not { Columns.Count: > 0 }:
            {
                var parts = reference.Name.Parts.Select(p => p.Resolved).ToList();
                var database = parts.Count >= 3 ? parts[^3] : context.Database;
                var schema = parts.Count >= 2 ? parts[^2] : context.Schema;
                if (database is null || schema is null)
                    return false;
                var columns = context.ColumnTypes(database, schema, parts[^1]);
                if (columns.Count == 0)
                    return false;
                tables.Add(new SourceTable(database, schema, parts[^1], reference.Alias?.Name.Resolved ?? parts[^1], columns));
                return true;
            }
            case JoinSource join when join.Using.Count == 0 && !join.Natural:
                return CollectTables(join.Left, context, tables) && CollectTables(join.Right, context, tables);
            default:
                return false;
        }
    }

    private static bool Expand(Expression expression, List<SourceTable> tables, List<DeclaredColumn?> output)
    {
        switch (expression)
        {
            case StarExpression star when star.Exclude.Count == 0 && star.Rename.Count == 0 && star.ILikePattern is null:
            {
                var from = star.Qualifier.Count == 0 ? tables : tables.Where(t => t.Alias == star.Qualifier[^1].Resolved).ToList();
                if (from.Count == 0)
                    return false;
                foreach (var table in from)
                    output.AddRange(table.Columns.Select(c => (DeclaredColumn?)new DeclaredColumn(c.Type, c.Nullable, table)));
                return true;
            }
            case StarExpression:
                return false;
            case ColumnReference reference:
            {
                var name = reference.Name.Resolved;
                var candidates = reference.Parts.Count >= 2
                    ? tables.Where(t => t.Alias == reference.Parts[^2].Resolved)
                    : tables;
                var matches = candidates.SelectMany(t => t.Columns.Where(c => c.Name == name).Select(c => new DeclaredColumn(c.Type, c.Nullable, t))).ToList();
                output.Add(matches.Count == 1 ? matches[0] : null);
                return true;
            }
            case CastExpression cast:
                output.Add(new DeclaredColumn(cast.Type.IsStructured ? DeclaredType.Parse(cast.Type.SnowflakeText) : DeclaredType.Resolve(cast.Type.Name, cast.Type.Arguments), true, null));
                return true;
            default:
                output.Add(null);
                return true;
        }
    }
}
