namespace Mockhaus.Sql;

/// <summary>Names the translator and the engine agree on for objects Mockhaus keeps out of the user's sight.</summary>
public static class CatalogNames
{
    /// <summary>Snowflake's INFORMATION_SCHEMA schema name as users write it.</summary>
    public const string InformationSchema = "INFORMATION_SCHEMA";

    /// <summary>
    /// Where each database's INFORMATION_SCHEMA views really live: DuckDB reserves the name INFORMATION_SCHEMA
    /// for its own catalog views, so the generator points Snowflake's references here.
    /// </summary>
    public const string InformationSchemaStorage = "_MOCKHAUS_INFORMATION_SCHEMA";
}
