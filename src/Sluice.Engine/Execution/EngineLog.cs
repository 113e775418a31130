using Microsoft.Extensions.Logging;

namespace Sluice.Engine.Execution;

/// <summary>The lines the engine itself writes into a run's log.</summary>
internal static partial class EngineLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Attempt {Attempt} failed: {Error}")]
    public static partial void AttemptFailed(ILogger logger, Exception exception, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sensor {Block} is not satisfied yet; checking again in {Interval}")]
    public static partial void SensorWaiting(ILogger logger, string block, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Block test {Test} passed")]
    public static partial void TestPassed(ILogger logger, string test);

    [LoggerMessage(Level = LogLevel.Error, Message = "Block test {Test} failed: {Reason}")]
    public static partial void TestFailed(ILogger logger, string test, string? reason);
}
