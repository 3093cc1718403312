using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Tests.Functions.SemiStructured;

/// <summary>
/// Translates Snowflake SQL with <see cref="SnowflakeTranslator"/> and runs it on one DuckDB connection per fixture
/// (the statements are read-only SELECTs). Results are compared as text: JSON values by their compact JSON text,
/// SQL NULL as "NULL", booleans as true/false.
/// </summary>
public abstract class SemiStructuredTestBase : FunctionTestBase
{
    private static readonly SnowflakeTranslator Translator = new();

    protected QueryOutcome Run(string sql)
    {
        QueryOutcome? last = null;
        foreach (var statement in Translator.Translate(sql))
        {
            Assert.That(statement.DuckDbSql, Is.Not.Null, $"'{statement.SourceText}' has no DuckDB SQL");
            last = Db.Query(statement.DuckDbSql!);
        }
        return last ?? throw new AssertionException("no statements");
    }

    /// <summary>The value of <c>SELECT expression</c> as text.</summary>
    protected string Eval(string expression) => Text(Run("SELECT " + expression).Scalar);

    /// <summary>The first column of every row of a query, as text.</summary>
    protected new List<string> Column(string sql) => Run(sql).Rows.Select(r => Text(r[0])).ToList();

    /// <summary>Every row of a query, its columns as text joined by " | ".</summary>
    protected List<string> RowsOf(string sql) => Run(sql).Rows.Select(r => string.Join(" | ", r.Select(Text))).ToList();

    /// <summary>The DuckDB type (typeof) of every column of a query's first row.</summary>
    protected List<string> DuckTypes(string sql)
    {
        var statement = Translator.Translate(sql).Single();
        var outcome = Db.Query($"SELECT * FROM ({statement.DuckDbSql}) LIMIT 1");
        var types = string.Join(", ", outcome.ColumnNames.Select(c => $"typeof(\"{c}\")"));
        return Db.Query($"SELECT {types} FROM ({statement.DuckDbSql}) LIMIT 1").Rows[0].Select(v => (string)v!).ToList();
    }

    /// <summary>The DuckDB type (typeof) of <c>SELECT expression</c>.</summary>
    protected string DuckType(string expression)
    {
        var statement = Translator.Translate("SELECT " + expression + " AS x").Single();
        return (string)Db.Query($"SELECT typeof(x) FROM ({statement.DuckDbSql})").Scalar!;
    }

    protected static SnowflakeSqlException TranslationFails(string sql) =>
        Assert.Throws<SnowflakeSqlException>(() => Translator.Translate(sql))!;

    /// <summary>Asserts that the statement translates but DuckDB rejects it when it runs (Snowflake raises an error).</summary>
    protected void FailsAtRuntime(string expression) =>
        Assert.That(() => Run("SELECT " + expression), Throws.Exception.Not.InstanceOf<AssertionException>());

    private static string Text(object? value) => value switch
    {
        null => "NULL",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.'),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
