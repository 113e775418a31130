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
internal sealed class RunPlanner(BlockCompiler compiler, IRunStore runs, OutputStore outputs, ProjectDefinition project)
{
    public async Task<RunPlan> PlanAsync(
        PipelineDefinition pipeline, RunScope scope, CancellationToken cancellationToken)
    {
        var graph = PipelineGraph.Build(pipeline);
        var executedNames = scope switch
        {
            RunScope.SingleBlock single => new HashSet<string>(StringComparer.Ordinal) { RequireBlock(pipeline, single.Block) },
            RunScope.FromBlock from => graph.WithDescendants(RequireBlock(pipeline, from.Block)).ToHashSet(StringComparer.Ordinal),
            _ => graph.TopologicalOrder.Select(b => b.Name).ToHashSet(StringComparer.Ordinal),
        };
        var executed = graph.TopologicalOrder.Where(b => executedNames.Contains(b.Name)).ToList();
        var feeding = executed.SelectMany(b => b.Upstream).Where(u => !executedNames.Contains(u)).Distinct().ToList();
        var needed = graph.TopologicalOrder.Where(b => executedNames.Contains(b.Name) || feeding.Contains(b.Name)).ToList();

        // A data-product block compiles as the block that makes its product: that gives the outputs it will have.
        var compiled = compiler.Compile(new DataProductSources(project).ForCompiling(pipeline, needed), cancellationToken);
        try
        {
            foreach (var block in executed)
            {
                CheckBinding(block, compiled);
            }

            var preloaded = new Dictionary<string, IReadOnlyList<object?>>(StringComparer.Ordinal);
            foreach (var name in feeding)
            {
                preloaded[name] = await LoadLatestOutputsAsync(pipeline, compiled[name], cancellationToken);
            }

            return new RunPlan(pipeline, graph, compiled, executed, preloaded, VersionHash(pipeline, needed, compiled));
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

    private static void CheckBinding(BlockDefinition block, CompiledProject compiled)
    {
        if (block.DataProduct is not null)
        {
            DataProductSources.CheckGivesOutputs(block, compiled[block.Name]);
            return;
        }

        var upstreamOutputs = block.Upstream
            .SelectMany(u => compiled[u].Outputs.Select(output => (Block: u, Output: output)))
            .ToList();
        if (BlockBinding.Check(compiled[block.Name], upstreamOutputs) is { } problem)
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

    private async Task<IReadOnlyList<object?>> LoadLatestOutputsAsync(
        PipelineDefinition pipeline, CompiledBlock block, CancellationToken cancellationToken)
    {
        if (block.Outputs.Count == 0)
        {
            return [];
        }

        var latest = await runs.FindLatestCompletedBlockRunAsync(pipeline.Id, block.Name, cancellationToken);
        if (latest is null || !outputs.Exists(latest.Key))
        {
            throw new SluiceException(
                $"Block '{block.Name}' has no stored outputs from a successful run yet; run the pipeline, or use --from {block.Name}.");
        }

        var stored = await outputs.ReadAsync(latest.Key, cancellationToken);
        return stored.Select(value => value.Value).ToList();
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
