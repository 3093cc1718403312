using Microsoft.Extensions.Logging;
using Mockhaus.Engine;
using Mockhaus.Server.Queries;
using Mockhaus.Server.Results;
using Mockhaus.Server.Sessions;

namespace Mockhaus.Server.Hosting;

/// <summary>The services every endpoint shares.</summary>
public sealed class ServerContext
{
    public required ServerOptions Options { get; init; }
    public required MockhausEngine Engine { get; init; }
    public required SessionRegistry Sessions { get; init; }
    public required ChunkStore Chunks { get; init; }
    public required QueryRunner Runner { get; init; }
    public required ILogger Logger { get; init; }
    public required Func<Uri> BaseAddress { get; init; }
    public volatile bool Ready;
}
