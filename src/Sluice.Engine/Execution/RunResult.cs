using Sluice.Core;
using Sluice.Engine.Outputs;

namespace Sluice.Engine.Execution;

/// <summary>The record of a finished run, its blocks, and access to the outputs it stored.</summary>
public sealed class RunResult
{
    private readonly OutputStore _outputs;

    internal RunResult(PipelineRun run, IReadOnlyList<BlockResult> blocks, OutputStore outputs)
    {
        Run = run;
        Blocks = blocks;
        _outputs = outputs;
    }

    /// <summary>The pipeline run.</summary>
    public PipelineRun Run { get; }

    /// <summary>
    /// Every block the run executed, in the order they were planned; a block that ran once per item of a dynamic block
    /// is followed by its item runs (<c>&lt;block&gt;:&lt;item&gt;</c>), in item order.
    /// </summary>
    public IReadOnlyList<BlockResult> Blocks { get; }

    /// <summary>The result of block <paramref name="name"/>.</summary>
    public BlockResult Block(string name) =>
        Blocks.FirstOrDefault(b => b.Run.Key.Block == name)
        ?? throw new SluiceException($"Run {Run.Id} did not execute block '{name}'.");

    /// <summary>Reads the outputs that block <paramref name="block"/> stored in this run, in order.</summary>
    public Task<IReadOnlyList<BlockOutputValue>> ReadOutputsAsync(string block, CancellationToken cancellationToken = default) =>
        _outputs.ReadAsync(new BlockKey(Run.Pipeline, Run.Id, block), cancellationToken);

    /// <summary>Reads output <paramref name="output"/> (its name, e.g. a tuple element's) of <paramref name="block"/>.</summary>
    public async Task<T> ReadOutputAsync<T>(string block, string output, CancellationToken cancellationToken = default)
    {
        var value = await _outputs.ReadAsync(new BlockKey(Run.Pipeline, Run.Id, block), output, cancellationToken);
        return value.Value is T typed
            ? typed
            : throw new SluiceException($"Output '{output}' of block '{block}' is {value.Value?.GetType().Name ?? "null"}, not {typeof(T).Name}.");
    }
}
