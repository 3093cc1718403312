namespace Mockhaus.Server.Protocol;

/// <summary>
/// A failure answered with Snowflake's error envelope. <see cref="HttpStatus"/> stays 200 except for an
/// invalid token, where the Node driver expects HTTP 401 with code 390104.
/// </summary>
public sealed class ProtocolError : Exception
{
    public ProtocolError(string code, string message, string? sqlState = null, int httpStatus = 200) : base(message)
    {
        Code = code;
        SqlState = sqlState;
        HttpStatus = httpStatus;
    }

    public string Code { get; }
    public string? SqlState { get; }
    public int HttpStatus { get; }

    public static ProtocolError BadRequest(string detail) => new(ErrorCodes.BadRequest, $"Bad request: {detail}", "08P01");

    public static ProtocolError InvalidToken(string detail) =>
        new(ErrorCodes.InvalidToken, $"{detail} User must login again.", null, 401);

    public static ProtocolError TokenExpired() => new(ErrorCodes.TokenExpired, "Authentication token has expired.  The user must authenticate again.");
}
