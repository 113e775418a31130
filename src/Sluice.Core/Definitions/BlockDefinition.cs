using Sluice.Sdk;

namespace Sluice.Core;

/// <summary>A block's place in a pipeline.</summary>
/// <param name="Name">Unique within the pipeline.</param>
/// <param name="Kind">The block's kind.</param>
/// <param name="SourcePath">The block's C# file, relative to the project root with '/' separators.</param>
/// <param name="Upstream">The blocks whose outputs feed this one, in the order their outputs bind to parameters.</param>
/// <param name="Settings">Execution settings; they override the pipeline's.</param>
public sealed record BlockDefinition(
    string Name,
    BlockKind Kind,
    string SourcePath,
    IReadOnlyList<string> Upstream,
    ExecutionSettings Settings);
