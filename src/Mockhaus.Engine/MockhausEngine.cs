using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Sessions;
using Mockhaus.Sql;

namespace Mockhaus.Engine;

/// <summary>
/// One DuckDB instance standing in for a Snowflake account: its databases, and the sessions that run
/// translated statements against it.
/// </summary>
public sealed class MockhausEngine : IDisposable
{
    private readonly DuckDBConnection _root;
    private long _nextSessionId = 1_000_000_000_001;

    public MockhausEngine(EngineOptions options, ISqlTranslator translator)
    {
        Options = options;
        Translator = translator;
        _root = new DuckDBConnection("DataSource=:memory:");
        _root.Open();
        ApplyThreads(options.DuckDbThreads);
        // Scalar functions live in the database instance's catalog, shared by every session connection: registered
        // once here (registering per session raced when sessions opened concurrently).
        Sessions.CancelQueryFunction.Register(_root, RunningQueries);
        Sessions.NumberFormatFunction.Register(_root);
        Catalog = new DatabaseCatalog(_root, options.DataDirectory);
        foreach (var database in Catalog.List())
            Metadata.MetadataStore.EnsureInstalled(_root, database);
    }

    public EngineOptions Options { get; }

    private void ApplyThreads(int threads)
    {
        if (threads < 1)
            throw new ArgumentOutOfRangeException(nameof(threads), threads, "DuckDB needs at least one thread.");
        using var command = _root.CreateCommand();
        command.CommandText = $"SET threads = {threads}";
        command.ExecuteNonQuery();
    }

    public ISqlTranslator Translator { get; }

    public DatabaseCatalog Catalog { get; }

    public AccountObjects AccountObjects { get; } = new();

    /// <summary>Statements running now in any session, by query id (SYSTEM$CANCEL_QUERY).</summary>
    public RunningQueries RunningQueries { get; } = new();

    /// <summary>Bumped by every successful DDL statement of any session; invalidates cached declared types.</summary>
    internal long SchemaVersion => Interlocked.Read(ref _schemaVersion);

    private long _schemaVersion;

    internal void SchemaChanged() => Interlocked.Increment(ref _schemaVersion);

    /// <summary>
    /// Moves after every statement that may have changed data, the catalog or a session's DuckDB state (anything but a
    /// query run from a session's prepared queries), so that no prepared plan outlives what it was planned with.
    /// </summary>
    internal long ChangeEpoch => Interlocked.Read(ref _changeEpoch);

    private long _changeEpoch;

    internal void MayHaveChanged() => Interlocked.Increment(ref _changeEpoch);

    /// <summary>Opens a session with its own DuckDB connection, in the login's database and schema.</summary>
    public Session OpenSession(SessionOptions options)
    {
        var connection = _root.Duplicate();
        connection.Open();
        try
        {
            var session = new Session(this, Interlocked.Increment(ref _nextSessionId), connection, options);
            session.Initialize();
            return session;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Creates a database with its PUBLIC schema and metadata store; false when it existed and was kept.
    /// </summary>
    internal bool CreateDatabase(DuckDBConnection connection, string name, bool orReplace = false)
    {
        if (!Catalog.Create(name, orReplace))
            return false;
        Metadata.MetadataStore.Install(connection, name);
        return true;
    }

    public void Dispose() => _root.Dispose();
}
