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
    public void ConnectionSetupIsCheap()
    {
        // Warm-up connection so DuckDB's one-off library initialisation is not counted.
        using (var warm = new DuckDbTestDatabase()) { }
        var watch = Stopwatch.StartNew();
        const int sessions = 5;
        for (var i = 0; i < sessions; i++)
        {
            using var db = new DuckDbTestDatabase();
        }
        var perSession = watch.Elapsed.TotalMilliseconds / sessions;
        TestContext.Out.WriteLine($"setup per session: {perSession:F1} ms");
        Assert.That(perSession, Is.LessThan(250), "connection setup per session (ms)");
    }

    [Test]
    public void SetupStatementsAloneAreCheap()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        RunSetup(connection); // first run pays DuckDB's one-off initialisation
        var watch = Stopwatch.StartNew();
        const int runs = 10;
        for (var i = 0; i < runs; i++) RunSetup(connection);
        var perRun = watch.Elapsed.TotalMilliseconds / runs;
        TestContext.Out.WriteLine($"setup SQL per run: {perRun:F1} ms for {FunctionLibrary.All.Count()} functions");
        // Measured at ~25-45 ms on an idle 2-core machine; the bound leaves room for a loaded CI box.
        Assert.That(perRun, Is.LessThan(250), "setup SQL per run (ms)");
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
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
