using System.Globalization;
using System.Text;
using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Projects;

namespace Sluice.Benchmarks;

/// <summary>
/// (a) A chain of 1,000 no-op blocks with run state persisted in SQLite, against a plain loop calling the same
/// compiled methods. The difference divided by 1,000 is Sluice's overhead per block (target: at most 1 ms).
/// </summary>
internal sealed class NoOpBlocksScenario : IScenario
{
    private const int Blocks = 1000;

    public async Task<ScenarioResult> RunAsync()
    {
        var root = BenchProject.NewFolder("noop");
        Write(root);
        await using var bench = await BenchProject.OpenAsync(root);
        var sluice = await Measure.MedianAsync(1, 5, async () =>
        {
            var result = await bench.Project.RunAsync("chain");
            if (result.Run.Status != RunStatus.Completed)
            {
                throw new InvalidOperationException($"The no-op run ended {result.Run.Status}: {result.Run.Error}");
            }
        });

        var pipeline = ProjectLoader.LoadPipeline(bench.Project.Definition, new PipelineId("chain"));
        using var compiler = new BlockCompiler(root, Path.Combine(root, ".sluice", "cache", "assemblies"));
        using var compiled = compiler.Compile(pipeline.Blocks);
        var calls = compiled.Blocks.Select(b => b.Entry.CreateDelegate<Action>()).ToArray();
        var baseline = await Measure.MedianAsync(3, 21, () =>
        {
            foreach (var call in calls)
            {
                call();
            }
        });

        var perBlock = (sluice - baseline).TotalMilliseconds / Blocks;
        return new ScenarioResult(
            "(a) 1,000 no-op blocks, state in SQLite",
            sluice,
            baseline,
            string.Create(CultureInfo.InvariantCulture, $"{perBlock:0.000} ms per block"),
            "<= 1 ms per block",
            perBlock <= 1.0);
    }

    private static void Write(string root)
    {
        File.WriteAllText(Path.Combine(root, "sluice.yaml"), "name: noop\n");
        Directory.CreateDirectory(Path.Combine(root, "custom"));
        var yaml = new StringBuilder("blocks:\n");
        for (var i = 0; i < Blocks; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"noop_{i:0000}");
            File.WriteAllText(
                Path.Combine(root, "custom", name + ".cs"),
                string.Create(CultureInfo.InvariantCulture, $"public static class Noop{i:0000} {{ [Custom] public static void Run() {{ }} }}\n"));
            yaml.Append(CultureInfo.InvariantCulture, $"  - name: {name}\n    kind: custom\n");
            if (i > 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    upstream: [noop_{i - 1:0000}]\n");
            }
        }

        Directory.CreateDirectory(Path.Combine(root, "pipelines", "chain"));
        File.WriteAllText(Path.Combine(root, "pipelines", "chain", "pipeline.yaml"), yaml.ToString());
    }
}
