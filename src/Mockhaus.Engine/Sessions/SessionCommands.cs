using System.Globalization;
using Mockhaus.Engine.Catalog;
using Mockhaus.Engine.Errors;
using Mockhaus.Engine.Results;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// Statements the engine carries out itself rather than on DuckDB: context (USE), session parameters,
/// variables, transactions, databases, and the account objects that only matter in the cloud.
/// </summary>
internal sealed class SessionCommands
{
    private readonly Session _session;
    private readonly MockhausEngine _engine;

    public SessionCommands(Session session, MockhausEngine engine)
    {
        _session = session;
        _engine = engine;
    }

    public IResultStream Execute(TranslatedStatement statement, IReadOnlyList<object?> binds)
    {
        _session.CurrentBinds = binds;
        if (Metadata.MetadataStatements.TryExecute(statement, _session.CreateMetadataContext(), out var metadata))
            return metadata;
        var result = ExecuteCommand(statement);
        _session.RecordMetadata(statement);
        return result;
    }

    private IResultStream ExecuteCommand(TranslatedStatement statement) => statement.Syntax switch
    {
        UseStatement use => Use(use),
        AlterSessionStatement alter => AlterSession(alter),
        SetVariableStatement set => SetVariables(set),
        UnsetVariableStatement unset => UnsetVariables(unset),
        TransactionStatement transaction => Transaction(transaction),
        CreateDatabaseStatement create => CreateDatabase(create),
        DropStatement { ObjectKind: "DATABASE" } drop => DropDatabase(drop),
        AlterDatabaseStatement alter => AlterDatabase(alter),
        AccountObjectStatement account => AccountObject(account),
        GrantStatement => Status(StatusMessages.Success),
        CreateSequenceStatement sequence => CreateSequence(sequence),
        _ => throw SnowflakeErrors.Unsupported(FeatureName(statement)),
    };

    private static string FeatureName(TranslatedStatement statement)
    {
        var words = statement.SourceText.Trim().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(2)).ToUpperInvariant();
    }

    private static IResultStream Status(string message) => InMemoryResultStream.Status(message);

    private IResultStream Use(UseStatement use)
    {
        var kind = use.ObjectKind?.ToUpperInvariant();
        if (use.SecondaryRoles is not null)
            return Status(StatusMessages.Success);
        var name = use.Name ?? throw SnowflakeErrors.Unsupported("USE");
        var parts = _session.ResolveName(name);
        switch (kind)
        {
            case "WAREHOUSE":
                _session.SetWarehouse(parts[^1]);
                break;
            case "ROLE":
                _session.SetRole(parts[^1]);
                break;
            case "SCHEMA":
                UseSchema(parts.Count >= 2 ? parts[^2] : _session.Database, parts[^1]);
                break;
            case "DATABASE":
                UseDatabase(parts[^1]);
                break;
            default:
                if (parts.Count >= 2)
                    UseSchema(parts[^2], parts[^1]);
                else
                    UseDatabase(parts[0]);
                break;
        }
        return Status(StatusMessages.Success);
    }

    private void UseDatabase(string database)
    {
        if (!_engine.Catalog.Exists(database))
            throw EngineErrors.ObjectDoesNotExistOrCannotBePerformed();
        var schema = _engine.Catalog.SchemaExists(database, DatabaseCatalog.DefaultSchema) ? DatabaseCatalog.DefaultSchema : null;
        _session.SetContext(database, schema);
    }

    private void UseSchema(string? database, string schema)
    {
        if (database is null)
            throw EngineErrors.NoCurrentDatabase("USE SCHEMA");
        if (!_engine.Catalog.Exists(database) || !_engine.Catalog.SchemaExists(database, schema))
            throw EngineErrors.ObjectDoesNotExistOrCannotBePerformed();
        _session.SetContext(database, schema);
    }

    private IResultStream AlterSession(AlterSessionStatement alter)
    {
        foreach (var setting in alter.Set)
        {
            var name = setting.Name.ToUpperInvariant();
            if (!SessionParameters.IsKnown(name))
                throw EngineErrors.InvalidParameter(name);
            TranslationParameters.Validate(name, setting.Value);
            _session.SetParameter(name, setting.Value);
        }
        foreach (var name in alter.Unset)
        {
            if (!SessionParameters.IsKnown(name))
                throw EngineErrors.InvalidParameter(name.ToUpperInvariant());
            _session.UnsetParameter(name);
        }
        return Status(StatusMessages.Success);
    }

    private IResultStream SetVariables(SetVariableStatement set)
    {
        if (set.Names.Count != set.ValueDuckDbSql.Count)
            throw new SnowflakeSqlException("000002", "0A000",
                $"SQL compilation error:\nSET statement expects {set.Names.Count} values but got {set.ValueDuckDbSql.Count}.");
        for (var i = 0; i < set.Names.Count; i++)
            _session.SetVariable(set.Names[i], set.ValueDuckDbSql[i]);
        return Status(StatusMessages.Success);
    }

    private IResultStream UnsetVariables(UnsetVariableStatement unset)
    {
        foreach (var name in unset.Names)
            if (!_session.UnsetVariable(name))
                throw EngineErrors.VariableDoesNotExist(name);
        return Status(StatusMessages.Success);
    }

    private IResultStream Transaction(TransactionStatement transaction)
    {
        switch (transaction.Kind)
        {
            case "BEGIN":
                _session.BeginTransaction();
                break;
            case "COMMIT":
                _session.CommitTransaction();
                break;
            default:
                _session.RollbackTransaction();
                break;
        }
        return Status(StatusMessages.Success);
    }

    private IResultStream CreateDatabase(CreateDatabaseStatement create)
    {
        if (create.CloneOf is not null)
            throw SnowflakeErrors.Unsupported("CREATE DATABASE ... CLONE");
        var name = create.Name.Last.Resolved;
        _session.CommitImplicitly();
        if (!_engine.CreateDatabase(_session.Connection, name, create.OrReplace))
        {
            if (!create.IfNotExists)
                throw EngineErrors.AlreadyExists("DATABASE", name);
            return Status($"{name} already exists, statement succeeded.");
        }
        // Snowflake makes a newly created database (and its PUBLIC schema) current.
        _session.SetContext(name, DatabaseCatalog.DefaultSchema);
        return Status($"Database {name} successfully created.");
    }

    private IResultStream DropDatabase(DropStatement drop)
    {
        var name = drop.Name.Last.Resolved;
        _session.CommitImplicitly();
        if (!_engine.Catalog.Exists(name))
        {
            if (drop.IfExists)
                return Status($"Drop statement executed successfully ({name} already dropped).");
            throw EngineErrors.DatabaseDoesNotExist(name);
        }
        if (_session.Database == name)
            _session.SetContext(null, null);
        _engine.Catalog.Drop(name);
        return Status($"{name} successfully dropped.");
    }

    private IResultStream AlterDatabase(AlterDatabaseStatement alter)
    {
        var name = alter.Name.Last.Resolved;
        if (!_engine.Catalog.Exists(name))
        {
            if (alter.IfExists)
                return Status(StatusMessages.Success);
            throw EngineErrors.DatabaseDoesNotExist(name);
        }
        if (alter.Action is "SET" or "UNSET")
            return Status(StatusMessages.Success);
        throw SnowflakeErrors.Unsupported($"ALTER DATABASE {alter.Action}");
    }

    private IResultStream AccountObject(AccountObjectStatement statement)
    {
        var kind = statement.ObjectKind.ToUpperInvariant();
        var name = statement.Name.Last.Resolved;
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(kind.ToLowerInvariant());
        var accounts = _engine.AccountObjects;
        switch (statement.Action)
        {
            case "CREATE":
                if (!accounts.Create(kind, name, statement.OrReplace))
                {
                    if (statement.IfNotExists)
                        return Status($"{name} already exists, statement succeeded.");
                    throw EngineErrors.AlreadyExists(kind, name);
                }
                if (kind == "WAREHOUSE")
                    _session.SetWarehouse(name); // Snowflake makes a new warehouse current for the session.
                return Status($"{title} {name} successfully created.");
            case "DROP":
                if (!accounts.Drop(kind, name) && !statement.IfExists)
                    throw SnowflakeErrors.ObjectDoesNotExist(name);
                return Status($"{name} successfully dropped.");
            default:
                return Status(StatusMessages.Success);
        }
    }

    private IResultStream CreateSequence(CreateSequenceStatement sequence)
    {
        var (database, schema, name) = _session.QualifyForCreate(sequence.Name, "CREATE SEQUENCE");
        var target = $"{Identifiers.Quote(database)}.{Identifiers.Quote(schema)}.{Identifiers.Quote(name)}";
        var create = sequence.OrReplace ? "CREATE OR REPLACE SEQUENCE" : sequence.IfNotExists ? "CREATE SEQUENCE IF NOT EXISTS" : "CREATE SEQUENCE";
        _session.CommitImplicitly();
        _session.RunDuckDb($"{create} {target} START WITH {sequence.Start} INCREMENT BY {sequence.Increment}" +
                           (sequence.Increment < 0 ? $" MINVALUE {long.MinValue + 1} MAXVALUE {sequence.Start}" : ""));
        return Status($"Sequence {name} successfully created.");
    }
}
