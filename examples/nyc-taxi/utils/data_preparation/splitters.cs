using System.Globalization;

using Microsoft.Data.Analysis;

using Sluice.ML.Data;

namespace NycTaxi.DataPreparation;

public static class Splitters
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Train is every row whose <paramref name="feature"/> is below <paramref name="value"/>; validation is the rest.
    /// The value is read in the column's type (a date for a DateTime column, a number for a numeric one).
    /// </summary>
    public static (DataFrame Train, DataFrame Val) SplitOnValue(
        DataFrame frame, string feature, string value, bool dropFeature = true)
    {
        var column = frame[feature];
        var inTrain = column switch
        {
            PrimitiveDataFrameColumn<DateTime> => IsBelow(Columns.ToArray<DateTime>(column), DateTime.Parse(value, Invariant)),
            PrimitiveDataFrameColumn<double> => IsBelow(Columns.ToArray<double>(column), double.Parse(value, Invariant)),
            PrimitiveDataFrameColumn<long> => IsBelow(Columns.ToArray<long>(column), long.Parse(value, Invariant)),
            PrimitiveDataFrameColumn<int> => IsBelow(Columns.ToArray<int>(column), int.Parse(value, Invariant)),
            StringDataFrameColumn => Array.ConvertAll(Columns.ToStringArray(column), text => string.CompareOrdinal(text, value) < 0),
            _ => throw new ArgumentException($"Cannot split on '{feature}': its {column.DataType.Name} values do not compare."),
        };
        var inVal = Array.ConvertAll(inTrain, flag => !flag);

        var kept = dropFeature ? new DataFrame(frame.Columns.Where(c => c.Name != feature)) : frame;
        return (Frames.Filter(kept, inTrain), Frames.Filter(kept, inVal));
    }

    private static bool[] IsBelow<T>(T?[] values, T limit)
        where T : unmanaged, IComparable<T> =>
        Array.ConvertAll(values, item => item is { } present && present.CompareTo(limit) < 0);
}
