using Mockhaus.Sql.Errors;

namespace Mockhaus.Server.Queries;

/// <summary>How a query ended: the encoded response `data`, or a Snowflake error.</summary>
public sealed class QueryOutcome
{
    private QueryOutcome(byte[]? data, SnowflakeSqlException? error)
    {
        Data = data;
        Error = error;
    }

    public byte[]? Data { get; }
    public SnowflakeSqlException? Error { get; }
    public bool Succeeded => Error is null;

    public static QueryOutcome Success(byte[] data) => new(data, null);
    public static QueryOutcome Failure(SnowflakeSqlException error) => new(null, error);
}
