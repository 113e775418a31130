using System.Globalization;
using System.Text;

namespace Sluice.Benchmarks;

/// <summary>
/// The project the editor scenarios serve: pipeline <c>wide</c> of 50 tiny int transformers in ten rows of five (each
/// fed by the block above it, and all but the first of a row also by the one above-left), and pipeline <c>single</c>
/// holding only the first of them, sharing its file.
/// </summary>
internal static class EditorProject
{
    public const string Name = "editor";
    public const string Wide = "wide";
    public const string Single = "single";
    public const int Blocks = 50;
    private const int RowWidth = 5;

    /// <summary>Writes the project into a new folder of a new workspace folder; returns the workspace.</summary>
    public static string Write()
    {
        var workspace = BenchProject.NewFolder("editor");
        var root = Path.Combine(workspace, Name);
        Directory.CreateDirectory(Path.Combine(root, "transformers"));
        File.WriteAllText(Path.Combine(root, "sluice.yaml"), $"name: {Name}\n");
        var yaml = new StringBuilder("blocks:\n");
        for (var i = 0; i < Blocks; i++)
        {
            var upstream = Upstream(i);
            File.WriteAllText(Path.Combine(root, "transformers", BlockName(i) + ".cs"), Source(i, upstream.Count));
            yaml.Append(CultureInfo.InvariantCulture, $"  - name: {BlockName(i)}\n    kind: transformer\n");
            if (upstream.Count > 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    upstream: [{string.Join(", ", upstream.Select(BlockName))}]\n");
            }
        }

        WritePipeline(root, Wide, yaml.ToString());
        WritePipeline(root, Single, $"blocks:\n  - name: {BlockName(0)}\n    kind: transformer\n");
        return workspace;
    }

    public static string BlockName(int index) => string.Create(CultureInfo.InvariantCulture, $"b{index:00}");

    /// <summary>How many edges <see cref="Wide"/> has (the DAG draws one link each).</summary>
    public static int Edges => Enumerable.Range(0, Blocks).Sum(i => Upstream(i).Count);

    private static List<int> Upstream(int index)
    {
        if (index < RowWidth)
        {
            return [];
        }

        return index % RowWidth == 0 ? [index - RowWidth] : [index - RowWidth - 1, index - RowWidth];
    }

    private static string Source(int index, int inputs)
    {
        var parameters = string.Join(", ", Enumerable.Range(0, inputs).Select(p => $"int x{p}"));
        var sum = inputs == 0 ? "0" : string.Join(" + ", Enumerable.Range(0, inputs).Select(p => $"x{p}"));
        return string.Create(CultureInfo.InvariantCulture, $$"""
            public static class Block{{index:00}}
            {
                [Transformer]
                public static int Run({{parameters}}) => {{sum}} + {{index}};
            }

            """);
    }

    private static void WritePipeline(string root, string pipeline, string yaml)
    {
        var folder = Path.Combine(root, "pipelines", pipeline);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pipeline.yaml"), yaml);
    }
}
