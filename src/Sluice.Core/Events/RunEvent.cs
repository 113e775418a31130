namespace Sluice.Core;

/// <summary>
/// One fact about a run, appended and never changed. A store keeps every event and derives the run and block
/// statuses from them; the events are the truth when the two disagree.
/// </summary>
/// <param name="Run">The run the event belongs to.</param>
/// <param name="At">When it happened.</param>
public abstract record RunEvent(RunId Run, DateTimeOffset At);

/// <summary>
/// A run was created for <paramref name="Pipeline"/>; <paramref name="Blocks"/> lists the blocks it will run, and
/// <paramref name="Owner"/> names the process that runs them (see <see cref="RunOwner"/>), so that a run whose process
/// died can be told from one still running.
/// </summary>
public sealed record RunCreated(
    RunId Run,
    DateTimeOffset At,
    PipelineId Pipeline,
    string VersionHash,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyList<string> Blocks,
    string? Owner = null) : RunEvent(Run, At);

/// <summary>The run began executing.</summary>
public sealed record RunStarted(RunId Run, DateTimeOffset At) : RunEvent(Run, At);

/// <summary>The run finished with <paramref name="Status"/>.</summary>
public sealed record RunEnded(RunId Run, DateTimeOffset At, RunStatus Status, string? Error) : RunEvent(Run, At);

/// <summary>
/// <paramref name="Block"/> runs once per item of a dynamic block: <paramref name="Children"/> are its block runs, one
/// per item in item order (named <c>&lt;block&gt;:&lt;item&gt;</c>), added to the run and listed right after it.
/// </summary>
public sealed record ChildBlocksAdded(RunId Run, DateTimeOffset At, string Block, IReadOnlyList<string> Children)
    : RunEvent(Run, At);

/// <summary>An attempt of <paramref name="Block"/> started.</summary>
public sealed record BlockStarted(RunId Run, DateTimeOffset At, string Block, int Attempt) : RunEvent(Run, At);

/// <summary>An attempt of <paramref name="Block"/> failed; another may follow.</summary>
public sealed record BlockAttemptFailed(RunId Run, DateTimeOffset At, string Block, int Attempt, string Error)
    : RunEvent(Run, At);

/// <summary><paramref name="Block"/> reached its final status in this run.</summary>
public sealed record BlockEnded(RunId Run, DateTimeOffset At, string Block, BlockRunStatus Status, string? Error)
    : RunEvent(Run, At);
