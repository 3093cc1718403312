namespace Mockhaus.Sql;

/// <summary>
/// A possibly qualified object name (database.schema.name). Parts hold the Snowflake-resolved identifier:
/// unquoted identifiers upper-cased, quoted ones kept verbatim.
/// </summary>
public sealed record ObjectName(string? Database, string? Schema, string Name)
{
    public override string ToString() =>
        string.Join('.', new[] { Database, Schema, Name }.Where(p => p is not null));
}
