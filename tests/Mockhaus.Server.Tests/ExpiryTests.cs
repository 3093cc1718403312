using System.Net;
using Mockhaus.Server.Tests.Support;

namespace Mockhaus.Server.Tests;

/// <summary>The sweeper frees expired results (and their chunks) and closes sessions idle past the master token lifetime.</summary>
public sealed class ExpiryTests
{
    [Test]
    public async Task ExpiredResultsFreeTheirChunks()
    {
        await using var server = await TestServer.StartAsync(new ServerOptions
        {
            Port = 0, ConfigureLogging = TestServer.Quiet, InlineResultBytes = 1024, ChunkBytes = 16 * 1024,
            ResultLifetime = TimeSpan.FromMilliseconds(200), SweepInterval = TimeSpan.FromMilliseconds(100),
        });
        using var client = new DriverClient(server.BaseAddress, DriverClient.Kind.Node);
        await client.LoginAsync();
        var envelope = await client.QueryAsync("SELECT SEQ8() AS id FROM TABLE(GENERATOR(ROWCOUNT => 20000))");
        var url = envelope["data"]!["chunks"]![0]!["url"]!.GetValue<string>();
        Assert.That(server.ChunkStorage.Count, Is.GreaterThan(0));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.ChunkStorage.Count > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.That(server.ChunkStorage.Count, Is.EqualTo(0));
        var (_, response) = await ResultDecoder.DownloadChunkAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task IdleSessionsAreClosed()
    {
        await using var server = await TestServer.StartAsync(new ServerOptions
        {
            Port = 0, ConfigureLogging = TestServer.Quiet,
            SessionTokenLifetime = TimeSpan.FromMilliseconds(100), MasterTokenLifetime = TimeSpan.FromMilliseconds(200),
            SweepInterval = TimeSpan.FromMilliseconds(100),
        });
        using var client = new DriverClient(server.BaseAddress, DriverClient.Kind.DotNet);
        await client.LoginAsync();
        Assert.That(server.SessionCount, Is.EqualTo(1));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.SessionCount > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.That(server.SessionCount, Is.EqualTo(0));
    }
}
