using Sluice.Core;

namespace Sluice.Server.Editor;

/// <summary>
/// Places a pipeline's blocks for the DAG drawing: top to bottom by depth (a block sits one row below its deepest
/// upstream block), left to right in file order within a row.
/// </summary>
public static class DagLayout
{
    /// <summary>The height of a drawn node, for sizing the drawing.</summary>
    public const double NodeHeight = 80;

    private const double RowHeight = 110;
    private const double ColumnWidth = 190;

    /// <summary>Each block with the top-left corner of its node.</summary>
    public static IReadOnlyList<(BlockDefinition Block, (double X, double Y) Position)> Place(PipelineDefinition pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in pipeline.Blocks)
        {
            DepthOf(block, pipeline, depth, 0);
        }

        var perRow = new Dictionary<int, int>();
        var placed = new List<(BlockDefinition, (double, double))>(pipeline.Blocks.Count);
        foreach (var block in pipeline.Blocks)
        {
            var row = depth[block.Name];
            var column = perRow.GetValueOrDefault(row);
            perRow[row] = column + 1;
            placed.Add((block, (20 + (column * ColumnWidth), 20 + (row * RowHeight))));
        }

        return placed;
    }

    private static int DepthOf(BlockDefinition block, PipelineDefinition pipeline, Dictionary<string, int> depth, int guard)
    {
        if (depth.TryGetValue(block.Name, out var known))
        {
            return known;
        }

        // A loaded pipeline has no cycles; the guard only keeps a hand-made definition from recursing forever.
        var value = guard > pipeline.Blocks.Count
            ? 0
            : block.Upstream
                .Select(name => pipeline.FindBlock(name))
                .Where(b => b is not null)
                .Select(b => DepthOf(b!, pipeline, depth, guard + 1) + 1)
                .DefaultIfEmpty(0)
                .Max();
        depth[block.Name] = value;
        return value;
    }
}
