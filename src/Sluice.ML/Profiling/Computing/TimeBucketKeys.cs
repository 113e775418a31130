namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Numbers the buckets of a width from 0001-01-01 on (a Monday, so week keys start weeks on Mondays), so that a
/// bucket is a key and consecutive buckets have consecutive keys.
/// </summary>
internal static class TimeBucketKeys
{
    private const long TicksPerWeek = 7 * TimeSpan.TicksPerDay;

    public static long Key(long ticks, TimeBucket bucket)
    {
        switch (bucket)
        {
            case TimeBucket.Hour: return ticks / TimeSpan.TicksPerHour;
            case TimeBucket.Day: return ticks / TimeSpan.TicksPerDay;
            case TimeBucket.Week: return ticks / TicksPerWeek;
            default:
                var (year, month, _) = new DateTime(ticks);
                return (year * 12L) + month - 1;
        }
    }

    public static DateTime Start(long key, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Hour => new DateTime(key * TimeSpan.TicksPerHour),
        TimeBucket.Day => new DateTime(key * TimeSpan.TicksPerDay),
        TimeBucket.Week => new DateTime(key * TicksPerWeek),
        _ => new DateTime((int)(key / 12), (int)(key % 12) + 1, 1),
    };
}
