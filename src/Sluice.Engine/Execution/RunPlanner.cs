using System.Security.Cryptography;
using System.Text;
using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Outputs;
using Sluice.Engine.Products;
using Sluice.Engine.Projects;
using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>
/// Turns a request into a <see cref="RunPlan"/>, or fails with one clear message before anything runs: an unknown
/// block, a compile error, an output that does not fit a parameter, an upstream block with no stored outputs.
/// </summary>
internal sealed partial class RunPlanner(BlockCompiler compiler, IRunStore runs, OutputStore outputs, ProjectDefinition project)
{
    public async Task<RunPlan> PlanAsync(
        PipelineDefinition pipeline, RunScope scope, CancellationToken cancellationToken)
    {
        var graph = PipelineGraph.Build(pipeline);
        var lanes = DynamicLanes.Of(graph);
        var executedNames = scope switch
        {
            RunScope.SingleBlock single => new HashSet<string>(StringComparer.Ordinal) { RequireBlock(pipeline, single.Block) },
            RunScope.FromBlock from => graph.WithDescendants(RequireBlock(pipeline, from.Block)).ToHashSet(StringComparer.Ordinal),
            _ => graph.TopologicalOrder.Select(b => b.Name).ToHashSet(StringComparer.Ordinal),
        };
        var executed = graph.TopologicalOrder.Where(b => executedNames.Contains(b.Name)).ToList();
        // A block that runs once per item, run without its dynamic block, runs for the items that block last returned.
        var feeding = executed.SelectMany(b => b.Upstream)
            .Concat(executed.Select(b => lanes.RootOf(b.Name)).OfType<string>())
            .Where(u => !executedNames.Contains(u)).Distinct().ToList();
        var needed = graph.TopologicalOrder.Where(b => executedNames.Contains(b.Name) || feeding.Contains(b.Name)).ToList();

        // A data-product block compiles as the block that makes its product: that gives the outputs it will have.
        var compiled = compiler.Compile(new DataProductSources(project).ForCompiling(pipeline, needed), cancellationToken);
        try
        {
            CheckDynamicShapes(needed, compiled);
            foreach (var block in executed)
            {
                CheckBinding(block, compiled, lanes);
            }

            var preloaded = new Dictionary<string, IReadOnlyList<object?>>(StringComparer.Ordinal);
            foreach (var name in feeding.Where(name => lanes.RootOf(name) is null))
            {
                preloaded[name] = await LoadLatestOutputsAsync(pipeline, compiled[name], null, cancellationToken);
            }

            await LoadPerItemOutputsAsync(pipeline, lanes, feeding, compiled, preloaded, cancellationToken);
            return new RunPlan(pipeline, graph, compiled, executed, preloaded, VersionHash(pipeline, needed, compiled)) { Lanes = lanes };
        }
        catch
        {
            compiled.Dispose();
            throw;
        }
    }

    private static string RequireBlock(PipelineDefinition pipeline, string name) =>
        pipeline.FindBlock(name)?.Name
        ?? throw new SluiceException(
            $"Pipeline '{pipeline.Id}' has no block '{name}'; it has: {string.Join(", ", pipeline.Blocks.Select(b => b.Name))}.");

    private static void CheckBinding(BlockDefinition block, CompiledProject compiled, DynamicLanes lanes)
    {
        if (block.DataProduct is not null)
        {
            DataProductSources.CheckGivesOutputs(block, compiled[block.Name]);
            return;
        }

        if (DynamicBinding.Check(block, compiled, lanes) is { } problem)
        {
            throw new SluiceException(problem, new SourceLocation(block.SourcePath));
        }

        // Sluice reads a sensor's or a condition's answer, so it must be one bool.
        if (block.Kind is BlockKind.Sensor or BlockKind.Condition && !ReturnsOneBool(compiled[block.Name]))
        {
            throw new SluiceException(
                $"{BlockKinds.YamlName(block.Kind)} block '{block.Name}' must return bool (or Task<bool>), not {Describe(compiled[block.Name].Outputs)}.",
                new SourceLocation(block.SourcePath));
        }
    }

    private static bool ReturnsOneBool(CompiledBlock block) => block.Outputs is [{ Type: var type }] && type == typeof(bool);

    private static string Describe(IReadOnlyList<BlockOutput> outputs) =>
        outputs.Count == 0 ? "nothing" : string.Join(", ", outputs.Select(o => o.Type.Name));

    /// <summary>
    /// The outputs stored by the latest successful run of <paramref name="block"/> (of its block run
    /// <paramref name="runName"/>, when that is one of its per-item runs), as the types the block declares now.
    /// </summary>
    private async Task<IReadOnlyList<object?>> LoadLatestOutputsAsync(
        PipelineDefinition pipeline, CompiledBlock block, string? runName, CancellationToken cancellationToken)
    {
        if (block.Outputs.Count == 0)
        {
            return [];
        }

        runName ??= block.Name;
        var latest = await runs.FindLatestCompletedBlockRunAsync(pipeline.Id, runName, cancellationToken);
        if (latest is null || !outputs.Exists(latest.Key))
        {
            throw new SluiceException(
                $"Block '{runName}' has no stored outputs from a successful run yet; run the pipeline, or use --from {block.Name}.");
        }

        var stored = await outputs.ReadAsync(latest.Key, cancellationToken);
        return [.. stored.Select((value, i) => i < block.Outputs.Count ? JsonValueSerializer.Refit(value.Value, block.Outputs[i].Type) : value.Value)];
    }

    private static string VersionHash(
        PipelineDefinition pipeline, IReadOnlyList<BlockDefinition> blocks, CompiledProject compiled)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(pipeline.SourcePath));
        foreach (var block in blocks)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{block.Name}:{compiled[block.Name].SourceHash};"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
