using Microsoft.Extensions.Logging;

namespace Sluice.Core;

/// <summary>One line of a run's log.</summary>
/// <param name="Run">The run.</param>
/// <param name="Block">The block that wrote it, or null for the run itself.</param>
/// <param name="Attempt">The block's attempt (0 for the run itself).</param>
/// <param name="At">When it was written.</param>
/// <param name="Level">Its level.</param>
/// <param name="Message">The rendered message, exception included.</param>
public sealed record LogEntry(RunId Run, string? Block, int Attempt, DateTimeOffset At, LogLevel Level, string Message);
