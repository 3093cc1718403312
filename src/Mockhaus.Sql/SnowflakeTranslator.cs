using System.Collections.Concurrent;
using System.Text;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Generation;
using Mockhaus.Sql.Parsing;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql;

/// <summary>
/// Snowflake SQL -> DuckDB SQL. Thread-safe; results are cached by statement text (ASTs and translations are immutable).
/// Only <see cref="SnowflakeSqlException"/> ever escapes.
/// </summary>
public sealed class SnowflakeTranslator : ISqlTranslator
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<TranslatedStatement>> _cache = new(StringComparer.Ordinal);
    private readonly int _cacheCapacity;

    /// <param name="cacheCapacity">Maximum number of cached texts; the cache is emptied when it would grow beyond that.</param>
    public SnowflakeTranslator(int cacheCapacity = 2048) => _cacheCapacity = Math.Max(0, cacheCapacity);

    public IReadOnlyList<TranslatedStatement> Translate(string sql) => Translate(sql, TranslationSettings.Default);

    public IReadOnlyList<TranslatedStatement> Translate(string sql, TranslationSettings settings)
    {
        sql ??= ""; // even a null text is just "no statements": only SnowflakeSqlException may escape
        var key = settings.CacheKeyPrefix + sql;
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var translated = Guard(() => TranslateUncached(sql, settings), sql.Length);
        if (_cacheCapacity > 0)
        {
            // A simple bound: a cache of recent texts that starts over when full (cheap, no lock on the read path).
            if (_cache.Count >= _cacheCapacity) _cache.Clear();
            _cache[key] = translated;
        }
        return translated;
    }

    public IReadOnlyList<TranslatedStatement> Translate(string sql, TranslationSettings settings, ITableColumns tables) =>
        Guard(() => Parser.ParseScript(sql ?? "", settings).Select(parsed => TranslateStatement(parsed, settings, tables)).ToList(),
            (sql ?? "").Length);

    /// <summary>
    /// Like <see cref="Translate(string, TranslationSettings, ITableColumns)"/>, for a script that calls functions the
    /// library does not know, which may be SQL UDFs of the catalog. A statement that still names an unknown function
    /// (a UDF an earlier statement of the same script creates) is translated again when it runs
    /// (<see cref="TranslatedStatement.NeedsTableColumns"/>), and fails then if the name is still unknown.
    /// </summary>
    public IReadOnlyList<TranslatedStatement> TranslateWithUserFunctions(string sql, TranslationSettings settings, ITableColumns tables) =>
        Guard(() => Parser.ParseScript(sql ?? "", settings).Select(parsed => TranslateOrDefer(parsed, settings, tables)).ToList(),
            (sql ?? "").Length);

    private static TranslatedStatement TranslateOrDefer(ParsedStatement parsed, TranslationSettings settings, ITableColumns tables)
    {
        try
        {
            return TranslateStatement(parsed, settings, tables);
        }
        catch (SnowflakeSqlException unknown) when (unknown.ErrorCode == SnowflakeErrors.UnknownFunctionCode)
        {
            return new TranslatedStatement(parsed.SourceText, StatementClassifier.Kind(parsed.Syntax), DuckDbGenerator.NoOperation,
                parsed.Syntax, StatementClassifier.Target(parsed.Syntax))
            {
                BindCount = parsed.BindCount,
                NeedsTableColumns = true,
            };
        }
    }

    /// <summary>A readable dump of the AST of each statement, its DuckDB SQL and the transforms applied.</summary>
    public string Explain(string sql)
    {
        sql ??= "";
        return Guard(() =>
        {
            var builder = new StringBuilder();
            foreach (var parsed in Parser.ParseScript(sql))
            {
                var generator = new DuckDbGenerator();
                var duckDb = Generate(generator, parsed.Syntax);
                builder.AppendLine("-- Snowflake: " + parsed.SourceText);
                builder.AppendLine("Kind: " + StatementClassifier.Kind(parsed.Syntax));
                builder.AppendLine("AST:");
                builder.Append(AstPrinter.Print(parsed.Syntax));
                builder.AppendLine("DuckDB: " + (duckDb ?? "(executed by the engine)"));
                builder.AppendLine("Transforms:");
                foreach (var transform in generator.Transforms) builder.AppendLine("  - " + transform);
                if (generator.Transforms.Count == 0) builder.AppendLine("  (none)");
                builder.AppendLine();
            }
            return builder.ToString();
        }, sql.Length);
    }

    private static IReadOnlyList<TranslatedStatement> TranslateUncached(string sql, TranslationSettings settings) =>
        Parser.ParseScript(sql, settings).Select(parsed => TranslateStatement(parsed, settings)).ToList();

    private static TranslatedStatement TranslateStatement(ParsedStatement parsed, TranslationSettings settings, ITableColumns? tables = null)
    {
        var generator = new DuckDbGenerator(settings) { Tables = tables };
        var duckDb = Generate(generator, parsed.Syntax);
        var syntax = AttachEngineSql(generator, parsed.Syntax);
        return new TranslatedStatement(parsed.SourceText, StatementClassifier.Kind(syntax), duckDb, syntax,
            StatementClassifier.Target(syntax))
        {
            BindCount = parsed.BindCount,
            EngineCalls = generator.EngineCalls,
            SessionVariables = generator.SessionVariables,
            NeedsTableColumns = (generator.NeedsTableColumns || generator.NeedsTimestampTzColumns) && tables is null,
            TableColumnsMatterOnlyForTimestampTz = !generator.NeedsTableColumns,
            MultiInsert = generator.MultiInsertPlan,
            ResultReusable = generator.ResultReusable && StatementClassifier.Kind(syntax) == StatementKind.Select && duckDb is not null,
            RelationsRead = generator.RelationsRead,
        };
    }

    private static string? Generate(DuckDbGenerator generator, Statement statement) => generator.Statement(statement);

    /// <summary>Engine-executed statements that carry expressions get their DuckDB form on the node.</summary>
    private static Statement AttachEngineSql(DuckDbGenerator generator, Statement statement) => statement switch
    {
        SetVariableStatement set => set with { ValueDuckDbSql = set.Values.Select(generator.Expression).ToList() },
        CallStatement call => call with { ArgumentsDuckDbSql = call.Arguments.Select(generator.Expression).ToList() },
        _ => statement,
    };

    /// <summary>Texts longer than this are translated on a thread with a large stack, so that big legitimate statements
    /// (long operator chains) translate; short texts cannot nest deeply enough to need it.</summary>
    private const int LargeStatementLength = 2000;

    private const int LargeStackBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The translator's contract: whatever the input, only SnowflakeSqlException escapes. Long texts first try the
    /// ordinary stack (starting a thread costs more than translating most statements) and move to a large-stack
    /// thread only when the ordinary stack runs out.
    /// </summary>
    private static T Guard<T>(Func<T> action, int textLength) =>
        textLength <= LargeStatementLength
            ? GuardInline(action)
            : GuardInline(action, onStackExhausted: () => OnLargeStack(action));

    private static T OnLargeStack<T>(Func<T> action)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = GuardInline(action); }
            catch (Exception exception) { failure = exception; }
        }, LargeStackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return result!;
    }

    private static T GuardInline<T>(Func<T> action, Func<T>? onStackExhausted = null)
    {
        try
        {
            return action();
        }
        catch (InsufficientExecutionStackException) when (onStackExhausted is not null)
        {
            return onStackExhausted();
        }
        catch (InsufficientExecutionStackException)
        {
            throw SnowflakeErrors.TooDeeplyNested(1, 0);
        }
        catch (SnowflakeSqlException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new SnowflakeSqlException("000603", "XX000",
                "SQL execution internal error:\nProcessing aborted due to error 300002:" + exception.GetType().Name, exception);
        }
    }
}
