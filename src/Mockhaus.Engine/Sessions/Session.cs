using DuckDB.NET.Data;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Errors;
using Mockhaus.Engine.Metadata;
using Mockhaus.Engine.Results;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Functions;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// A Snowflake session: its own DuckDB connection, context (database, schema, warehouse, role), parameters
/// and variables. Statements run one at a time; a result keeps the session busy until it is disposed.
/// </summary>
public sealed partial class Session : IDisposable
{
    private readonly MockhausEngine _engine;
    private readonly DuckDBConnection _connection;
    private readonly SemaphoreSlim _busy = new(1, 1);
    private readonly SessionCommands _commands;
    private readonly HashSet<string> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTimeOffset Created, DateTimeOffset Updated)> _variableTimes = new(StringComparer.Ordinal);
    private readonly string _account;
    private readonly string? _client;
    private readonly ResultHistory _results;
    private readonly PreparedQueryCache _prepared;
    private DuckDBCommand? _running;
    private long _transactionCounter;
    private bool _disposed;

    internal Session(MockhausEngine engine, long id, DuckDBConnection connection, SessionOptions options)
    {
        _engine = engine;
        _connection = connection;
        _commands = new SessionCommands(this, engine);
        _prepared = new PreparedQueryCache(() => engine.ChangeEpoch);
        _results = new ResultHistory(engine.Options.ResultHistoryBytes, engine.Options.ResultHistoryCount,
            table => Run($"DROP TABLE IF EXISTS temp.main.{table}"));
        Id = id;
        User = Identifiers.Resolve(options.User);
        Warehouse = options.Warehouse is { Length: > 0 } w ? Identifiers.Resolve(w) : null;
        Role = options.Role is { Length: > 0 } r ? Identifiers.Resolve(r) : "SYSADMIN";
        Database = options.Database is { Length: > 0 } d ? Identifiers.Resolve(d) : null;
        Schema = options.Schema is { Length: > 0 } s ? Identifiers.Resolve(s) : null;
        _account = Identifiers.Resolve(options.Account);
        _client = options.Client;
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
    public bool InTransaction { get; private set; }

    /// <summary>The statements running in any session of this engine (SYSTEM$CANCEL_QUERY finds them there).</summary>
    public RunningQueries RunningQueries => _engine.RunningQueries;

    /// <summary>Names of the session variables set with SET, in Snowflake-resolved form.</summary>
    public IReadOnlyCollection<string> Variables => _variables;

    /// <summary>Query ids of this session's statements, oldest first (LAST_QUERY_ID, RESULT_SCAN).</summary>
    public IReadOnlyList<string> QueryHistory => _queryHistory;

    private readonly List<string> _queryHistory = new();

    internal void Initialize()
    {
        // One batch: a new session pays one round trip into DuckDB for its whole setup.
        // The default zone is known to DuckDB; a login's own one is checked (one query, only then).
        if (Parameters.Get("TIMEZONE") is var zone && zone != SessionParameters.DefaultOf("TIMEZONE"))
            CheckTimeZone(zone);
        var setup = new List<string> { "SET arrow_lossless_conversion = true" };
        setup.AddRange(FunctionLibrary.ConnectionSetupSql);
        setup.Add(TimeZoneSql());
        setup.AddRange(SessionParameters.FunctionVariables.Select(name => SetVariableSql(VariableName(name), Parameters.Get(name))));
        setup.Add(SetVariableSql("MH_CURRENT_USER", User));
        setup.Add(SetVariableSql("MH_CURRENT_WAREHOUSE", Warehouse));
        setup.Add(SetVariableSql("MH_CURRENT_ROLE", Role));
        setup.Add(SetVariableSql("MH_CURRENT_ACCOUNT", _account));
        setup.Add(SetVariableSql("MH_CURRENT_CLIENT", _client));
        setup.Add(SetVariableSql("MH_CURRENT_SESSION", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Run(string.Join(";\n", setup));
        if (Database is not null && !_engine.Catalog.Exists(Database))
        {
            if (_engine.Options.CreateLoginDatabase)
                _engine.CreateDatabase(_connection, Database);
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
    public IReadOnlyList<TranslatedStatement> Translate(string sql)
    {
        var settings = TranslationSettings();
        try
        {
            return _engine.Translator.Translate(sql, settings);
        }
        catch (SnowflakeSqlException unknown) when (unknown.ErrorCode == SnowflakeErrors.UnknownFunctionCode)
        {
            return TranslateWithUserFunctions(sql, settings);
        }
    }

    /// <summary>
    /// Runs one statement. The caller must dispose the result (which frees the session for its next statement).
    /// Throws <see cref="SnowflakeSqlException"/> only.
    /// </summary>
    /// <param name="queryId">The id the server already announced for this statement (e.g. in a 333333 answer); new if null.</param>
    /// <param name="timeoutSeconds">STATEMENT_TIMEOUT_IN_SECONDS of this statement alone (request parameters); the session's if null.</param>
    public StatementResult Execute(TranslatedStatement statement, IReadOnlyList<object?>? binds = null,
        CancellationToken cancellation = default, string? queryId = null, int? timeoutSeconds = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _busy.Wait(cancellation);
        LastUsed = DateTimeOffset.UtcNow;
        queryId ??= Guid.NewGuid().ToString();
        // SYSTEM$CANCEL_QUERY from any session finds the statement by its id until its result is released.
        var running = _engine.RunningQueries.Register(queryId, Cancel);
        var preparable = false;
        try
        {
            CheckTransactionUsable(statement);
            statement = WithTableColumns(statement);
            preparable = Preparable(statement, binds ?? []);
            SessionVariableCheck.Check(statement, _variables);
            var reused = false;
            var rows = statement.DuckDbSql is null
                ? _commands.Execute(statement, binds ?? [])
                : ExecuteOrReuse(statement, binds ?? [], queryId, preparable, cancellation, timeoutSeconds, out reused);
            _queryHistory.Add(queryId);
            return new StatementResult(queryId, statement.Kind, _results.Retain(queryId, rows), () =>
            {
                StatementDone(preparable);
                running.Dispose();
                _busy.Release();
            }) { ResultReused = reused };
        }
        catch (Exception e)
        {
            NoteFailure();
            StatementDone(preparable);
            running.Dispose();
            _busy.Release();
            throw DuckDbErrorMapper.Map(e, statement.SourceText);
        }
    }

    /// <summary>
    /// A query without binds or engine calls runs from the session's prepared queries. It is the only kind of statement
    /// that changes nothing a prepared plan depends on.
    /// </summary>
    private static bool Preparable(TranslatedStatement statement, IReadOnlyList<object?> binds) =>
        statement.Kind == StatementKind.Select && statement.DuckDbSql is not null && binds.Count == 0 && statement.EngineCalls.Count == 0;

    /// <summary>
    /// Any other statement may have changed data, the catalog or this session's DuckDB state: the engine's prepared
    /// plans are dropped. After the statement, not before, so that a plan made meanwhile by another session goes too.
    /// </summary>
    private void StatementDone(bool preparable)
    {
        if (!preparable)
            _engine.MayHaveChanged();
    }

    /// <summary>
    /// The statement translated again with the columns of the tables it reads, when its meaning depends on them
    /// (<see cref="TranslatedStatement.NeedsTableColumns"/>): for callers that wrap the DuckDB SQL themselves
    /// (describeOnly). <see cref="Execute"/> does this by itself.
    /// </summary>
    public TranslatedStatement WithTableColumns(TranslatedStatement statement, CancellationToken cancellation)
    {
        if (!statement.NeedsTableColumns)
            return statement;
        _busy.Wait(cancellation);
        try
        {
            return WithTableColumns(statement);
        }
        catch (Exception e)
        {
            throw DuckDbErrorMapper.Map(e, statement.SourceText);
        }
        finally
        {
            _busy.Release();
        }
    }

    /// <summary>
    /// A statement whose meaning depends on the columns of the tables it reads (a lateral column alias) is translated
    /// again with them; the connection is free at this point (the session is held).
    /// </summary>
    private TranslatedStatement WithTableColumns(TranslatedStatement statement)
    {
        if (!statement.NeedsTableColumns || (statement.TableColumnsMatterOnlyForTimestampTz && !HasTimestampTzColumns()))
            return statement;
        var settings = TranslationSettings();
        // Translated once per text and context until the next DDL: repeated executions skip the catalog and translator.
        return (_withTableColumns ??= new(() => _engine.SchemaVersion, 256)).GetOrAdd((statement.SourceText, settings, Database, Schema), _ =>
        {
            var retranslated = _engine.Translator.Translate(statement.SourceText, settings, TableColumns());
            return retranslated.Count == 1 ? retranslated[0] : statement;
        });
    }

    private SchemaCache<(string Text, TranslationSettings Settings, string? Database, string? Schema), TranslatedStatement>? _withTableColumns;

    /// <summary>The translator's settings from the session parameters, read again only after a parameter changed.</summary>
    private TranslationSettings TranslationSettings()
    {
        var version = Parameters.Version;
        if (_translationSettings is not { } known || known.Version != version)
            _translationSettings = known = (version, TranslationParameters.SettingsFrom(Parameters));
        return known.Settings;
    }

    private (long Version, TranslationSettings Settings)? _translationSettings;

    /// <summary>Whether any table or view this session sees has a TIMESTAMP_TZ column.</summary>
    private bool HasTimestampTzColumns() => TimestampTzColumnNames().Count > 0;

    /// <summary>The names of the TIMESTAMP_TZ columns this session sees, read once per schema version.</summary>
    private IReadOnlySet<string> TimestampTzColumnNames() =>
        (_timestampTzColumns ??= new(() => _engine.SchemaVersion, 2)).GetOrAdd(0, _ => SessionTableColumns.ReadTimestampTzColumnNames(_connection));

    private SchemaCache<int, IReadOnlySet<string>>? _timestampTzColumns;

    /// <summary>The catalog as the translator sees it, cached until the next DDL.</summary>
    private CachedTableColumns TableColumns() => new(new SessionTableColumns(_connection, Database, Schema),
        _tableColumnTypes ??= new(() => _engine.SchemaVersion, 256), $"{Database}\u0001{Schema}", TimestampTzColumnNames);

    private SchemaCache<string, IReadOnlyList<(string Name, string DuckDbType)>?>? _tableColumnTypes;

    /// <summary>Interrupts the statement running on this session, if any.</summary>
    public void Cancel() => Volatile.Read(ref _running)?.Cancel();

    private IResultStream ExecuteOnDuckDb(TranslatedStatement statement, IReadOnlyList<object?> binds, CancellationToken cancellation,
        int? timeoutSeconds)
    {
        PrepareTransactionFor(statement.Kind);
        CheckContextFor(statement);
        PublishStatementContext(statement);
        if (ExistingObjectKept(statement) is { } kept)
            return InMemoryResultStream.Status($"{kept} already exists, statement succeeded.");
        var scanned = statement.EngineCalls.Count == 0 ? null
            : new EngineCallEvaluator(_connection, _results, _queryHistory.Contains, CreateMetadataContext).Prepare(statement.EngineCalls);
        var rows = RunStatement(statement, binds, cancellation, timeoutSeconds);
        if (scanned is { Count: > 0 })
            rows = ResultScans.Retype(rows, scanned);
        AfterDuckDbStatement(statement);
        RecordMetadata(statement);
        return rows;
    }

    private IResultStream RunStatement(TranslatedStatement statement, IReadOnlyList<object?> binds, CancellationToken cancellation,
        int? timeoutSeconds)
    {
        var command = _connection.CreateCommand();
        command.CommandText = statement.DuckDbSql;
        foreach (var value in binds)
            command.Parameters.Add(Binds.NamedBind.ToParameter(value));
        var watchdog = new StatementWatchdog(command, cancellation, timeoutSeconds ?? StatementTimeoutSeconds());
        Volatile.Write(ref _running, command);
        void Finished()
        {
            watchdog.Dispose();
            Interlocked.CompareExchange(ref _running, null, command);
        }
        try
        {
            if (StatementTypes.IsDml(StatementTypes.For(statement.Kind)))
            {
                var counts = statement.MultiInsert is { } plan ? ExecuteMultiInsert(command, plan)
                    : statement.Syntax is InsertStatement { Overwrite: true } ? Atomically(() => ExecuteDml(command, statement))
                    : ExecuteDml(command, statement);
                Finished();
                return counts;
            }
            if (ReturnsRows(statement.Kind))
            {
                // Streaming mode: DuckDB produces batches as they are read instead of materialising the result.
                command.UseStreamingMode = true;
                // Declared types are read before the streaming result occupies the connection.
                var declared = statement.Kind == StatementKind.Select ? ResultTypes.Declare(statement, DeclaredTypesContext()) : null;
                var stream = Preparable(statement, binds) && _prepared.GetOrPrepare(statement.DuckDbSql!, PrepareQuery) is { } prepared
                    ? prepared.Execute()
                    : command.ExecuteArrowStream();
                IReadOnlyList<ResultColumn> columns = stream.Schema.FieldsList
                    .Select(f => new ResultColumn(f.Name, Types.ArrowTypeMapper.ToSnowflake(f)))
                    .ToList();
                columns = ResultTypes.Apply(declared, columns);
                // The statement keeps running while its result streams: cancel and timeout stay armed until disposal.
                return new DuckDbResultStream(command, stream, columns, e =>
                {
                    NoteFailure();
                    return watchdog.Map(e, statement.SourceText);
                }, Finished);
            }
            command.ExecuteNonQuery();
            command.Dispose();
            Finished();
            return InMemoryResultStream.Status(StatusMessages.For(statement));
        }
        catch (Exception e)
        {
            command.Dispose();
            var mapped = watchdog.Map(e, statement.SourceText);
            Finished();
            throw mapped;
        }
    }

    /// <summary>How many prepared queries the session keeps now (bounded by <see cref="PreparedQueryCache.Capacity"/>).</summary>
    internal int PreparedQueryCount => _prepared.Count;

    private PreparedQuery? PrepareQuery(string duckDbSql) => PreparedQuery.TryPrepare(_connection.NativeConnection, duckDbSql);

    /// <summary>STATEMENT_TIMEOUT_IN_SECONDS of the session; 0 (no timeout) when unset or not a number.</summary>
    private int StatementTimeoutSeconds() =>
        int.TryParse(Parameters.Get("STATEMENT_TIMEOUT_IN_SECONDS"), out var seconds) && seconds > 0 ? seconds : 0;

    private static bool ReturnsRows(StatementKind kind) =>
        kind is StatementKind.Select or StatementKind.Explain or StatementKind.Show or StatementKind.Describe
            or StatementKind.Call or StatementKind.Unknown;

    private static IResultStream ExecuteDml(DuckDBCommand command, TranslatedStatement statement)
    {
        var kind = statement.Kind;
        using (command)
        {
            if (kind == StatementKind.Merge)
                return MergeCounts(command);
            long affected = statement.Syntax is InsertStatement { Overwrite: true } overwrite ? OverwriteCount(command, overwrite) : command.ExecuteNonQuery();
            return kind switch
            {
                StatementKind.Update => InMemoryResultStream.Counts([("number of rows updated", affected), ("number of multi-joined rows updated", 0)]),
                StatementKind.Delete => InMemoryResultStream.Counts([("number of rows deleted", affected)]),
                _ => InMemoryResultStream.Counts([("number of rows inserted", affected)]),
            };
        }
    }

    /// <summary>
    /// INSERT OVERWRITE runs as DELETE + INSERT in one command, whose count adds the deleted rows; Snowflake reports
    /// only the inserted ones, so the rows present before are counted first (same name, same resolution).
    /// </summary>
    private static long OverwriteCount(DuckDBCommand command, InsertStatement insert)
    {
        using (var before = command.Connection!.CreateCommand())
        {
            before.Transaction = command.Transaction;
            before.CommandText = $"SELECT count(*) FROM {string.Join('.', insert.Table.Parts.Select(p => Identifiers.Quote(p.Resolved)))}";
            var existing = Convert.ToInt64(before.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            return command.ExecuteNonQuery() - existing;
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

    private static bool IsDdl(StatementKind kind) => StatementTypes.For(kind) == StatementTypes.Ddl;

    /// <summary>
    /// Snowflake commits an open transaction before DDL, and with AUTOCOMMIT off opens one implicitly at the
    /// first other statement.
    /// </summary>
    private void PrepareTransactionFor(StatementKind kind)
    {
        if (IsDdl(kind))
            CommitImplicitly();
        else if (!InTransaction && !IsTrue(Parameters.Get("AUTOCOMMIT")) && kind is not StatementKind.Show and not StatementKind.Describe)
            BeginTransaction();
    }

    /// <summary>Creating an unqualified object needs a current database and schema (090105 / 090106).</summary>
    private void CheckContextFor(TranslatedStatement statement)
    {
        if (!IsDdl(statement.Kind) || statement.Kind is StatementKind.Drop || statement.Target is not { } target)
            return;
        var operation = statement.Kind switch
        {
            StatementKind.CreateTable => "CREATE TABLE",
            StatementKind.CreateView => "CREATE VIEW",
            StatementKind.CreateSchema => "CREATE SCHEMA",
            _ => "operation",
        };
        if (target.Database is null && Database is null)
            throw EngineErrors.NoCurrentDatabase(operation);
        if (statement.Kind != StatementKind.CreateSchema && target.Schema is null && Schema is null)
            throw EngineErrors.NoCurrentSchema(operation);
    }

    /// <summary>
    /// CREATE ... IF NOT EXISTS of an existing object succeeds with Snowflake's own status text, which DuckDB
    /// cannot tell apart from a real creation. Returns the object's name when it exists.
    /// </summary>
    private string? ExistingObjectKept(TranslatedStatement statement)
    {
        var (name, isSchema) = statement.Syntax switch
        {
            CreateTableStatement { IfNotExists: true, OrReplace: false } t => (t.Name, false),
            CreateViewStatement { IfNotExists: true, OrReplace: false } v => (v.Name, false),
            CreateSchemaStatement { IfNotExists: true, OrReplace: false } s => (s.Name, true),
            _ => ((QualifiedName?)null, false),
        };
        if (name is null)
            return null;
        var parts = ResolveName(name);
        using var command = _connection.CreateCommand();
        if (isSchema)
        {
            command.CommandText = "SELECT count(*) FROM duckdb_schemas() WHERE database_name = $1 AND schema_name = $2";
            command.Parameters.Add(new DuckDBParameter((object?)(parts.Count >= 2 ? parts[^2] : Database) ?? DBNull.Value));
            command.Parameters.Add(new DuckDBParameter(parts[^1]));
        }
        else
        {
            command.CommandText = """
                SELECT count(*) FROM (SELECT database_name, schema_name, table_name AS name FROM duckdb_tables()
                                      UNION ALL SELECT database_name, schema_name, view_name FROM duckdb_views())
                WHERE name = $3 AND ((database_name = $1 AND schema_name = $2) OR database_name = 'temp')
                """;
            command.Parameters.Add(new DuckDBParameter((object?)(parts.Count >= 3 ? parts[^3] : Database) ?? DBNull.Value));
            command.Parameters.Add(new DuckDBParameter((object?)(parts.Count >= 2 ? parts[^2] : Schema) ?? DBNull.Value));
            command.Parameters.Add(new DuckDBParameter(parts[^1]));
        }
        return Convert.ToInt64(command.ExecuteScalar()) > 0 ? parts[^1] : null;
    }

    /// <summary>Keeps declared types, comments and constraints that DuckDB cannot hold (SHOW, DESCRIBE, INFORMATION_SCHEMA).</summary>
    internal void RecordMetadata(TranslatedStatement statement)
    {
        if (!IsDdl(statement.Kind) && statement.Syntax is not CommentStatement)
            return;
        MetadataStatements.AfterStatement(statement, CreateMetadataContext());
        _engine.SchemaChanged();
    }

    /// <summary>Just what <see cref="ResultTypes"/> needs to look up declared column types (cheap per query).</summary>
    private MetadataContext DeclaredTypesContext() => new()
    {
        Connection = _connection,
        Catalog = _engine.Catalog,
        Database = Database,
        Schema = Schema,
        ColumnTypeLookup = CachedColumnTypes,
    };

    /// <summary>
    /// Declared column types per table, kept until any session runs DDL. Per session, because a temporary table
    /// shadows a permanent one of the same name only on its own connection.
    /// </summary>
    private IReadOnlyList<(string Name, DeclaredType Type, bool Nullable)> CachedColumnTypes(string database, string schema, string table) =>
        (_columnTypes ??= new(() => _engine.SchemaVersion)).GetOrAdd((database, schema, table), key =>
            _engine.Catalog.Exists(key.Database) ? MetadataStore.ColumnTypes(_connection, key.Database, key.Schema, key.Table) : []);

    private SchemaCache<(string Database, string Schema, string Table), IReadOnlyList<(string Name, DeclaredType Type, bool Nullable)>>? _columnTypes;

    internal MetadataContext CreateMetadataContext() => new()
    {
        Connection = _connection,
        Catalog = _engine.Catalog,
        Database = Database,
        Schema = Schema,
        SessionId = Id,
        User = User,
        Role = Role,
        Warehouse = Warehouse,
        Parameters = Parameters.All,
        ParameterDefault = SessionParameters.DefaultOf,
        Variables = VariableInfos(),
        Warehouses = _engine.AccountObjects.List("WAREHOUSE"),
        Roles = _engine.AccountObjects.List("ROLE"),
        Users = _engine.AccountObjects.List("USER"),
        NameResolver = ResolveName,
        TimestampTypeMapping = Parameters.Get("TIMESTAMP_TYPE_MAPPING"),
    };

    private IReadOnlyList<VariableInfo> VariableInfos()
    {
        if (_variables.Count == 0)
            return [];
        return _variables.Order(StringComparer.Ordinal).Select(VariableInfoOf).ToList();
    }

    private VariableInfo VariableInfoOf(string name)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT CAST(getvariable({Identifiers.Literal(name)}) AS VARCHAR), typeof(getvariable({Identifiers.Literal(name)}))";
        using var reader = command.ExecuteReader();
        reader.Read();
        var value = reader.IsDBNull(0) ? null : reader.GetString(0);
        var type = Metadata.DeclaredType.FromDuckDb(reader.GetString(1)).ToString();
        var (created, updated) = _variableTimes[name];
        return new VariableInfo(name, value, type, created, updated);
    }

    /// <summary>Context changes that follow DDL run on DuckDB (Snowflake makes a new schema current).</summary>
    private void AfterDuckDbStatement(TranslatedStatement statement)
    {
        switch (statement.Syntax)
        {
            case CreateSchemaStatement create:
                var parts = ResolveName(create.Name);
                var database = parts.Count >= 2 ? parts[^2] : Database;
                if (database is not null)
                    SetContext(database, parts[^1]);
                break;
            case DropStatement { ObjectKind: "SCHEMA" } drop:
                var dropped = ResolveName(drop.Name);
                if ((dropped.Count >= 2 ? dropped[^2] : Database) == Database && dropped[^1] == Schema)
                    SetContext(Database, null);
                break;
        }
    }

    /// <summary>
    /// The query history and statement text change with every statement; they are handed to DuckDB only when
    /// the translated SQL reads them, so ordinary statements pay nothing.
    /// </summary>
    private void PublishStatementContext(TranslatedStatement statement)
    {
        var sql = statement.DuckDbSql! + string.Concat(statement.EngineCalls.SelectMany(c => c.Arguments));
        if (sql.Contains(FunctionLibrary.QueryHistoryVariable, StringComparison.Ordinal))
            Run($"SET VARIABLE {FunctionLibrary.QueryHistoryVariable} = [{string.Join(", ", _queryHistory.Select(Identifiers.Literal))}]::VARCHAR[]");
        if (sql.Contains(FunctionLibrary.CurrentStatementVariable, StringComparison.Ordinal))
            Run(SetVariableSql(FunctionLibrary.CurrentStatementVariable, statement.SourceText));
    }

    private static bool IsTrue(string value) => value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1";

    // ---- state changes used by SessionCommands ---------------------------------------------------------

    /// <summary>The resolved parts of a name; IDENTIFIER($var) is looked up in the session variables.</summary>
    internal IReadOnlyList<string> ResolveName(QualifiedName name)
    {
        if (name.Bind is { } bind)
            return ResolveBoundName(bind);
        if (name.Variable is null)
            return name.Parts.Select(p => p.Resolved).ToList();
        var value = GetVariableText(name.Variable) ?? throw EngineErrors.VariableDoesNotExist(name.Variable);
        return value.Split('.').Select(Identifiers.Resolve).ToList();
    }

    /// <summary>The binds of the engine-handled statement running now (IDENTIFIER(?) reads them).</summary>
    internal IReadOnlyList<object?> CurrentBinds { get; set; } = [];

    private IReadOnlyList<string> ResolveBoundName(BindParameter bind)
    {
        var index = (bind.Index ?? 0) - 1;
        if (index < 0 || index >= CurrentBinds.Count || CurrentBinds[index] is not { } value)
            throw new SnowflakeSqlException("002049", "22000", "SQL compilation error: Bind variable ? not set.");
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        return text.Split('.').Select(Identifiers.Resolve).ToList();
    }

    /// <summary>Database, schema and name for creating an object, with Snowflake's errors when context is missing.</summary>
    internal (string Database, string Schema, string Name) QualifyForCreate(QualifiedName name, string operation)
    {
        var parts = ResolveName(name);
        var database = parts.Count >= 3 ? parts[^3] : Database ?? throw EngineErrors.NoCurrentDatabase(operation);
        var schema = parts.Count >= 2 ? parts[^2] : Schema ?? throw EngineErrors.NoCurrentSchema(operation);
        return (database, schema, parts[^1]);
    }

    internal void SetContext(string? database, string? schema)
    {
        Database = database;
        Schema = database is null ? null : schema;
        ApplyContext();
    }

    internal void SetWarehouse(string warehouse)
    {
        Warehouse = warehouse;
        Run(SetVariableSql("MH_CURRENT_WAREHOUSE", warehouse));
    }

    internal void SetRole(string role)
    {
        Role = role;
        Run(SetVariableSql("MH_CURRENT_ROLE", role));
    }

    internal void SetParameter(string name, string value)
    {
        if (name == "TIMEZONE")
            CheckTimeZone(value);
        Parameters.Set(name, value);
        ApplyParameter(name);
    }

    /// <summary>
    /// Snowflake refuses a TIMEZONE that is not a time zone name and leaves the session as it was. DuckDB refuses it
    /// only when the zone is set, and a failed SET aborts an open transaction (its changes were gone at COMMIT), so
    /// the name is looked up in DuckDB's list of zones first.
    /// </summary>
    private void CheckTimeZone(string value)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM pg_timezone_names() WHERE lower(name) = lower($zone) LIMIT 1";
        command.Parameters.Add(new DuckDBParameter("zone", value));
        if (command.ExecuteScalar() is null)
            throw EngineErrors.InvalidParameterValue("TIMEZONE", value);
    }

    internal void UnsetParameter(string name)
    {
        Parameters.Unset(name);
        ApplyParameter(name.ToUpperInvariant());
    }

    private void ApplyParameter(string name)
    {
        if (name == "TIMEZONE")
            ApplyTimeZone();
        if (SessionParameters.FunctionVariables.Contains(name))
            Run(SetVariableSql(VariableName(name), Parameters.Get(name)));
    }

    private static string VariableName(string parameter) => "MH_" + parameter;

    /// <summary>DuckDB SQL setting an engine-owned variable (names are fixed identifiers, values literals).</summary>
    private static string SetVariableSql(string name, string? value) => $"SET VARIABLE {name} = {Identifiers.LiteralOrNull(value)}";

    /// <summary>SET name = expr: evaluated once, now, as Snowflake does.</summary>
    internal void SetVariable(string name, string valueDuckDbSql)
    {
        Run($"SET VARIABLE {Identifiers.Quote(name)} = ({valueDuckDbSql})");
        _variables.Add(name);
        var now = DateTimeOffset.UtcNow;
        _variableTimes[name] = (_variableTimes.TryGetValue(name, out var times) ? times.Created : now, now);
    }

    internal bool UnsetVariable(string name)
    {
        if (!_variables.Remove(name))
            return false;
        _variableTimes.Remove(name);
        Run($"RESET VARIABLE {Identifiers.Quote(name)}");
        return true;
    }

    /// <summary>The text of a session variable (for IDENTIFIER($var)), or null when it is not set.</summary>
    internal string? GetVariableText(string name)
    {
        if (!_variables.Contains(name))
            return null;
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT CAST(getvariable({Identifiers.Literal(name)}) AS VARCHAR)";
        return command.ExecuteScalar() as string;
    }

    internal void BeginTransaction()
    {
        if (InTransaction)
            return;
        Run("BEGIN TRANSACTION");
        InTransaction = true;
        var transactionId = Id * 1000 + Interlocked.Increment(ref _transactionCounter);
        Run(SetVariableSql("MH_CURRENT_TRANSACTION", transactionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    internal void CommitTransaction()
    {
        if (!InTransaction)
            return;
        RefuseCommitOfLostTransaction();
        InTransaction = false;
        Run("COMMIT");
        Run(SetVariableSql("MH_CURRENT_TRANSACTION", null));
    }

    internal void RollbackTransaction()
    {
        if (!InTransaction)
            return;
        InTransaction = false;
        _transactionLost = false;
        _failedInTransaction = false;
        Run("ROLLBACK");
        Run(SetVariableSql("MH_CURRENT_TRANSACTION", null));
    }

    /// <summary>DDL and database-level statements commit an open transaction first, as in Snowflake.</summary>
    internal void CommitImplicitly() => CommitTransaction();

    internal void RunDuckDb(string duckDbSql) => Run(duckDbSql);

    internal DuckDBConnection Connection => _connection;

    private void ApplyContext()
    {
        Run(SetVariableSql("MH_CURRENT_DATABASE", Database) + ";\n" + SetVariableSql("MH_CURRENT_SCHEMA", Schema));
        if (Database is null)
        {
            Run("USE memory.main");
            return;
        }
        var schema = Schema ?? DatabaseCatalog.DefaultSchema;
        Run($"USE {Identifiers.Quote(Database)}.{Identifiers.Quote(schema)}");
    }

    private void ApplyTimeZone() => Run(TimeZoneSql());

    private string TimeZoneSql() => $"SET TimeZone = {Identifiers.Literal(Parameters.Get("TIMEZONE"))}";

    private void Run(string duckDbSql)
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = duckDbSql;
            command.ExecuteNonQuery();
        }
        finally
        {
            // Variables, settings, the search path, transactions: what prepared plans may have baked in.
            _engine.MayHaveChanged();
        }
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        Cancel();
        _results.Dispose();
        _prepared.Dispose();
        _connection.Dispose();
        _busy.Dispose();
    }
}
