namespace Mockhaus.Server.Protocol;

/// <summary>Snowflake's error and status codes the server answers with (protocol doc §9.2).</summary>
public static class ErrorCodes
{
    public const string QueryInProgress = "333333";
    public const string QueryInProgressAsync = "333334";
    public const string InvalidToken = "390104";
    public const string SessionGone = "390111";
    public const string TokenExpired = "390112";
    public const string MasterTokenNotFound = "390113";
    public const string MasterTokenExpired = "390114";
    public const string Canceled = "000604";
    public const string NotExecuting = "000605";
    public const string StatementCountMismatch = "000008";
    public const string EmptySql = "000900";
    public const string Internal = "000603";

    /// <summary>Malformed request (bad JSON, wrong shape). Not a Snowflake GS code: real GS answers HTTP 400.</summary>
    public const string BadRequest = "000400";
}
