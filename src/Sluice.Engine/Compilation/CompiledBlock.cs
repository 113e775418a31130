using System.Reflection;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Compilation;

/// <summary>
/// A block ready to run: its entry method, the inputs it takes, the outputs it returns and its tests. It lives as
/// long as the <see cref="CompiledProject"/> that holds it.
/// </summary>
public sealed partial class CompiledBlock
{
    private readonly ReturnShape _shape;

    internal CompiledBlock(
        BlockDefinition definition,
        string sourceHash,
        MethodInfo entry,
        ReturnShape shape,
        IReadOnlyList<BlockInput> inputs,
        IReadOnlyList<BlockTestMethod> tests)
    {
        Definition = definition;
        SourceHash = sourceHash;
        Entry = entry;
        _shape = shape;
        Inputs = inputs;
        Tests = tests;
    }

    public BlockDefinition Definition { get; }

    public string Name => Definition.Name;

    public BlockKind Kind => Definition.Kind;

    /// <summary>Relative to the project root, '/' separators.</summary>
    public string SourcePath => Definition.SourcePath;

    /// <summary>SHA-256 (hex) of the block file's bytes: the version of the block a run records.</summary>
    public string SourceHash { get; }

    public MethodInfo Entry { get; }

    /// <summary>The entry's parameters that upstream outputs bind to, in order (context and token excluded).</summary>
    public IReadOnlyList<BlockInput> Inputs { get; }

    public IReadOnlyList<BlockOutput> Outputs => _shape.Outputs;

    public IReadOnlyList<BlockTestMethod> Tests { get; }

    /// <summary>The same loaded block under a definition that differs only in upstream or settings.</summary>
    internal CompiledBlock WithDefinition(BlockDefinition definition) =>
        new(definition, SourceHash, Entry, _shape, Inputs, Tests);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({SourcePath})";
}
