using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// CREATE TABLE ... AS SELECT: DuckDB creates structured columns as JSON, which would read back as VARIANT, so the
/// structured types the query's columns carry (a structured column of a source table, a cast to a structured type)
/// are recorded for the new table, as Snowflake keeps them. Other column types keep the derivation from DuckDB.
/// </summary>
internal static class StructuredTypesOfQuery
{
    public static void Record(MetadataContext context, string database, string schema, string table, QueryExpression query)
    {
        var declared = ResultTypes.Declare(query, context);
        if (declared is null || !declared.Any(d => d?.Type.Fields is not null))
            return;
        var columns = MetadataStore.ColumnTypes(context.Connection, database, schema, table);
        if (columns.Count != declared.Count)
            return;
        for (var i = 0; i < columns.Count; i++)
        {
            if (declared[i]?.Type is { Fields: not null } type)
                MetadataStore.RecordAlterColumn(context.Connection, database, schema, table, columns[i].Name, declaredType: type.ToString(),
                    timestampTypeMapping: context.TimestampTypeMapping);
        }
    }
}
