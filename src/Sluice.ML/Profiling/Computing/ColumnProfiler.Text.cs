using System.Runtime.InteropServices;

using Microsoft.Data.Analysis;

using Sluice.ML.Features;
using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

internal static partial class ColumnProfiler
{
    private static ColumnStats ProfileStrings(DataFrameColumn column)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        long present = 0;
        FeatureColumnReader.VisitStrings(column, (_, value) =>
        {
            CollectionsMarshal.GetValueRefOrAddDefault(lookup, value, out bool _)++;
            present++;
        });
        if (present == 0)
        {
            return new ColumnStats(0, column.Length, 0, null, null, null, null);
        }

        string min = null!, max = null!, mode = null!;
        long modeCount = 0;
        foreach (var (value, count) in counts)
        {
            min = min is null || string.CompareOrdinal(value, min) < 0 ? value : min;
            max = max is null || string.CompareOrdinal(value, max) > 0 ? value : max;
            if (count > modeCount || (count == modeCount && string.CompareOrdinal(value, mode) < 0))
            {
                (mode, modeCount) = (value, count);
            }
        }

        return new ColumnStats(present, column.Length - present, counts.Count, min, max, mode, null);
    }

    // Column types the profiler has no fast path for (char, custom primitives) go through the boxed indexer.
    private static ColumnStats ProfileOther(DataFrameColumn column)
    {
        var counts = new Dictionary<object, long>();
        long missing = 0;
        for (long row = 0; row < column.Length; row++)
        {
            if (column[row] is { } value)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _)++;
            }
            else
            {
                missing++;
            }
        }

        var mode = counts.Count == 0 ? null : counts.MaxBy(entry => entry.Value).Key;
        return new ColumnStats(column.Length - missing, missing, counts.Count, null, null, CellFormat.Format(mode), null);
    }
}
