using System.Text.Json.Nodes;

namespace Mockhaus.Server.Tests.Support;

/// <summary>Base class: one server per test class, a logged-in .NET-shaped and Node-shaped client.</summary>
public abstract class ServerTestBase
{
    protected MockhausServer Server = null!;
    protected DriverClient DotNet = null!;
    protected DriverClient Node = null!;

    protected virtual ServerOptions CreateOptions() => new() { Port = 0, ConfigureLogging = TestServer.Quiet };

    [OneTimeSetUp]
    public async Task StartServer()
    {
        Server = await TestServer.StartAsync(CreateOptions());
        DotNet = new DriverClient(Server.BaseAddress, DriverClient.Kind.DotNet);
        Node = new DriverClient(Server.BaseAddress, DriverClient.Kind.Node);
        AssertSuccess(await DotNet.LoginAsync());
        AssertSuccess(await Node.LoginAsync());
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        DotNet?.Dispose();
        Node?.Dispose();
        if (Server is not null)
            await Server.DisposeAsync();
    }

    protected static JsonNode AssertSuccess(JsonNode envelope)
    {
        Assert.That(envelope["success"]!.GetValue<bool>(), Is.True, envelope.ToJsonString());
        return envelope["data"]!;
    }

    protected static JsonNode AssertFailure(JsonNode envelope, string code)
    {
        Assert.That(envelope["success"]!.GetValue<bool>(), Is.False, envelope.ToJsonString());
        Assert.That(envelope["code"]!.GetValue<string>(), Is.EqualTo(code), envelope.ToJsonString());
        return envelope["data"]!;
    }
}
