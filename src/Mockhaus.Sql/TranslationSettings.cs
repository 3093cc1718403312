namespace Mockhaus.Sql;

/// <summary>
/// Session parameters that change what Snowflake SQL text means, so translations depend on them (and are cached
/// per settings): QUOTED_IDENTIFIERS_IGNORE_CASE (https://docs.snowflake.com/en/sql-reference/parameters#quoted-identifiers-ignore-case)
/// and TIMESTAMP_TYPE_MAPPING (https://docs.snowflake.com/en/sql-reference/parameters#timestamp-type-mapping).
/// </summary>
/// <param name="QuotedIdentifiersIgnoreCase">TRUE: letters in double-quoted identifiers are stored and resolved as upper case.</param>
/// <param name="TimestampTypeMapping">What a bare TIMESTAMP (type, literal, TO_TIMESTAMP) means: TIMESTAMP_NTZ, TIMESTAMP_LTZ or TIMESTAMP_TZ.</param>
public sealed record TranslationSettings(bool QuotedIdentifiersIgnoreCase = false, string TimestampTypeMapping = "TIMESTAMP_NTZ")
{
    public static TranslationSettings Default { get; } = new();

    public static IReadOnlyList<string> TimestampTypes { get; } = ["TIMESTAMP_NTZ", "TIMESTAMP_LTZ", "TIMESTAMP_TZ"];

    /// <summary>The type a bare TIMESTAMP stands for.</summary>
    public string ResolveTimestamp(string typeName) => typeName == "TIMESTAMP" ? TimestampTypeMapping : typeName;

    /// <summary>A prefix that keeps translations under different settings apart in the cache (empty for the defaults).</summary>
    internal string CacheKeyPrefix => this == Default ? "" : $"{(QuotedIdentifiersIgnoreCase ? 1 : 0)}|{TimestampTypeMapping}\u0000";
}
