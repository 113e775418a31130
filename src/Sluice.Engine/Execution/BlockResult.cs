using Sluice.Core;
using Sluice.Engine.Compilation;

namespace Sluice.Engine.Execution;

/// <summary>What one block of a run ended with.</summary>
/// <param name="Run">The block's run record.</param>
/// <param name="Tests">The results of its block tests (empty when it did not get that far).</param>
public sealed record BlockResult(BlockRun Run, IReadOnlyList<BlockTestResult> Tests);
