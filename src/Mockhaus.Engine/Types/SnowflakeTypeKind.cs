namespace Mockhaus.Engine.Types;

/// <summary>The logical types of Snowflake's result metadata (`rowtype[].type`).</summary>
public enum SnowflakeTypeKind
{
    Fixed,
    Real,
    Text,
    Binary,
    Boolean,
    Date,
    Time,
    TimestampNtz,
    TimestampLtz,
    TimestampTz,
    Variant,
    Object,
    Array,
    /// <summary>MAP(k, v): only structured (its rowtype always has `fields`).</summary>
    Map,
}
