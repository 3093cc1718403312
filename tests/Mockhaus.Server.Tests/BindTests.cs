using System.Text.Json.Nodes;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>
/// Named binds, array binds of every DML kind, the bulk path of array-bound INSERTs and what the drivers are told
/// about stage binding. Bind placeholders: https://docs.snowflake.com/en/sql-reference/bind-variables
/// </summary>
public sealed class BindTests : ServerTestBase
{
    private static JsonObject Bind(string type, JsonNode? value) => new() { ["type"] = type, ["value"] = value };

    private static JsonArray Values(params string?[] values) => new(values.Select(v => (JsonNode?)v).ToArray());

    [Test]
    public async Task NamedBindsAreMatchedByNameNotByPosition()
    {
        // .NET sends DbParameter.ParameterName as the key (protocol doc §6.1); the order of the keys is irrelevant.
        var bindings = new JsonObject
        {
            ["greeting"] = Bind("TEXT", "hi"),
            ["n"] = Bind("FIXED", "41"),
        };
        var data = AssertSuccess(await Node.QueryAsync("SELECT :n + 1 AS next, :greeting AS g, :n AS again", bindings));
        Assert.That(ResultDecoder.JsonRows(data).Single(), Is.EqualTo(new[] { "42", "hi", "41" }));
    }

    [Test]
    public async Task NamedBindKeysMatchPlaceholdersCaseInsensitively()
    {
        var data = AssertSuccess(await Node.QueryAsync("SELECT :Amount * 2 AS doubled", new JsonObject { ["AMOUNT"] = Bind("REAL", "1.25") }));
        Assert.That(ResultDecoder.JsonRows(data).Single()[0], Is.EqualTo("2.5"));
    }

    [Test]
    public async Task NamedBindValuesAreNeverSplicedIntoTheSql()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE named_safe (s VARCHAR)"));
        var hostile = "x'); DROP TABLE named_safe; --";
        var insert = AssertSuccess(await Node.QueryAsync("INSERT INTO named_safe (s) VALUES (:text)", new JsonObject { ["text"] = Bind("TEXT", hostile) }));
        Assert.That(ResultDecoder.JsonRows(insert), Is.EqualTo(new[] { new[] { "1" } }));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT s FROM named_safe")));
        Assert.That(rows, Is.EqualTo(new[] { new[] { hostile } }));
    }

    [Test]
    public async Task MissingNamedBindIs002049()
    {
        var envelope = await Node.QueryAsync("SELECT :a AS a, :b AS b", new JsonObject { ["a"] = Bind("FIXED", "1") });
        AssertFailure(envelope, "002049");
        Assert.That(envelope["message"]!.GetValue<string>(), Does.Contain(":b"));
    }

    [Test]
    public async Task NamedArrayBindsInsertEveryRow()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE named_batch (id INTEGER, label VARCHAR)"));
        var bindings = new JsonObject
        {
            ["label"] = Bind("TEXT", Values("one", "two", null)),
            ["id"] = Bind("FIXED", Values("1", "2", "3")),
        };
        var data = AssertSuccess(await DotNet.QueryAsync("INSERT INTO named_batch (label, id) VALUES (:label, :id)", bindings));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "3" } }));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT id, label FROM named_batch ORDER BY id")));
        Assert.That(rows, Is.EqualTo(new[] { new[] { "1", "one" }, new[] { "2", "two" }, new[] { "3", null } }));
    }

    [Test]
    public async Task ArrayBindUpdateReportsTheTotalOfUpdatedRows()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE upd_batch (id INTEGER, grp INTEGER, v VARCHAR)"));
        AssertSuccess(await Node.QueryAsync("INSERT INTO upd_batch VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, 'c'), (4, 3, 'd')"));
        var bindings = new JsonObject
        {
            ["1"] = Bind("TEXT", Values("x", "y", "z")),
            ["2"] = Bind("FIXED", Values("1", "2", "9")),
        };
        var data = AssertSuccess(await Node.QueryAsync("UPDATE upd_batch SET v = ? WHERE grp = ?", bindings));
        Assert.That(data["statementTypeId"]!.GetValue<long>(), Is.EqualTo(0x3200));
        Assert.That(data["rowtype"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("number of rows updated"));
        // group 1 has two rows, group 2 one, group 9 none.
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "3", "0" } }));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT v FROM upd_batch ORDER BY id")));
        Assert.That(rows, Is.EqualTo(new[] { new[] { "x" }, new[] { "x" }, new[] { "y" }, new[] { "d" } }));
    }

    [Test]
    public async Task ArrayBindDeleteReportsTheTotalOfDeletedRows()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE del_batch (id INTEGER)"));
        AssertSuccess(await Node.QueryAsync("INSERT INTO del_batch VALUES (1), (2), (2), (3)"));
        var data = AssertSuccess(await DotNet.QueryAsync("DELETE FROM del_batch WHERE id = ?",
            new JsonObject { ["1"] = Bind("FIXED", Values("2", "3", "7")) }));
        Assert.That(data["statementTypeId"]!.GetValue<long>(), Is.EqualTo(0x3300));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "3" } }));
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT id FROM del_batch"))), Is.EqualTo(new[] { new[] { "1" } }));
    }

    [Test]
    public async Task ArrayBindMergeReportsInsertedAndUpdatedTotals()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE merge_batch (id INTEGER, v VARCHAR)"));
        AssertSuccess(await Node.QueryAsync("INSERT INTO merge_batch VALUES (1, 'old')"));
        var bindings = new JsonObject
        {
            ["1"] = Bind("FIXED", Values("1", "2", "3")),
            ["2"] = Bind("TEXT", Values("new1", "new2", "new3")),
        };
        var data = AssertSuccess(await Node.QueryAsync("""
            MERGE INTO merge_batch t USING (SELECT ? AS id, ? AS v) s ON t.id = s.id
            WHEN MATCHED THEN UPDATE SET v = s.v
            WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)
            """, bindings));
        Assert.That(data["statementTypeId"]!.GetValue<long>(), Is.EqualTo(0x3400));
        var names = data["rowtype"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.That(names, Is.EqualTo(new[] { "number of rows inserted", "number of rows updated", "number of rows deleted" }));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "2", "1", "0" } }));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT id, v FROM merge_batch ORDER BY id")));
        Assert.That(rows, Is.EqualTo(new[] { new[] { "1", "new1" }, new[] { "2", "new2" }, new[] { "3", "new3" } }));
    }

    [Test]
    public async Task BulkInsertKeepsEveryTypeAndNull()
    {
        AssertSuccess(await Node.QueryAsync(
            "CREATE TABLE bulk_types (n NUMBER(38,0), d NUMBER(10,2), f FLOAT, s VARCHAR, b BOOLEAN, dt DATE, ts TIMESTAMP_NTZ, t TIME, bin BINARY)"));
        var bindings = new JsonObject
        {
            ["1"] = Bind("FIXED", Values("9007199254740993", null)),
            ["2"] = Bind("FIXED", Values("12", "-3.25")),
            ["3"] = Bind("REAL", Values("1.5", "-0.25")),
            ["4"] = Bind("TEXT", Values("héllo", null)),
            ["5"] = Bind("BOOLEAN", Values("True", "false")),
            ["6"] = Bind("DATE", Values("1704153600000", null)),
            ["7"] = Bind("TIMESTAMP_NTZ", Values("1704164645678000000", null)),
            ["8"] = Bind("TIME", Values("47655000000000", null)),
            ["9"] = Bind("BINARY", Values("0102ff", null)),
        };
        var data = AssertSuccess(await DotNet.QueryAsync("INSERT INTO bulk_types VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", bindings));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "2" } }));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync(
            "SELECT n, d, f, s, b, dt, ts, t, bin FROM bulk_types ORDER BY d DESC")));
        Assert.That(rows, Is.EqualTo(new[]
        {
            new[] { "9007199254740993", "12.00", "1.5", "héllo", "1", "19724", "1704164645.678000000", "47655.000000000", "0102FF" },
            new[] { null, "-3.25", "-0.25", null, "0", null, null, null, null },
        }));
    }

    [Test]
    public async Task HundredThousandRowArrayBindInTheDotNetConnectorsShape()
    {
        // 500,000 binds inline: the .NET connector stages only when 0 < CLIENT_STAGE_ARRAY_BINDING_THRESHOLD <= binds.
        const int rows = 100_000;
        AssertSuccess(await DotNet.QueryAsync("CREATE TABLE bulk_100k (n NUMBER(38,0), s VARCHAR, f FLOAT, d DATE, b BOOLEAN)"));
        JsonArray n = [], s = [], f = [], d = [], b = [];
        for (var i = 0; i < rows; i++)
        {
            n.Add((JsonNode)i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            s.Add((JsonNode)$"name-{i}");
            f.Add((JsonNode)(i + 0.25).ToString(System.Globalization.CultureInfo.InvariantCulture));
            d.Add((JsonNode)(1704067200000L + (i % 366) * 86_400_000L).ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.Add((JsonNode)(i % 3 == 0 ? "True" : "False"));
        }
        var bindings = new JsonObject
        {
            ["1"] = Bind("FIXED", n), ["2"] = Bind("TEXT", s), ["3"] = Bind("REAL", f), ["4"] = Bind("DATE", d), ["5"] = Bind("BOOLEAN", b),
        };
        var data = AssertSuccess(await DotNet.QueryAsync("INSERT INTO bulk_100k (n, s, f, d, b) VALUES (?, ?, ?, ?, ?)", bindings));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "100000" } }));
        var summary = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync(
            "SELECT COUNT(*), SUM(n), COUNT(DISTINCT s), SUM(f), MIN(d), MAX(d), COUNT_IF(b) FROM bulk_100k")));
        // Dates: 2024-01-01 (day 19723) to 2024-12-31 (day 20088); 33,334 multiples of 3 below 100,000.
        Assert.That(summary.Single(), Is.EqualTo(new[] { "100000", "4999950000", "100000", "4999975000", "19723", "20088", "33334" }));
    }

    [Test]
    public async Task ArrayBindsInUnusualJsonShapesReadTheSame()
    {
        // "value" before "type", escaped digits, a number token for FIXED, escaped text: all take the JSON path or the
        // streamed path and must arrive as the same values.
        AssertSuccess(await Node.QueryAsync("CREATE TABLE bulk_shapes (n INTEGER, s VARCHAR, b BOOLEAN)"));
        const string body = """
            {"sqlText": "INSERT INTO bulk_shapes VALUES (?, ?, ?)", "bindings": {
              "1": {"value": ["1", "\u0032", 3], "type": "FIXED"},
              "2": {"type": "TEXT", "value": ["caf\u00e9", "a\"b", null]},
              "3": {"type": "BOOLEAN", "value": [true, "False", "1"]}},
             "parameters": {"QUERY_TAG": "shapes"}}
            """;
        var response = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null,
            content: new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var data = AssertSuccess(await DriverClient.ReadEnvelopeAsync(response));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "3" } }));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT n, s, b FROM bulk_shapes ORDER BY n")));
        Assert.That(rows, Is.EqualTo(new[] { new[] { "1", "café", "1" }, new[] { "2", "a\"b", "0" }, new[] { "3", null, "1" } }));
    }

    [Test]
    public async Task RawUtf8TextInArrayBindsArrivesExactly()
    {
        // Unescaped non-ASCII text stays UTF-8 from the request body to DuckDB: straight into a table that takes every
        // column, through the staging table for a column list, and row by row for an UPDATE.
        AssertSuccess(await Node.QueryAsync("CREATE TABLE utf8_direct (s VARCHAR)"));
        AssertSuccess(await Node.QueryAsync("CREATE TABLE utf8_staged (s VARCHAR, n INTEGER DEFAULT 5)"));
        foreach (var table in new[] { "utf8_direct (s)", "utf8_staged (s)" })
        {
            var body = "{\"sqlText\": \"INSERT INTO " + table + " VALUES (?)\", \"bindings\": {\"1\": {\"type\": \"TEXT\", " +
                       "\"value\": [\"grüße\", \"\", null, \"日本語 😀\"]}}}";
            var response = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null,
                content: new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.That(ResultDecoder.JsonRows(AssertSuccess(await DriverClient.ReadEnvelopeAsync(response))), Is.EqualTo(new[] { new[] { "4" } }));
        }
        const string update = "{\"sqlText\": \"UPDATE utf8_staged SET s = ? WHERE s = ?\", \"bindings\": {" +
                              "\"1\": {\"type\": \"TEXT\", \"value\": [\"ß\", \"€\"]}, \"2\": {\"type\": \"TEXT\", \"value\": [\"grüße\", \"\"]}}}";
        var updated = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", null,
            content: new StringContent(update, System.Text.Encoding.UTF8, "application/json"));
        AssertSuccess(await DriverClient.ReadEnvelopeAsync(updated));
        string?[][] Rows(string sql) => ResultDecoder.JsonRows(AssertSuccess(Node.QueryAsync(sql).GetAwaiter().GetResult())).ToArray();
        Assert.That(Rows("SELECT s FROM utf8_direct ORDER BY s NULLS LAST"), Is.EqualTo(new[] { new[] { "" }, new[] { "grüße" }, new[] { "日本語 😀" }, new string?[] { null } }));
        Assert.That(Rows("SELECT s, n FROM utf8_staged ORDER BY s NULLS LAST"), Is.EqualTo(new[]
        {
            new[] { "ß", "5" }, new[] { "€", "5" }, new[] { "日本語 😀", "5" }, new string?[] { null, "5" },
        }));
    }

    [Test]
    public async Task BulkInsertWithAColumnListAndReorderedPlaceholders()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE bulk_cols (a INTEGER, b VARCHAR, c INTEGER DEFAULT 7)"));
        var bindings = new JsonObject
        {
            ["1"] = Bind("TEXT", Values("x", "y")),
            ["2"] = Bind("FIXED", Values("1", "2")),
        };
        AssertSuccess(await Node.QueryAsync("INSERT INTO bulk_cols (b, a) VALUES (:1, :2)", bindings));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT a, b, c FROM bulk_cols ORDER BY a")));
        Assert.That(rows, Is.EqualTo(new[] { new[] { "1", "x", "7" }, new[] { "2", "y", "7" } }));
    }

    [Test]
    public async Task BulkInsertOfANullIntoANotNullColumnFailsAndInsertsNothing()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE bulk_not_null (id INTEGER NOT NULL)"));
        var envelope = await Node.QueryAsync("INSERT INTO bulk_not_null VALUES (?)",
            new JsonObject { ["1"] = Bind("FIXED", Values("1", null, "3")) });
        AssertFailure(envelope, "100072");
        Assert.That(envelope["message"]!.GetValue<string>(), Is.EqualTo("NULL result in a non-nullable column"));
        // One statement in Snowflake: the rows before the bad one are not left behind.
        Assert.That(ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT COUNT(*) FROM bulk_not_null"))),
            Is.EqualTo(new[] { new[] { "0" } }));
    }

    [Test]
    public async Task BulkInsertOfTextThatIsNoNumberIs100038()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE bulk_numeric (id INTEGER)"));
        var envelope = await Node.QueryAsync("INSERT INTO bulk_numeric VALUES (?)",
            new JsonObject { ["1"] = Bind("TEXT", Values("1", "abc")) });
        AssertFailure(envelope, "100038");
        Assert.That(envelope["message"]!.GetValue<string>(), Does.Contain("'abc'"));
    }

    [Test]
    public async Task InsertWithExpressionsAroundBindsRunsPerRowWithTheSameResult()
    {
        AssertSuccess(await Node.QueryAsync("CREATE TABLE expr_batch (id INTEGER, s VARCHAR)"));
        var bindings = new JsonObject
        {
            ["1"] = Bind("FIXED", Values("1", "2")),
            ["2"] = Bind("TEXT", Values("a", "b")),
        };
        var data = AssertSuccess(await Node.QueryAsync("INSERT INTO expr_batch VALUES (? * 10, UPPER(?))", bindings));
        Assert.That(ResultDecoder.JsonRows(data), Is.EqualTo(new[] { new[] { "2" } }));
        var rows = ResultDecoder.JsonRows(AssertSuccess(await Node.QueryAsync("SELECT id, s FROM expr_batch ORDER BY id")));
        Assert.That(rows, Is.EqualTo(new[] { new[] { "10", "A" }, new[] { "20", "B" } }));
    }

    [Test]
    public async Task BindsInAMultiStatementRequestFailByName()
    {
        // docs: https://docs.snowflake.com/en/developer-guide/sql-api/submitting-multiple-statements
        // ("Snowflake does not currently support variable binding in multi-statement SQL requests").
        var envelope = await Node.QueryAsync("SELECT ?; SELECT 2", new JsonObject { ["1"] = Bind("FIXED", "1") },
            new JsonObject { ["MULTI_STATEMENT_COUNT"] = 2 });
        AssertFailure(envelope, "000002");
        Assert.That(envelope["message"]!.GetValue<string>(), Does.Contain("binds in a multi-statement request"));
    }

    [Test]
    public async Task StageBindingIsRejectedByName()
    {
        var body = new JsonObject { ["sqlText"] = "INSERT INTO t VALUES (?)", ["bindStage"] = "@SYSTEM$BIND/abc" };
        var response = await Node.SendAsync(HttpMethod.Post, $"/queries/v1/query-request?requestId={Guid.NewGuid()}", body);
        var envelope = await DriverClient.ReadEnvelopeAsync(response);
        AssertFailure(envelope, "000002");
        Assert.That(envelope["message"]!.GetValue<string>(), Does.Contain("bindStage"));
    }

    [TestCase(DriverClient.Kind.Node)]
    [TestCase(DriverClient.Kind.DotNet)]
    public async Task LoginAndQueriesAdvertiseAStageBindingThresholdNoArrayBindReaches(DriverClient.Kind kind)
    {
        // Node stages binds above 100,000 (rows x columns) when the parameter is absent, and every array bind when it
        // is 0; .NET and Python stage when 0 < threshold <= binds. An Int32 maximum keeps all of them inline.
        using var client = new DriverClient(Server.BaseAddress, kind);
        var login = AssertSuccess(await client.LoginAsync());
        var query = AssertSuccess(await client.QueryAsync("SELECT 1"));
        foreach (var parameters in new[] { login["parameters"]!, query["parameters"]! })
        {
            var threshold = parameters.AsArray().Single(p => p!["name"]!.GetValue<string>() == "CLIENT_STAGE_ARRAY_BINDING_THRESHOLD");
            Assert.That(threshold!["value"]!.GetValue<long>(), Is.EqualTo(int.MaxValue));
        }
    }
}
