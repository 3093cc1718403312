using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Tests.Support;

/// <summary>
/// Translates Snowflake SQL with <see cref="SnowflakeTranslator"/> and executes every resulting DuckDB statement on a fresh
/// in-memory DuckDB database (one per test), so each test checks real results rather than SQL text.
/// </summary>
public abstract class TranslatorTestBase
{
    protected static readonly SnowflakeTranslator Translator = new();

    private DuckDbTestDatabase? _db;

    protected DuckDbTestDatabase Db => _db ??= CreateDatabase();

    private static DuckDbTestDatabase CreateDatabase()
    {
        var db = new DuckDbTestDatabase();
        db.Execute("SET TimeZone = 'UTC'");
        return db;
    }

    [TearDown]
    public void DisposeDatabase()
    {
        _db?.Dispose();
        _db = null;
    }

    protected static IReadOnlyList<TranslatedStatement> Translate(string sql) => Translator.Translate(sql);

    protected static TranslatedStatement TranslateOne(string sql)
    {
        var statements = Translator.Translate(sql);
        Assert.That(statements, Has.Count.EqualTo(1), "statement count");
        return statements[0];
    }

    protected static string DuckDb(string sql) => TranslateOne(sql).DuckDbSql!;

    /// <summary>Translates and runs every statement; returns the outcome of the last one.</summary>
    protected QueryOutcome Run(string sql)
    {
        QueryOutcome? last = null;
        foreach (var statement in Translate(sql))
        {
            Assert.That(statement.DuckDbSql, Is.Not.Null, $"'{statement.SourceText}' has no DuckDB SQL");
            last = Db.Query(statement.DuckDbSql!);
        }
        return last ?? throw new AssertionException("no statements");
    }

    protected object? Scalar(string sql) => Run(sql).Scalar;

    /// <summary>The first column of every row, as invariant text ("NULL" for NULL).</summary>
    protected List<string> Column(string sql) => Run(sql).Rows.Select(r => Text(r[0])).ToList();

    protected string ScalarText(string sql) => Text(Scalar(sql));

    protected static string Text(object? value) => value switch
    {
        null => "NULL",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    protected static SnowflakeSqlException TranslationFails(string sql) =>
        Assert.Throws<SnowflakeSqlException>(() => Translator.Translate(sql))!;

    /// <summary>Creates the given tables (Snowflake DDL) and fills them.</summary>
    protected void Setup(params string[] statements)
    {
        foreach (var statement in statements) Run(statement);
    }
}
