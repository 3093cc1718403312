namespace Mockhaus.Server.Sessions;

/// <summary>Which driver opened the session (CLIENT_APP_ID at login); decides the result format.</summary>
public sealed record ClientInfo(string AppId, string AppVersion)
{
    public bool IsNode => AppId.Equals("JavaScript", StringComparison.OrdinalIgnoreCase);
    public bool IsDotNet => AppId.Equals(".NET", StringComparison.OrdinalIgnoreCase);
    public bool IsPython => AppId.Equals("PythonConnector", StringComparison.OrdinalIgnoreCase);
    public bool IsJdbc => AppId.Equals("JDBC", StringComparison.OrdinalIgnoreCase);
}
