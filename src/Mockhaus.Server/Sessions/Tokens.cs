using System.Security.Cryptography;

namespace Mockhaus.Server.Sessions;

/// <summary>Random, unguessable identifiers for tokens and chunk URLs.</summary>
public static class Tokens
{
    public static string New(string prefix) => prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
