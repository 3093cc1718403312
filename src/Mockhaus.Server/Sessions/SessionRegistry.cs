using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Mockhaus.Server.Protocol;

namespace Mockhaus.Server.Sessions;

/// <summary>
/// All open sessions, found by their tokens. Tokens are checked on every call: unknown → 390104 (HTTP 401),
/// expired session token → 390112 so the drivers renew with the master token.
/// </summary>
public sealed class SessionRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, ServerSession> _bySessionToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ServerSession> _byMasterToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, ServerSession> _byId = new();
    private readonly ServerOptions _options;
    private readonly ILogger _logger;

    public SessionRegistry(ServerOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
    }

    public int Count => _byId.Count;

    public void Add(ServerSession session)
    {
        IssueTokens(session, newMaster: true);
        _byId[session.Id] = session;
    }

    /// <summary>The session for a request's session token, or a <see cref="ProtocolError"/>.</summary>
    /// <param name="allowExpired">Close accepts an expired session token (the drivers give up on 390112 there).</param>
    public ServerSession Authenticate(string? token, bool allowExpired = false)
    {
        if (token is null)
            throw ProtocolError.InvalidToken("Authorization header with a session token is missing.");
        if (!_bySessionToken.TryGetValue(token, out var session) || session.IsClosed)
            throw ProtocolError.InvalidToken("Session token is not valid.");
        if (!allowExpired && DateTimeOffset.UtcNow > session.SessionTokenExpires)
            throw ProtocolError.TokenExpired();
        session.Touch();
        return session;
    }

    /// <summary>Token renewal: a valid master token gets a fresh session token; the old one stops working.</summary>
    public ServerSession Renew(string? masterToken, string? oldSessionToken)
    {
        if (masterToken is null || !_byMasterToken.TryGetValue(masterToken, out var session) || session.IsClosed)
            throw new ProtocolError(ErrorCodes.MasterTokenNotFound, "Master token not found.");
        if (DateTimeOffset.UtcNow > session.MasterTokenExpires)
            throw new ProtocolError(ErrorCodes.MasterTokenExpired, "Master token has expired.");
        if (oldSessionToken is not null && oldSessionToken != session.SessionToken)
            _logger.LogDebug("Renewal for session {SessionId} named a stale session token", session.Id);
        _bySessionToken.TryRemove(session.SessionToken, out _);
        IssueTokens(session, newMaster: false);
        // An active client keeps its master token alive, as heartbeats do on real Snowflake.
        session.MasterTokenExpires = DateTimeOffset.UtcNow + _options.MasterTokenLifetime;
        session.Touch();
        return session;
    }

    public void Close(ServerSession session)
    {
        _bySessionToken.TryRemove(session.SessionToken, out _);
        _byMasterToken.TryRemove(session.MasterToken, out _);
        _byId.TryRemove(session.Id, out _);
        session.Dispose();
        _logger.LogInformation("Session {SessionId} closed", session.Id);
    }

    /// <summary>Closes sessions idle past the master token lifetime and drops expired results.</summary>
    public void Sweep()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var session in _byId.Values)
        {
            if (now > session.MasterTokenExpires && now - session.LastActivity > _options.MasterTokenLifetime)
                Close(session);
            else
                session.ExpireResults(now - _options.ResultLifetime);
        }
    }

    private void IssueTokens(ServerSession session, bool newMaster)
    {
        var now = DateTimeOffset.UtcNow;
        session.SessionToken = Tokens.New("ver:1-hint:mockhaus-ETMsDgAAA");
        session.SessionTokenExpires = now + _options.SessionTokenLifetime;
        _bySessionToken[session.SessionToken] = session;
        if (newMaster)
        {
            session.MasterToken = Tokens.New("ver:1-hint:mockhaus-master-");
            session.MasterTokenExpires = now + _options.MasterTokenLifetime;
            _byMasterToken[session.MasterToken] = session;
        }
    }

    public void Dispose()
    {
        foreach (var session in _byId.Values.ToList())
            Close(session);
    }
}
