using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mockhaus.Engine;
using Mockhaus.Server.Endpoints;
using Mockhaus.Server.Hosting;
using Mockhaus.Server.Protocol;
using Mockhaus.Server.Queries;
using Mockhaus.Server.Results;
using Mockhaus.Server.Sessions;
using Mockhaus.Sql;
using System.Net;

namespace Mockhaus.Server;

/// <summary>
/// The Snowflake wire-protocol server: Kestrel on <see cref="ServerOptions.Host"/>:<see cref="ServerOptions.Port"/>
/// in front of one <see cref="MockhausEngine"/>. Unmodified Snowflake drivers connect to <see cref="BaseAddress"/>.
/// </summary>
public sealed class MockhausServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServerContext _context;
    private readonly Timer _sweeper;
    private Uri? _baseAddress;
    private int _disposed;

    private MockhausServer(WebApplication app, ServerContext context)
    {
        _app = app;
        _context = context;
        _sweeper = new Timer(_ => Sweep(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public static MockhausServer Create(ServerOptions options, ISqlTranslator translator)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(translator);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(ResolveHost(options.Host), options.Port);
            kestrel.Limits.MaxRequestBodySize = 256L * 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(_ => new BufferedConsoleLoggerProvider(Console.OpenStandardOutput()));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        options.ConfigureLogging?.Invoke(builder.Logging);
        var app = builder.Build();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Mockhaus.Server");
        var engine = new MockhausEngine(new EngineOptions { DataDirectory = options.DataDirectory, DuckDbThreads = options.DuckDbThreads }, translator);
        var chunks = new ChunkStore(options.ChunkMemoryBudgetBytes, options.CompressChunks, options.SpillDirectory);
        MockhausServer? server = null;
        Uri BaseAddressOf() => server!.BaseAddress;
        var context = new ServerContext
        {
            Options = options,
            Engine = engine,
            Sessions = new SessionRegistry(options, logger),
            Chunks = chunks,
            Runner = new QueryRunner(new ResultEncoder(options, chunks), logger, BaseAddressOf),
            Logger = logger,
            BaseAddress = BaseAddressOf,
        };
        server = new MockhausServer(app, context);
        app.UseMiddleware<ErrorEnvelopeMiddleware>();
        app.UseCollapsedSlashes();
        app.UseRouting();
        MapEndpoints(app, context);
        return server;
    }

    /// <summary>
    /// Statements run synchronously on pool threads (DuckDB calls block), one per busy session. With the pool's default
    /// minimum (one thread per core) two long statements on two cores left no thread for other requests or for the
    /// timer that answers 333333 at the response deadline until the pool injected one, about half a second later.
    /// </summary>
    private static void EnsureThreadHeadroom()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumWorkerThreads), io);
    }

    private const int MinimumWorkerThreads = 32;

    /// <summary>The address the server actually listens on (port 0 resolved), e.g. http://127.0.0.1:49152/.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The server has not been started.");

    /// <summary>Starts listening; returns once the server accepts connections and /health answers 200.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        EnsureThreadHeadroom();
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _baseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        _sweeper.Change(_context.Options.SweepInterval, _context.Options.SweepInterval);
        _context.Ready = true;
        _context.Logger.LogInformation("Mockhaus listening on {Address}", _baseAddress);
    }

    /// <summary>Completes when the host stops (Ctrl-C / SIGTERM, or disposal).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Open sessions (diagnostics and tests).</summary>
    public int SessionCount => _context.Sessions.Count;

    /// <summary>Bytes of encoded chunks held in memory / spilled to disk (diagnostics and benchmarks).</summary>
    public (long InMemory, long Spilled, int Count) ChunkStorage => (_context.Chunks.MemoryBytes, _context.Chunks.SpilledBytes, _context.Chunks.Count);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _context.Ready = false;
        await _sweeper.DisposeAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }
        _context.Sessions.Dispose();
        _context.Chunks.Dispose();
        await _app.DisposeAsync();
        _context.Engine.Dispose();
    }

    private void Sweep()
    {
        try
        {
            _context.Sessions.Sweep();
        }
        catch (Exception e)
        {
            _context.Logger.LogWarning(e, "Session sweep failed");
        }
    }

    private static IPAddress ResolveHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : Dns.GetHostAddresses(host).First();

    private static void MapEndpoints(IEndpointRouteBuilder app, ServerContext server)
    {
        app.MapPost("/session/v1/login-request", (HttpContext http) => LoginEndpoint.Handle(http, server));
        app.MapPost("/session/token-request", (HttpContext http) => SessionEndpoints.Renew(http, server));
        app.MapPost("/session/heartbeat", (HttpContext http) => SessionEndpoints.Heartbeat(http, server));
        app.MapPost("/session", (HttpContext http) => SessionEndpoints.Delete(http, server));
        app.MapPost("/queries/v1/query-request", (HttpContext http) => QueryEndpoints.Execute(http, server));
        app.MapPost("/queries/v1/abort-request", (HttpContext http) => QueryEndpoints.AbortByRequestId(http, server));
        app.MapGet("/queries/{queryId}/result", (HttpContext http, string queryId) => QueryEndpoints.Result(http, server, queryId));
        app.MapPost("/queries/{queryId}/abort-request", (HttpContext http, string queryId) => QueryEndpoints.AbortByQueryId(http, server, queryId));
        app.MapGet("/monitoring/queries/{queryId}", (HttpContext http, string queryId) => QueryEndpoints.Monitoring(http, server, queryId));
        app.MapPost("/telemetry/send", (HttpContext http) => MiscEndpoints.Telemetry(http, server));
        app.MapGet("/chunks/{id}", (HttpContext http, string id) => ChunkEndpoint.Handle(http, server, id));
        app.MapGet("/health", (HttpContext http) => MiscEndpoints.Health(http, server));
        app.MapGet("/admin/queries", (HttpContext http) => MiscEndpoints.Queries(http, server));
        app.MapFallback((HttpContext http) => JsonEnvelope.Failure(http, ProtocolError.BadRequest($"unknown endpoint {http.Request.Method} {http.Request.Path}")));
    }
}
