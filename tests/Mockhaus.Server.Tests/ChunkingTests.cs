using System.Net;
using System.Text.Json.Nodes;
using Apache.Arrow;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>Large results: inline first part plus chunks with exact row counts, downloaded like the drivers do.</summary>
public sealed class ChunkingTests : ServerTestBase
{
    private const int RowCount = 250_000;
    private const string LargeQuery = 
        "SELECT id, 'row-' || id AS label, id * 0.5 AS half FROM (SELECT SEQ8() AS id FROM TABLE(GENERATOR(ROWCOUNT => 250000))) ORDER BY id";

    protected override ServerOptions CreateOptions() => new()
    {
        Port = 0, ConfigureLogging = TestServer.Quiet,
        InlineResultBytes = 64 * 1024, ChunkBytes = 1024 * 1024,
        ChunkMemoryBudgetBytes = 512 * 1024, // forces most chunks to spill to disk
    };

    [Test]
    public async Task JsonResultIsSplitIntoChunksWithExactRowCounts()
    {
        var data = AssertSuccess(await Node.QueryAsync(LargeQuery));
        Assert.That(data["total"]!.GetValue<long>(), Is.EqualTo(RowCount));
        Assert.That(data["chunkHeaders"]!.AsObject(), Is.Empty);
        var chunks = data["chunks"]!.AsArray();
        Assert.That(chunks, Has.Count.GreaterThan(2));

        var rows = ResultDecoder.JsonRows(data);
        Assert.That(rows, Is.Not.Empty);
        foreach (var chunk in chunks)
        {
            var (body, response) = await ResultDecoder.DownloadChunkAsync(chunk!["url"]!.GetValue<string>());
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/octet-stream"));
            Assert.That(response.Content.Headers.ContentEncoding, Does.Contain("gzip"));
            var text = ResultDecoder.Utf8(body);
            Assert.That(text, Does.StartWith("[\""), "no outer brackets: the drivers wrap the body themselves");
            var chunkRows = ResultDecoder.JsonChunkRows(text);
            Assert.That(chunkRows, Has.Count.EqualTo(chunk["rowCount"]!.GetValue<int>()));
            rows.AddRange(chunkRows);
        }
        Assert.That(rows, Has.Count.EqualTo(RowCount));
        for (var i = 0; i < RowCount; i += 997)
        {
            Assert.That(rows[i][0], Is.EqualTo(i.ToString()));
            Assert.That(rows[i][1], Is.EqualTo($"row-{i}"));
        }
        Assert.That(rows[^1], Is.EqualTo(new[] { "249999", "row-249999", "124999.5" }));
    }

    [Test]
    public async Task ArrowResultIsSplitIntoIndependentIpcStreams()
    {
        var data = AssertSuccess(await DotNet.QueryAsync(LargeQuery));
        Assert.That(data["queryResultFormat"]!.GetValue<string>(), Is.EqualTo("arrow"));
        Assert.That(SessionProtocolTests.Parameters(data).Keys, Does.Contain("CLIENT_PREFETCH_THREADS"));
        var chunks = data["chunks"]!.AsArray();
        Assert.That(chunks, Has.Count.GreaterThan(2));

        var ids = new List<long>();
        ids.AddRange(Ids(ResultDecoder.InlineArrow(data)));
        foreach (var chunk in chunks)
        {
            var (body, _) = await ResultDecoder.DownloadChunkAsync(chunk!["url"]!.GetValue<string>());
            var batches = ResultDecoder.ArrowBatches(body);
            Assert.That(batches.Sum(b => b.Length), Is.EqualTo(chunk["rowCount"]!.GetValue<int>()));
            Assert.That(batches, Has.Count.EqualTo(1), "DuckDB's 2,048-row batches are coalesced");
            ids.AddRange(Ids(batches));
        }
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, RowCount).Select(i => (long)i)));
    }

    [Test]
    public async Task ChunksCanBeDownloadedAgainAndWithoutGzip()
    {
        var data = AssertSuccess(await Node.QueryAsync(LargeQuery));
        var url = data["chunks"]![0]!["url"]!.GetValue<string>();
        var (first, _) = await ResultDecoder.DownloadChunkAsync(url);
        var (plain, response) = await ResultDecoder.DownloadChunkAsync(url, acceptGzip: false);
        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(plain, Is.EqualTo(first));
    }

    [Test]
    public async Task ResultCanBeFetchedAgainByQueryId()
    {
        var data = AssertSuccess(await Node.QueryAsync(LargeQuery));
        var queryId = data["queryId"]!.GetValue<string>();
        var again = AssertSuccess(await Node.GetResultAsync($"/queries/{queryId}/result"));
        Assert.That(again["queryId"]!.GetValue<string>(), Is.EqualTo(queryId));
        Assert.That(again["chunks"]!.ToJsonString(), Is.EqualTo(data["chunks"]!.ToJsonString()));
    }

    [Test]
    public async Task UnknownChunkIsNotFound()
    {
        var (_, response) = await ResultDecoder.DownloadChunkAsync(new Uri(Server.BaseAddress, "/chunks/0123456789abcdef").ToString());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ClosingTheSessionFreesItsChunks()
    {
        using var client = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        AssertSuccess(await client.LoginAsync());
        var data = AssertSuccess(await client.QueryAsync(LargeQuery));
        var url = data["chunks"]![0]!["url"]!.GetValue<string>();
        AssertSuccess(await client.PostAsync($"/session?delete=true&requestId={Guid.NewGuid()}"));
        var (_, response) = await ResultDecoder.DownloadChunkAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static IEnumerable<long> Ids(IEnumerable<RecordBatch> batches)
    {
        foreach (var batch in batches)
        {
            var column = (Int64Array)batch.Column(0);
            for (var i = 0; i < column.Length; i++)
                yield return column.GetValue(i)!.Value;
        }
    }
}
