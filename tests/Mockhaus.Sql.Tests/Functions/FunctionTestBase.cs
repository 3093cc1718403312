using System.Text.RegularExpressions;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Sql.Tests.Functions;

/// <summary>
/// Builds FunctionCalls the way the generator does (arguments already DuckDB SQL, string literals and bare words
/// flagged) and executes the translation on a DuckDB connection prepared like an engine session.
/// </summary>
public abstract class FunctionTestBase
{
    private DuckDbTestDatabase _db = null!;

    [OneTimeSetUp]
    public void OpenDatabase()
    {
        _db = new DuckDbTestDatabase();
        _db.Execute("SET TimeZone = 'UTC'");
    }

    [OneTimeTearDown]
    public void CloseDatabase() => _db.Dispose();

    protected DuckDbTestDatabase Db => _db;

    /// <summary>An argument as the generator would pass it: 'text' is a string literal, a plain word a bare word.</summary>
    protected static FunctionArgument Arg(string sql)
    {
        var literal = Regex.Match(sql, "^'((?:[^']|'')*)'$");
        if (literal.Success)
            return new FunctionArgument(sql, stringLiteral: literal.Groups[1].Value.Replace("''", "'"));
        if (Regex.IsMatch(sql, "^[A-Za-z_][A-Za-z_0-9]*$") && !Regex.IsMatch(sql, "^(NULL|TRUE|FALSE)$", RegexOptions.IgnoreCase))
            return new FunctionArgument(sql.ToLowerInvariant(), bareWord: sql);
        return new FunctionArgument(sql);
    }

    protected static FunctionCall Call(string name, params string[] args) =>
        new(name.ToUpperInvariant(), args.Select(Arg).ToList());

    protected static string Translate(FunctionCall call)
    {
        Assert.That(FunctionLibrary.TryGet(call.Name, out var definition), Is.True, $"{call.Name} is not registered");
        Assert.That(call.Arguments.Count, Is.InRange(definition.MinArguments, definition.MaxArguments), "arity");
        return definition.Translate(call);
    }

    /// <summary>Evaluates a scalar call and returns its value as DuckDB's VARCHAR text ("NULL" for NULL).</summary>
    protected string Eval(string name, params string[] args) => EvalCall(Call(name, args));

    protected string EvalCall(FunctionCall call, string from = "")
    {
        var sql = $"SELECT CAST(({Translate(call)}) AS VARCHAR) {from}";
        var value = _db.Query(sql).Scalar;
        return value is null ? "NULL" : (string)value;
    }

    /// <summary>The DuckDB type of a scalar call's result.</summary>
    protected string TypeOf(string name, params string[] args) =>
        (string)_db.Query($"SELECT typeof({Translate(Call(name, args))})").Scalar!;

    /// <summary>Runs a query and returns every row's first column as text.</summary>
    protected List<string> Column(string sql) =>
        _db.Query(sql).Rows.Select(r => r[0] is null ? "NULL" : Convert.ToString(r[0], System.Globalization.CultureInfo.InvariantCulture)!).ToList();

    protected static SnowflakeSqlException Fails(string name, params string[] args) =>
        Assert.Throws<SnowflakeSqlException>(() => Translate(Call(name, args)))!;

    /// <summary>Asserts the translated SQL fails when DuckDB runs it (Snowflake raises a conversion error).</summary>
    protected void FailsAtRuntime(string name, params string[] args)
    {
        var sql = $"SELECT CAST(({Translate(Call(name, args))}) AS VARCHAR)";
        Assert.That(() => _db.Query(sql), Throws.Exception);
    }
}
