using System.Numerics;

using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Two passes over a numeric column: its range, then its bins.</summary>
internal sealed class NumericHistogram(int buckets, bool[]? keep) : INumericColumnVisitor<Histogram>
{
    public Histogram Visit<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, INumber<T>
    {
        var range = new RangeSink<T>();
        var tally = ValueScan.Scan(column, keep, ref range);
        var missing = tally.Missing + range.NonFinite;
        var type = ColumnTypes.FriendlyName(column);
        if (range.Count == 0)
        {
            return new Histogram(column.Name, type, [], 0, missing, tally.FilteredOut);
        }

        var edges = new BinEdges(range.Min, range.Max, buckets, widen: 0.5);
        var bins = new BinSink<T>(edges);
        ValueScan.Scan(column, keep, ref bins);
        var result = new HistogramBin[buckets];
        for (var k = 0; k < buckets; k++)
        {
            result[k] = new HistogramBin(edges.Edges[k], edges.Edges[k + 1], bins.Counts[k]);
        }

        return new Histogram(column.Name, type, result, range.Count, missing, tally.FilteredOut);
    }
}
