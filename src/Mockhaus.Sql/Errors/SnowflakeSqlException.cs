namespace Mockhaus.Sql.Errors;

/// <summary>
/// An error in Snowflake's shape: a 6-digit error code, a SQLSTATE and Snowflake's message text
/// (e.g. 001003 / 42000 / "SQL compilation error:\nsyntax error line 1 at position 7 unexpected 'FROM'.").
/// </summary>
public class SnowflakeSqlException : Exception
{
    public SnowflakeSqlException(string errorCode, string sqlState, string message, Exception? inner = null)
        : base(message, inner)
    {
        ErrorCode = errorCode;
        SqlState = sqlState;
    }

    public string ErrorCode { get; }

    public string SqlState { get; }

    /// <summary>1-based line of a syntax error, or -1.</summary>
    public int Line { get; init; } = -1;

    /// <summary>0-based position in the line of a syntax error, or -1.</summary>
    public int Position { get; init; } = -1;
}
