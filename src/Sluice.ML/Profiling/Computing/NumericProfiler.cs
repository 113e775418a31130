using System.Numerics;

using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Profiles a numeric column. Most columns hold few distinct values (ids, categories, amounts in cents): counting
/// them in a hash map and sorting only the distinct ones is several times faster than sorting every value. Past
/// <see cref="ColumnProfiler.DistinctCap"/> distinct values the counting stops and a sorted copy of the values gives the same
/// figures (min, max, exact quantiles, distinct count and mode from one O(n log n) sort).
/// </summary>
internal sealed class NumericProfiler : INumericColumnVisitor<ColumnStats>
{
    public static NumericProfiler Instance { get; } = new();

    public ColumnStats Visit<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, INumber<T>
    {
        var counter = new CappedCountSink<T>(ColumnProfiler.DistinctCap);
        var tally = ValueScan.Scan(column, keep: null, ref counter);
        return counter.Overflowed ? FromSorted(column) : FromCounts(counter.Counts, tally.Missing);
    }

    private static ColumnStats FromCounts<T>(Dictionary<T, long> counted, long missing)
        where T : unmanaged, INumber<T>
    {
        if (counted.Count == 0)
        {
            return new ColumnStats(0, missing, 0, null, null, null, null);
        }

        var keys = counted.Keys.ToArray();
        var counts = counted.Values.ToArray();
        Array.Sort(keys, counts);
        var n = counts.Sum();
        return new ColumnStats(
            n,
            missing,
            keys.Length,
            CellFormat.Format(keys[0]),
            CellFormat.Format(keys[^1]),
            CellFormat.Format(keys[DistinctValues.Mode(counts)]),
            DistinctValues.Describe(keys, counts, n));
    }

    private static ColumnStats FromSorted<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, INumber<T>
    {
        var gather = new GatherSink<T>(column.Length - column.NullCount);
        var tally = ValueScan.Scan(column, keep: null, ref gather);
        var values = gather.Values.AsSpan(0, gather.Count);
        values.Sort();
        var (unique, modeIndex) = SortedValues.Runs<T>(values);
        var (mean, std) = SortedValues.MeanAndStd<T>(values);
        var numbers = new NumericStats(
            mean,
            std,
            double.CreateTruncating(values[0]),
            SortedValues.Quantile<T>(values, 0.25),
            SortedValues.Quantile<T>(values, 0.5),
            SortedValues.Quantile<T>(values, 0.75),
            double.CreateTruncating(values[^1]));
        return new ColumnStats(
            values.Length,
            tally.Missing,
            unique,
            CellFormat.Format(values[0]),
            CellFormat.Format(values[^1]),
            CellFormat.Format(values[modeIndex]),
            numbers);
    }
}
