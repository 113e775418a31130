using Sluice.Server.Outputs;
using Sluice.Server.Runs;

namespace Sluice.Server.Editor;

/// <summary>
/// What running one block from the editor gave: the block's run, its outputs, logs and test results, or the compile
/// errors that stopped it before it ran.
/// </summary>
public sealed record BlockRunReport(
    string Block,
    RunView? Run,
    BlockRunView? BlockRun,
    IReadOnlyList<OutputView> Outputs,
    IReadOnlyList<LogLineView> Logs,
    IReadOnlyList<TestView> Tests,
    IReadOnlyList<CodeProblem> CompileErrors,
    string? Error);

/// <summary>One block test's result.</summary>
public sealed record TestView(string Name, bool Passed, string? Message);

/// <summary>A compile diagnostic at a place in a file (1-based line and column).</summary>
public sealed record CodeProblem(string File, int Line, int Column, string Severity, string? Id, string Message);
