using DuckDB.NET.Data;

namespace Mockhaus.Engine.Catalog;

/// <summary>
/// Snowflake databases as attached DuckDB databases: in memory, or one file per database under the data
/// directory so each survives a restart.
/// </summary>
public sealed class DatabaseCatalog
{
    public const string DefaultSchema = "PUBLIC";
    private static readonly HashSet<string> ReservedCatalogs = new(StringComparer.OrdinalIgnoreCase) { "memory", "system", "temp" };

    private readonly DuckDBConnection _root;
    private readonly string? _dataDirectory;
    private readonly object _gate = new();

    public DatabaseCatalog(DuckDBConnection root, string? dataDirectory)
    {
        _root = root;
        _dataDirectory = dataDirectory;
        if (_dataDirectory is not null)
            AttachExistingFiles();
    }

    public bool Exists(string database)
    {
        using var command = _root.CreateCommand();
        command.CommandText = "SELECT count(*) FROM duckdb_databases() WHERE database_name = $1 AND NOT internal";
        command.Parameters.Add(new DuckDBParameter(database));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    /// <summary>Creates (attaches) a database with its PUBLIC schema. Returns false when it already existed.</summary>
    public bool Create(string database, bool orReplace = false)
    {
        if (ReservedCatalogs.Contains(database))
            throw new Mockhaus.Sql.Errors.SnowflakeSqlException("002002", "42710",
                $"SQL compilation error:\nObject '{database}' already exists.");
        lock (_gate)
        {
            if (Exists(database))
            {
                if (!orReplace)
                    return false;
                Drop(database);
            }
            Execute($"ATTACH {Identifiers.Literal(LocationOf(database))} AS {Identifiers.Quote(database)}");
            Execute($"CREATE SCHEMA IF NOT EXISTS {Identifiers.Quote(database)}.{Identifiers.Quote(DefaultSchema)}");
            return true;
        }
    }

    public void Drop(string database)
    {
        lock (_gate)
        {
            Execute($"DETACH DATABASE IF EXISTS {Identifiers.Quote(database)}");
            if (_dataDirectory is not null)
            {
                var file = LocationOf(database);
                File.Delete(file);
                File.Delete(file + ".wal");
            }
        }
    }

    public IReadOnlyList<string> List()
    {
        using var command = _root.CreateCommand();
        command.CommandText = "SELECT database_name FROM duckdb_databases() WHERE NOT internal AND database_name <> 'memory' ORDER BY 1";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    public bool SchemaExists(string database, string schema)
    {
        using var command = _root.CreateCommand();
        command.CommandText = "SELECT count(*) FROM duckdb_schemas() WHERE database_name = $1 AND schema_name = $2";
        command.Parameters.Add(new DuckDBParameter(database));
        command.Parameters.Add(new DuckDBParameter(schema));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    private string LocationOf(string database) =>
        _dataDirectory is null ? ":memory:" : Path.Combine(_dataDirectory, FileNameOf(database) + ".duckdb");

    /// <summary>Database names are case-sensitive and may hold any character: hex-encode what a file name can't hold.</summary>
    private static string FileNameOf(string database)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in database)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
                builder.Append(c);
            else
                builder.Append('%').Append(((int)c).ToString("X4"));
        }
        return builder.ToString();
    }

    private static string NameOfFile(string fileName)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < fileName.Length; i++)
        {
            if (fileName[i] == '%' && i + 4 < fileName.Length)
            {
                builder.Append((char)Convert.ToInt32(fileName.Substring(i + 1, 4), 16));
                i += 4;
            }
            else
            {
                builder.Append(fileName[i]);
            }
        }
        return builder.ToString();
    }

    private void AttachExistingFiles()
    {
        Directory.CreateDirectory(_dataDirectory!);
        foreach (var file in Directory.GetFiles(_dataDirectory!, "*.duckdb").Order(StringComparer.Ordinal))
        {
            var name = NameOfFile(Path.GetFileNameWithoutExtension(file));
            Execute($"ATTACH {Identifiers.Literal(file)} AS {Identifiers.Quote(name)}");
        }
    }

    private void Execute(string sql)
    {
        using var command = _root.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
