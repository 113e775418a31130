using Sluice.Core;
using Sluice.Engine.Compilation;

namespace Sluice.Engine.Execution;

/// <summary>How one block's execution ended, as a value: nothing a block does escapes the run loop.</summary>
internal sealed record BlockOutcome(
    string Block,
    BlockRunStatus Status,
    string? Error,
    IReadOnlyList<object?> Outputs,
    IReadOnlyList<BlockTestResult> Tests);
