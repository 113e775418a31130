using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Computes <see cref="ColumnStats"/> for a column of any type.</summary>
internal static partial class ColumnProfiler
{
    /// <summary>The distinct values counted in a hash map before a column is sorted instead.</summary>
    public const int DistinctCap = 1 << 16;

    public static ColumnStats Profile(DataFrameColumn column) => column switch
    {
        _ when NumericColumns.IsNumeric(column) => NumericColumns.Accept(column, NumericProfiler.Instance),
        PrimitiveDataFrameColumn<DateTime> dates => ProfileDates(dates),
        PrimitiveDataFrameColumn<bool> flags => ProfileBooleans(flags),
        StringDataFrameColumn or ArrowStringDataFrameColumn => ProfileStrings(column),
        _ => ProfileOther(column),
    };

    // Dates are counted first like numbers (a column of days has few distinct values), and sorted as ticks when
    // they turn out to be mostly distinct, as timestamps are.
    private static ColumnStats ProfileDates(PrimitiveDataFrameColumn<DateTime> column)
    {
        var counter = new CappedCountSink<DateTime>(DistinctCap);
        var tally = ValueScan.Scan(column, keep: null, ref counter);
        if (counter.Counts.Count == 0)
        {
            return new ColumnStats(0, tally.Missing, 0, null, null, null, null);
        }

        if (!counter.Overflowed)
        {
            var keys = counter.Counts.Keys.ToArray();
            var counts = counter.Counts.Values.ToArray();
            Array.Sort(keys, counts);
            return new ColumnStats(
                counts.Sum(), tally.Missing, keys.Length, Format(keys[0]), Format(keys[^1]), Format(keys[DistinctValues.Mode(counts)]), null);
        }

        var gather = new TicksSink(column.Length - column.NullCount);
        ValueScan.Scan(column, keep: null, ref gather);
        var ticks = gather.Ticks.AsSpan(0, gather.Count);
        ticks.Sort();
        var (unique, modeIndex) = SortedValues.Runs<long>(ticks);
        return new ColumnStats(
            ticks.Length, tally.Missing, unique, FormatTicks(ticks[0]), FormatTicks(ticks[^1]), FormatTicks(ticks[modeIndex]), null);
    }

    private static ColumnStats ProfileBooleans(PrimitiveDataFrameColumn<bool> column)
    {
        var counts = new CountSink<bool>();
        var tally = ValueScan.Scan(column, keep: null, ref counts);
        var trues = counts.Counts.GetValueOrDefault(true);
        var falses = counts.Counts.GetValueOrDefault(false);
        var min = falses > 0 ? "false" : trues > 0 ? "true" : null;
        var max = trues > 0 ? "true" : falses > 0 ? "false" : null;
        var mode = trues + falses == 0 ? null : trues > falses ? "true" : "false";
        return new ColumnStats(trues + falses, tally.Missing, counts.Counts.Count, min, max, mode, null);
    }

    private static string FormatTicks(long ticks) => Format(new DateTime(ticks));

    private static string Format(DateTime value) => CellFormat.Format(value)!;
}
