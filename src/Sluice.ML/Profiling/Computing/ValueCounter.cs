using System.Runtime.InteropServices;

using Microsoft.Data.Analysis;

using Sluice.ML.Features;
using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Counts each value of a column among the rows a mask keeps.</summary>
internal static class ValueCounter
{
    public static ValueCounts Count(DataFrameColumn column, int limit, bool[]? keep) => column switch
    {
        PrimitiveDataFrameColumn<double> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<float> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<decimal> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<long> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<int> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<short> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<sbyte> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<ulong> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<uint> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<ushort> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<byte> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<bool> typed => CountPrimitive(typed, limit, keep),
        PrimitiveDataFrameColumn<DateTime> typed => CountPrimitive(typed, limit, keep),
        StringDataFrameColumn or ArrowStringDataFrameColumn => CountStrings(column, limit, keep),
        _ => throw new ArgumentException(
            $"value counts cannot read '{column.Name}', a {ColumnTypes.FriendlyName(column)} column."),
    };

    private static ValueCounts CountPrimitive<T>(PrimitiveDataFrameColumn<T> column, int limit, bool[]? keep)
        where T : unmanaged
    {
        var sink = new CountSink<T>();
        var tally = ValueScan.Scan(column, keep, ref sink);
        return Assemble(sink.Counts, Comparer<T>.Default, tally.Missing, limit, value => CellFormat.Format(value)!);
    }

    private static ValueCounts CountStrings(DataFrameColumn column, int limit, bool[]? keep)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        long present = 0;
        FeatureColumnReader.VisitStrings(column, (row, value) =>
        {
            if (keep is null || keep[row])
            {
                CollectionsMarshal.GetValueRefOrAddDefault(lookup, value, out _)++;
                present++;
            }
        });
        var kept = keep is null ? column.Length : keep.LongCount(flag => flag);
        return Assemble(counts, StringComparer.Ordinal, kept - present, limit, value => value);
    }

    private static ValueCounts Assemble<T>(
        Dictionary<T, long> counts, IComparer<T> order, long missing, int limit, Func<T, string> format)
        where T : notnull
    {
        var top = TopCounts.Select(counts, limit, order)
            .Select(entry => new ValueCount(format(entry.Key), entry.Value))
            .ToList();
        if (missing > 0)
        {
            // The null entry goes after the values it ties with, and only if it beats the last one kept.
            var at = top.FindIndex(entry => entry.Count < missing);
            at = at < 0 ? top.Count : at;
            if (at < limit)
            {
                top.Insert(at, new ValueCount(CellFormat.NullLabel, missing, IsNull: true));
                if (top.Count > limit)
                {
                    top.RemoveAt(top.Count - 1);
                }
            }
        }

        var total = counts.Values.Sum() + missing;
        return new ValueCounts(top, total, counts.Count + (missing > 0 ? 1 : 0));
    }
}
