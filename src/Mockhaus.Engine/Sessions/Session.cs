using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Errors;
using Mockhaus.Engine.Results;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// A Snowflake session: its own DuckDB connection, context (database, schema, warehouse, role), parameters
/// and variables. Statements run one at a time; a result keeps the session busy until it is disposed.
/// </summary>
public sealed class Session : IDisposable
{
    private readonly MockhausEngine _engine;
    private readonly DuckDBConnection _connection;
    private readonly SemaphoreSlim _busy = new(1, 1);
    private DuckDBCommand? _running;
    private bool _disposed;

    internal Session(MockhausEngine engine, long id, DuckDBConnection connection, SessionOptions options)
    {
        _engine = engine;
        _connection = connection;
        Id = id;
        User = Identifiers.Resolve(options.User);
        Warehouse = options.Warehouse is { Length: > 0 } w ? Identifiers.Resolve(w) : null;
        Role = options.Role is { Length: > 0 } r ? Identifiers.Resolve(r) : "SYSADMIN";
        Database = options.Database is { Length: > 0 } d ? Identifiers.Resolve(d) : null;
        Schema = options.Schema is { Length: > 0 } s ? Identifiers.Resolve(s) : null;
        foreach (var (name, value) in options.Parameters)
            if (SessionParameters.IsKnown(name))
                Parameters.Set(name, value);
    }

    public long Id { get; }
    public string User { get; }
    public string? Database { get; private set; }
    public string? Schema { get; private set; }
    public string? Warehouse { get; private set; }
    public string? Role { get; private set; }
    public SessionParameters Parameters { get; } = new();
    public DateTimeOffset LastUsed { get; private set; } = DateTimeOffset.UtcNow;

    internal void Initialize()
    {
        Run("SET arrow_lossless_conversion = true");
        foreach (var setup in FunctionLibrary.ConnectionSetupSql)
            Run(setup);
        ApplyTimeZone();
        if (Database is not null && !_engine.Catalog.Exists(Database))
        {
            if (_engine.Options.CreateLoginDatabase)
                _engine.Catalog.Create(Database);
            else
                Database = null;
        }
        if (Database is not null)
            Schema ??= DatabaseCatalog.DefaultSchema;
        if (Database is null || (Schema is not null && !_engine.Catalog.SchemaExists(Database, Schema)))
            Schema = Database is null ? null : Schema == DatabaseCatalog.DefaultSchema ? Schema : null;
        ApplyContext();
    }

    /// <summary>Parses and translates a request's SQL text into statements.</summary>
    public IReadOnlyList<TranslatedStatement> Translate(string sql) => _engine.Translator.Translate(sql);

    /// <summary>
    /// Runs one statement. The caller must dispose the result (which frees the session for its next statement).
    /// Throws <see cref="SnowflakeSqlException"/> only.
    /// </summary>
    public StatementResult Execute(TranslatedStatement statement, IReadOnlyList<object?>? binds = null,
        CancellationToken cancellation = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _busy.Wait(cancellation);
        LastUsed = DateTimeOffset.UtcNow;
        var queryId = Guid.NewGuid().ToString();
        try
        {
            var rows = statement.DuckDbSql is null
                ? ExecuteBuiltIn(statement)
                : ExecuteOnDuckDb(statement, binds ?? [], cancellation);
            return new StatementResult(queryId, statement.Kind, rows, () => _busy.Release());
        }
        catch (Exception e)
        {
            _busy.Release();
            throw DuckDbErrorMapper.Map(e);
        }
    }

    /// <summary>Interrupts the statement running on this session, if any.</summary>
    public void Cancel() => Volatile.Read(ref _running)?.Cancel();

    private IResultStream ExecuteOnDuckDb(TranslatedStatement statement, IReadOnlyList<object?> binds, CancellationToken cancellation)
    {
        var command = _connection.CreateCommand();
        command.CommandText = statement.DuckDbSql;
        foreach (var value in binds)
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        Volatile.Write(ref _running, command);
        using var registration = cancellation.Register(command.Cancel);
        try
        {
            if (StatementTypes.IsDml(StatementTypes.For(statement.Kind)))
                return ExecuteDml(command, statement.Kind);
            if (ReturnsRows(statement.Kind))
            {
                var stream = command.ExecuteArrowStream();
                var columns = stream.Schema.FieldsList
                    .Select(f => new ResultColumn(f.Name, Types.ArrowTypeMapper.ToSnowflake(f)))
                    .ToList();
                return new DuckDbResultStream(command, stream, columns, DuckDbErrorMapper.Map);
            }
            command.ExecuteNonQuery();
            command.Dispose();
            return InMemoryResultStream.Status(StatusMessages.For(statement));
        }
        catch
        {
            command.Dispose();
            throw;
        }
        finally
        {
            Volatile.Write(ref _running, null);
        }
    }

    private static bool ReturnsRows(StatementKind kind) =>
        kind is StatementKind.Select or StatementKind.Explain or StatementKind.Show or StatementKind.Describe
            or StatementKind.Call or StatementKind.Unknown;

    private static IResultStream ExecuteDml(DuckDBCommand command, StatementKind kind)
    {
        using (command)
        {
            if (kind == StatementKind.Merge)
                return MergeCounts(command);
            long affected = command.ExecuteNonQuery();
            return kind switch
            {
                StatementKind.Update => InMemoryResultStream.Counts([("number of rows updated", affected), ("number of multi-joined rows updated", 0)]),
                StatementKind.Delete => InMemoryResultStream.Counts([("number of rows deleted", affected)]),
                _ => InMemoryResultStream.Counts([("number of rows inserted", affected)]),
            };
        }
    }

    /// <summary>
    /// MERGE reports inserted, updated and deleted rows separately. The translator adds
    /// <c>RETURNING merge_action</c> so the actions can be counted; without it all rows count as updated.
    /// </summary>
    private static IResultStream MergeCounts(DuckDBCommand command)
    {
        long inserted = 0, updated = 0, deleted = 0;
        using var reader = command.ExecuteReader();
        var hasAction = reader.FieldCount > 0 && reader.GetName(0).Equals("merge_action", StringComparison.OrdinalIgnoreCase);
        while (reader.Read())
        {
            var action = hasAction ? Convert.ToString(reader.GetValue(0)) : "UPDATE";
            if (action == "INSERT") inserted++;
            else if (action == "DELETE") deleted++;
            else updated++;
        }
        return InMemoryResultStream.Counts([("number of rows inserted", inserted), ("number of rows updated", updated), ("number of rows deleted", deleted)]);
    }

    private IResultStream ExecuteBuiltIn(TranslatedStatement statement) =>
        throw SnowflakeErrors.Unsupported(statement.Kind.ToString());

    private void ApplyContext()
    {
        if (Database is null)
            return;
        var schema = Schema ?? DatabaseCatalog.DefaultSchema;
        Run($"USE {Identifiers.Quote(Database)}.{Identifiers.Quote(schema)}");
    }

    private void ApplyTimeZone() => Run($"SET TimeZone = {Identifiers.Literal(Parameters.Get("TIMEZONE"))}");

    private void Run(string duckDbSql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = duckDbSql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        Cancel();
        _connection.Dispose();
        _busy.Dispose();
    }
}
