using Microsoft.Extensions.Logging;
using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>The <see cref="ILogger"/> a block writes to: every line lands in its run's log, tagged with block and attempt.</summary>
internal sealed class RunLogger(RunLogWriter writer, RunId run, string? block, int attempt, TimeProvider clock) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        if (exception is not null)
        {
            message = $"{message}{Environment.NewLine}{exception}";
        }

        writer.Write(new LogEntry(run, block, attempt, clock.GetUtcNow(), logLevel, message));
    }
}
