using Mockhaus.Engine.Results;
using Mockhaus.Sql;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// Snowflake's persisted query results (https://docs.snowflake.com/en/user-guide/querying-persisted-results): a query
/// repeated over unchanged data is answered with the rows of its earlier run, under a new query id, without running it
/// again. Only queries the translator found free of anything that could answer differently (the clock, randomness, the
/// session's context, sequences, sampling, table functions, UDFs) and that read no view (whose body could hide one);
/// only while nothing at all has changed since the earlier run started, in any session; only while the earlier rows
/// are still in the session's result history; and only with USE_CACHED_RESULT on (the default, as in Snowflake).
/// </summary>
public sealed partial class Session
{
    private const string UseCachedResult = "USE_CACHED_RESULT";

    private ReusableResults? _reusable;

    private SchemaCache<int, IReadOnlySet<string>>? _viewNames;

    /// <summary>Runs a query on DuckDB, or answers it from the result of an earlier run when that may be done.</summary>
    private IResultStream ExecuteOrReuse(TranslatedStatement statement, IReadOnlyList<object?> binds, string queryId, bool preparable,
        CancellationToken cancellation, int? timeoutSeconds, out bool reused)
    {
        reused = false;
        if (!preparable || !statement.ResultReusable || !TranslationParameters.IsTrue(Parameters.Get(UseCachedResult)))
            return ExecuteOnDuckDb(statement, binds, cancellation, timeoutSeconds);
        // With AUTOCOMMIT off a query opens a transaction first, as it would when run; that moves the epoch.
        PrepareTransactionFor(statement.Kind);
        var key = (statement.SourceText, statement.DuckDbSql!);
        var epoch = _engine.ChangeEpoch;
        var reusable = _reusable ??= new ReusableResults();
        if (reusable.Find(key, epoch) is { } earlier && _results.Find(earlier) is { } retained && !ReadsView(statement))
        {
            reused = true;
            reusable.Record(key, queryId, epoch);
            return new InMemoryResultStream(retained.Columns, retained.Schema, retained.Batches.Select(SharedBatches.Share).ToList());
        }
        var rows = ExecuteOnDuckDb(statement, binds, cancellation, timeoutSeconds);
        reusable.Record(key, queryId, epoch);
        return rows;
    }

    /// <summary>Whether any name the query reads is a view's (any database or schema: a view may hide a clock or random call).</summary>
    private bool ReadsView(TranslatedStatement statement)
    {
        if (statement.RelationsRead.Count == 0)
            return false;
        var views = (_viewNames ??= new(() => _engine.SchemaVersion, 2)).GetOrAdd(0, _ => SessionTableColumns.ReadViewNames(_connection));
        return statement.RelationsRead.Any(relation => views.Contains(relation.Name));
    }
}
