using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Results;

/// <summary>Errors of RESULT_SCAN.</summary>
internal static class ResultScanErrors
{
    /// <summary>Snowflake's answer for an id it has no query for: 000709 (02000) "Statement &lt;id&gt; not found".</summary>
    public static SnowflakeSqlException StatementNotFound(string queryId) =>
        new("000709", "02000", $"Statement {queryId} not found");

    /// <summary>
    /// The session ran the query but its result left the bounded history (Snowflake keeps results 24 hours;
    /// Mockhaus keeps the newest that fit a per-session budget). Same code as an unknown id, with the reason.
    /// </summary>
    public static SnowflakeSqlException NoLongerAvailable(string queryId) =>
        new("000709", "02000", $"Statement {queryId} not found: its result is no longer available (Mockhaus keeps a bounded number of recent results per session)");
}
