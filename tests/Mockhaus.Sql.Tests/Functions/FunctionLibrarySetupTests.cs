using System.Diagnostics;
using DuckDB.NET.Data;
using Mockhaus.Sql.Functions;

namespace Mockhaus.Sql.Tests.Functions;

public class FunctionLibrarySetupTests
{
    [Test]
    public void ConnectionSetupSqlRunsOnAFreshConnection()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var sql in FunctionLibrary.ConnectionSetupSql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT count(*) FROM duckdb_functions() WHERE function_name LIKE 'sf\\_%' ESCAPE '\\' AND function_type = 'macro'";
        Assert.That(Convert.ToInt64(check.ExecuteScalar()), Is.GreaterThan(30));
    }

    [Test]
    public void SetupStatementsAreCheap()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        RunSetup(connection); // the first run pays DuckDB's one-off initialisation
        // The fastest of several runs: the machine is shared, so single timings are noisy.
        var fastest = double.MaxValue;
        for (var i = 0; i < 10; i++)
        {
            var watch = Stopwatch.StartNew();
            RunSetup(connection);
            fastest = Math.Min(fastest, watch.Elapsed.TotalMilliseconds);
        }
        TestContext.Out.WriteLine($"setup SQL: {fastest:F1} ms (fastest of 10) for {FunctionLibrary.ConnectionSetupSql.Count} batch(es)");
        // Measured at ~20-45 ms; the bound leaves room for a loaded machine.
        Assert.That(fastest, Is.LessThan(150), "setup SQL (ms)");
    }

    private static void RunSetup(DuckDBConnection connection)
    {
        foreach (var sql in FunctionLibrary.ConnectionSetupSql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    [Test]
    public void MacroNamesArePrefixed()
    {
        foreach (var sql in FunctionLibrary.ConnectionSetupSql)
        foreach (var statement in sql.Split(";\n"))
            Assert.That(statement, Does.StartWith("CREATE OR REPLACE TEMP MACRO sf_"));
    }

    [Test]
    public void ArityBoundsAreSane()
    {
        var all = FunctionLibrary.All.ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(250));
        foreach (var f in all)
        {
            Assert.That(f.Name, Is.EqualTo(f.Name.ToUpperInvariant()), f.Name);
            Assert.That(f.MinArguments, Is.GreaterThanOrEqualTo(0), f.Name);
            Assert.That(f.MaxArguments, Is.GreaterThanOrEqualTo(f.MinArguments), f.Name);
            Assert.That(f.MinArguments, Is.LessThanOrEqualTo(8), f.Name);
            Assert.That(FunctionLibrary.TryGet(f.Name.ToLowerInvariant(), out var again), Is.True, f.Name);
            Assert.That(again, Is.SameAs(f));
        }
    }

    [Test]
    public void EveryRegisteredNameIsASnowflakeFunction()
    {
        // The reference list of Snowflake function names lives next to this source file.
        var reference = File.ReadAllLines(Path.Combine(SourceDirectory(), "snowflake-functions.txt"))
                        .SelectMany(l => l.Split('(')[0].Split(',')).Select(n => n.Replace("[ NOT ]", "").Trim()).Where(n => n.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Documented names and aliases the list leaves out (CONCAT's page, the *_FROM_PARTS pages, REGEXP_SUBSTR_ALL's alias).
        reference.UnionWith(new[]
        {
            "CONCAT", "REGEXP_EXTRACT_ALL", "DATEFROMPARTS", "TIMEFROMPARTS", "TIMESTAMPFROMPARTS",
            "TIMESTAMP_LTZ_FROM_PARTS", "TIMESTAMPLTZFROMPARTS", "TIMESTAMP_NTZ_FROM_PARTS", "TIMESTAMPNTZFROMPARTS",
            "TIMESTAMP_TZ_FROM_PARTS", "TIMESTAMPTZFROMPARTS",
        });
        // Entries such as "YEAR*" or "TO_TIMESTAMP_*" name a family by prefix.
        var prefixes = reference.Where(n => n.EndsWith('*')).Select(n => n.TrimEnd('*')).ToList();
        var unknown = FunctionLibrary.All.Select(f => f.Name)
            .Where(n => !reference.Contains(n) && !prefixes.Any(p => n.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(n => n).ToList();
        Assert.That(unknown, Is.Empty, string.Join(", ", unknown));
        var unsupported = FunctionLibrary.All.Where(f => ThrowsUnsupported(f)).Select(f => f.Name).OrderBy(n => n).ToList();
        TestContext.Out.WriteLine($"{FunctionLibrary.All.Count()} functions registered; unsupported by name: {string.Join(", ", unsupported)}");
    }

    /// <summary>True when the function refuses every call (registered so users get 000002, not "unknown function").</summary>
    private static bool ThrowsUnsupported(FunctionDefinition f)
    {
        var args = Enumerable.Range(0, f.MinArguments).Select(_ => new FunctionArgument("1")).ToList();
        try
        {
            f.Translate(new FunctionCall(f.Name, args) { Over = "OVER ()" });
            return false;
        }
        catch (Mockhaus.Sql.Errors.SnowflakeSqlException e)
        {
            return e.Message == Mockhaus.Sql.Errors.SnowflakeErrors.Unsupported(f.Name).Message;
        }
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
