namespace Mockhaus.Sql.Generation;

/// <summary>
/// TO_TIMESTAMP / TRY_TO_TIMESTAMP produce the type TIMESTAMP_TYPE_MAPPING names
/// (https://docs.snowflake.com/en/sql-reference/functions/to_timestamp); the bare TIMESTAMP type itself is resolved
/// by the parser.
/// </summary>
public sealed partial class DuckDbGenerator
{
    private string TimestampFunction(string name)
    {
        if (name is not ("TO_TIMESTAMP" or "TRY_TO_TIMESTAMP") || _settings.TimestampTypeMapping == "TIMESTAMP_NTZ")
            return name;
        Note("TO_TIMESTAMP -> TO_" + _settings.TimestampTypeMapping + " (TIMESTAMP_TYPE_MAPPING)");
        return name + _settings.TimestampTypeMapping["TIMESTAMP".Length..];
    }
}
