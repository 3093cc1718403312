namespace Mockhaus.Engine.Sessions;

/// <summary>What a login asks for: user and initial context, as the driver sent them (raw, not yet resolved).</summary>
public sealed class SessionOptions
{
    public string User { get; init; } = "MOCKHAUS";
    public string? Database { get; init; }
    public string? Schema { get; init; }
    public string? Warehouse { get; init; }
    public string? Role { get; init; }
    public string Account { get; init; } = "MOCKHAUS";

    /// <summary>The driver, e.g. "JavaScript 3.3.0" (CURRENT_CLIENT()).</summary>
    public string? Client { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
}
