using DuckDB.NET.Data;

namespace Mockhaus.Engine.Binds;

/// <summary>
/// A bind value for a named placeholder (<c>:name</c> in Snowflake SQL, <c>$name</c> in the DuckDB SQL the translator
/// writes). <see cref="Name"/> is spelled exactly as in the SQL text, so DuckDB finds the parameter by its own name.
/// </summary>
public sealed record NamedBind(string Name, object? Value)
{
    /// <summary>The DuckDB parameter for one bind list entry: named ones bind by name, others by position.</summary>
    internal static DuckDBParameter ToParameter(object? bind) => bind is NamedBind named
        ? new DuckDBParameter(named.Name, named.Value ?? DBNull.Value)
        : new DuckDBParameter(bind ?? DBNull.Value);
}
