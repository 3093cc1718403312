using System.Collections.Concurrent;

namespace Mockhaus.Engine.Catalog;

/// <summary>
/// Account-level objects that only matter in the cloud (warehouses, roles, users): remembered so that SHOW and
/// CURRENT_* reveal them, never enforced.
/// </summary>
public sealed class AccountObjects
{
    private readonly ConcurrentDictionary<(string Kind, string Name), AccountObject> _objects = new();

    public AccountObjects()
    {
        foreach (var role in new[] { "ACCOUNTADMIN", "SECURITYADMIN", "USERADMIN", "SYSADMIN", "PUBLIC" })
            Create("ROLE", role, orReplace: false);
        Create("WAREHOUSE", "COMPUTE_WH", orReplace: false);
    }

    /// <summary>Creates the object; false when it already existed and was kept.</summary>
    public bool Create(string kind, string name, bool orReplace, string? comment = null)
    {
        var created = new AccountObject(kind, name, DateTimeOffset.UtcNow, comment);
        if (orReplace)
        {
            _objects[(kind, name)] = created;
            return true;
        }
        return _objects.TryAdd((kind, name), created);
    }

    public bool Drop(string kind, string name) => _objects.TryRemove((kind, name), out _);

    public bool Exists(string kind, string name) => _objects.ContainsKey((kind, name));

    public IReadOnlyList<AccountObject> List(string kind) =>
        _objects.Values.Where(o => o.Kind == kind).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
}

public sealed record AccountObject(string Kind, string Name, DateTimeOffset CreatedOn, string? Comment);
