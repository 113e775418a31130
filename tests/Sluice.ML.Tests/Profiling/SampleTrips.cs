using Microsoft.Data.Analysis;

namespace Sluice.ML.Tests.Profiling;

/// <summary>
/// Ten trips small enough to check every figure by hand:
/// <code>
/// row trip_distance PULocationID flag pickup              fare paid
///  0  0.5           236          N    2024-01-01 00:10:00  5.0 true
///  1  1.2           236          N    2024-01-01 00:50:00  7.5 false
///  2  2.0            74          Y    2024-01-01 01:05:00  null true
///  3  null          236          null 2024-01-01 23:59:59 10.0 null
///  4  3.7            41          N    2024-01-02 08:00:00 15.0 true
///  5  20.0          236          Y    2024-01-02 09:30:00 52.0 true
///  6  25.5           74          N    null                70.0 false
///  7  NaN            41          N    2024-01-08 12:00:00  3.0 true
///  8  1.5           236          null 2024-01-31 23:00:00  9.0 true
///  9  9.0            74          N    2024-02-01 00:00:00 30.0 false
/// </code>
/// </summary>
internal static class SampleTrips
{
    public static DataFrame Frame() => new(
        new DoubleDataFrameColumn("trip_distance", new double?[] { 0.5, 1.2, 2.0, null, 3.7, 20.0, 25.5, double.NaN, 1.5, 9.0 }),
        new Int32DataFrameColumn("PULocationID", new int?[] { 236, 236, 74, 236, 41, 236, 74, 41, 236, 74 }),
        new StringDataFrameColumn("store_and_fwd_flag", ["N", "N", "Y", null, "N", "Y", "N", "N", null, "N"]),
        new DateTimeDataFrameColumn("pickup", new DateTime?[]
        {
            At(1, 0, 10), At(1, 0, 50), At(1, 1, 5), At(1, 23, 59, 59), At(2, 8, 0), At(2, 9, 30), null,
            At(8, 12, 0), At(31, 23, 0), new DateTime(2024, 2, 1),
        }),
        new DoubleDataFrameColumn("fare", new double?[] { 5.0, 7.5, null, 10.0, 15.0, 52.0, 70.0, 3.0, 9.0, 30.0 }),
        new BooleanDataFrameColumn("paid", new bool?[] { true, false, true, null, true, true, false, true, true, false }));

    /// <summary>The indices of the true entries of a mask.</summary>
    public static int[] Rows(bool[] mask) => Enumerable.Range(0, mask.Length).Where(i => mask[i]).ToArray();

    private static DateTime At(int day, int hour, int minute, int second = 0) => new(2024, 1, day, hour, minute, second);
}
