namespace Sluice.Storage.Sqlite;

/// <summary>
/// Times as 100 ns ticks since the Unix epoch, UTC. Unix microseconds would drop the last digit of
/// <see cref="TimeProvider.System"/>'s clock and break the exact round trip; ticks keep every digit and still sort
/// as plain integers. The offset is not kept: <see cref="DateTimeOffset"/> equality compares instants.
/// </summary>
internal static class SqliteTime
{
    private static readonly long EpochTicks = DateTimeOffset.UnixEpoch.UtcTicks;

    public static long ToTicks(DateTimeOffset value) => value.UtcTicks - EpochTicks;

    public static DateTimeOffset FromTicks(long ticks) => new(ticks + EpochTicks, TimeSpan.Zero);

    public static object ToDb(DateTimeOffset? value) => value is { } v ? ToTicks(v) : DBNull.Value;
}
