using Microsoft.Data.Analysis;

namespace Sluice.ML.Data;

/// <summary>Checks that frames can be stacked: same column names, same data types.</summary>
internal static class FrameShapeCheck
{
    public static void EnsureSameColumns(IReadOnlyList<DataFrame> frames)
    {
        var first = frames[0];
        var expected = first.Columns.ToDictionary(column => column.Name, column => column.DataType, StringComparer.Ordinal);
        for (var i = 1; i < frames.Count; i++)
        {
            var frame = frames[i];
            var missing = expected.Keys.Where(name => frame.Columns.IndexOf(name) < 0).ToList();
            var extra = frame.Columns.Select(column => column.Name).Where(name => !expected.ContainsKey(name)).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                throw new ArgumentException(
                    $"Frame {i} does not have the columns of frame 0: "
                    + $"missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}].",
                    nameof(frames));
            }

            foreach (var column in frame.Columns)
            {
                var type = expected[column.Name];
                if (column.DataType != type)
                {
                    throw new ArgumentException(
                        $"Column '{column.Name}' is {type.Name} in frame 0 but {column.DataType.Name} in frame {i}.",
                        nameof(frames));
                }
            }
        }
    }
}
