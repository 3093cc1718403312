using DuckDB.NET.Data;
using Mockhaus.Engine.Errors;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// Interrupts a running DuckDB command when the caller cancels or when STATEMENT_TIMEOUT_IN_SECONDS passes, for as
/// long as the statement runs, including while a streaming result is still being read.
/// </summary>
internal sealed class StatementWatchdog : IDisposable
{
    private readonly CancellationTokenRegistration _caller;
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenRegistration _timerRegistration;
    private readonly int _timeoutSeconds;

    /// <param name="timeoutSeconds">Snowflake's STATEMENT_TIMEOUT_IN_SECONDS; 0 means no timeout.</param>
    public StatementWatchdog(DuckDBCommand command, CancellationToken cancellation, int timeoutSeconds)
    {
        _timeoutSeconds = timeoutSeconds;
        _caller = cancellation.Register(command.Cancel);
        if (timeoutSeconds > 0)
        {
            _timer = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
            _timerRegistration = _timer.Token.Register(command.Cancel);
        }
    }

    public bool TimedOut => _timer?.IsCancellationRequested == true;

    /// <summary>A timeout is Snowflake's 000630; anything else maps as usual (a cancel is 000604).</summary>
    public Exception Map(Exception exception, string? sourceText) =>
        TimedOut ? EngineErrors.StatementTimeout(_timeoutSeconds) : DuckDbErrorMapper.Map(exception, sourceText);

    public void Dispose()
    {
        _caller.Dispose();
        _timerRegistration.Dispose();
        _timer?.Dispose();
    }
}
