using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// What the engine needs to decide whether a query may be answered from an earlier result of the same text
/// (Snowflake's persisted query results, https://docs.snowflake.com/en/user-guide/querying-persisted-results):
/// whether anything in it may give a different answer over unchanged data, and which relations it reads (a view's
/// body is not visible here, so the engine checks those names against its views).
/// </summary>
public sealed partial class DuckDbGenerator
{
    private readonly List<ObjectName> _relationsRead = [];
    private string? _notReusableBecause;

    /// <summary>False when the statement calls a function whose value may change between runs (the clock, randomness,
    /// the session's context, a sequence, a user-defined function), samples rows, or reads a table function.</summary>
    public bool ResultReusable => _notReusableBecause is null;

    /// <summary>Why <see cref="ResultReusable"/> is false (for tests and EXPLAIN), null when it is true.</summary>
    public string? NotReusableBecause => _notReusableBecause;

    /// <summary>The tables and views named in the statement's FROM clauses, as written (CTE names included).</summary>
    public IReadOnlyList<ObjectName> RelationsRead => _relationsRead;

    private void NotReusable(string because) => _notReusableBecause ??= because;

    private void NoteRelationRead(QualifiedName name)
    {
        if (name.Variable is not null || name.Bind is not null)
            NotReusable("IDENTIFIER() names a relation only known at run time");
        else
            _relationsRead.Add(name.ToObjectName());
    }
}
