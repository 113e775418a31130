using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Computes <see cref="ColumnStats"/> for a column of any type.</summary>
internal static partial class ColumnProfiler
{
    public static ColumnStats Profile(DataFrameColumn column) => column switch
    {
        _ when NumericColumns.IsNumeric(column) => NumericColumns.Accept(column, NumericProfiler.Instance),
        PrimitiveDataFrameColumn<DateTime> dates => ProfileDates(dates),
        PrimitiveDataFrameColumn<bool> flags => ProfileBooleans(flags),
        StringDataFrameColumn or ArrowStringDataFrameColumn => ProfileStrings(column),
        _ => ProfileOther(column),
    };

    private static ColumnStats ProfileDates(PrimitiveDataFrameColumn<DateTime> column)
    {
        var gather = new GatherSink<DateTime>(column.Length - column.NullCount);
        var tally = ValueScan.Scan(column, keep: null, ref gather);
        var ticks = new long[gather.Count];
        for (var i = 0; i < ticks.Length; i++)
        {
            ticks[i] = gather.Values[i].Ticks;
        }

        if (ticks.Length == 0)
        {
            return new ColumnStats(0, tally.Missing, 0, null, null, null, null);
        }

        Array.Sort(ticks);
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

    private static string FormatTicks(long ticks) => CellFormat.Format(new DateTime(ticks))!;
}
