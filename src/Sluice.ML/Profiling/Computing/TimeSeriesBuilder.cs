using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Counts the rows of a date column per bucket: one pass for the range, one into a counting array.</summary>
internal static class TimeSeriesBuilder
{
    private const long MaxCountingSpan = 1 << 22;

    public static TimeSeries Build(DataFrameColumn column, TimeBucket bucket, bool[]? keep)
    {
        if (column is not PrimitiveDataFrameColumn<DateTime> dates)
        {
            throw new ArgumentException(
                $"time series needs a date column; '{column.Name}' is {ColumnTypes.FriendlyName(column)}.");
        }

        var range = new DateRangeSink();
        var tally = ValueScan.Scan(dates, keep, ref range);
        if (range.Count == 0)
        {
            return new TimeSeries(column.Name, bucket, [], true, 0, tally.Missing, tally.FilteredOut);
        }

        // Keys grow with the ticks, so the range's keys bound every key and an array counts fastest. A stray
        // sentinel date (0001-01-01 among 2024 trips) would make that array huge: then a dictionary counts instead.
        var firstKey = TimeBucketKeys.Key(range.Min, bucket);
        var span = TimeBucketKeys.Key(range.Max, bucket) - firstKey + 1;
        var counts = span <= MaxCountingSpan ? CountIntoArray(dates, keep, bucket, firstKey, span) : null;
        var points = counts is null
            ? CountSparse(dates, keep, bucket)
            : ToPoints(counts, bucket, firstKey, fill: span <= TimeSeries.MaxFilledPoints);
        return new TimeSeries(
            column.Name, bucket, points, span <= TimeSeries.MaxFilledPoints, range.Count, tally.Missing, tally.FilteredOut);
    }

    private static long[] CountIntoArray(
        PrimitiveDataFrameColumn<DateTime> dates, bool[]? keep, TimeBucket bucket, long firstKey, long span)
    {
        var sink = new BucketSink(bucket, firstKey, span);
        ValueScan.Scan(dates, keep, ref sink);
        return sink.Counts;
    }

    private static List<TimePoint> CountSparse(PrimitiveDataFrameColumn<DateTime> dates, bool[]? keep, TimeBucket bucket)
    {
        var sink = new KeyCountSink(bucket);
        ValueScan.Scan(dates, keep, ref sink);
        return sink.Counts.OrderBy(entry => entry.Key)
            .Select(entry => new TimePoint(TimeBucketKeys.Start(entry.Key, bucket), entry.Value))
            .ToList();
    }

    private static List<TimePoint> ToPoints(long[] counts, TimeBucket bucket, long firstKey, bool fill)
    {
        var points = new List<TimePoint>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (fill || counts[i] > 0)
            {
                points.Add(new TimePoint(TimeBucketKeys.Start(firstKey + i, bucket), counts[i]));
            }
        }

        return points;
    }
}
