using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Equal-width histograms of numeric and date columns.</summary>
internal static class HistogramBuilder
{
    public static Histogram Build(DataFrameColumn column, int buckets, bool[]? keep)
    {
        if (NumericColumns.IsNumeric(column))
        {
            return NumericColumns.Accept(column, new NumericHistogram(buckets, keep));
        }

        if (column is PrimitiveDataFrameColumn<DateTime> dates)
        {
            return BuildDates(dates, buckets, keep);
        }

        throw new ArgumentException(
            $"histogram needs a numeric or date column; '{column.Name}' is {ColumnTypes.FriendlyName(column)}.");
    }

    private static Histogram BuildDates(PrimitiveDataFrameColumn<DateTime> column, int buckets, bool[]? keep)
    {
        var range = new DateRangeSink();
        var tally = ValueScan.Scan(column, keep, ref range);
        if (range.Count == 0)
        {
            return new Histogram(column.Name, "datetime", [], 0, tally.Missing, tally.FilteredOut);
        }

        var origin = range.Min;
        var edges = new BinEdges(0, range.Max - origin, buckets, widen: TimeSpan.TicksPerSecond / 2);
        var bins = new DateBinSink(edges, origin);
        ValueScan.Scan(column, keep, ref bins);
        var result = new HistogramBin[buckets];
        for (var k = 0; k < buckets; k++)
        {
            result[k] = new HistogramBin(UnixMilliseconds(origin, edges.Edges[k]), UnixMilliseconds(origin, edges.Edges[k + 1]), bins.Counts[k]);
        }

        return new Histogram(column.Name, "datetime", result, range.Count, tally.Missing, tally.FilteredOut);
    }

    private static double UnixMilliseconds(long origin, double offset) =>
        ((origin - DateTime.UnixEpoch.Ticks) + offset) / TimeSpan.TicksPerMillisecond;
}
