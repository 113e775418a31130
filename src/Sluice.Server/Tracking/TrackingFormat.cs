using System.Globalization;

namespace Sluice.Server.Tracking;

/// <summary>How the pages and the CLI write metric values, times and durations: the same text everywhere.</summary>
public static class TrackingFormat
{
    /// <summary>
    /// A metric value: up to four decimals in the usual range, four significant digits in scientific notation for
    /// very large or very small values, <c>NaN</c> and <c>∞</c> as they are.
    /// </summary>
    public static string Metric(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "-∞",
        0 => "0",
        _ when Math.Abs(value) is >= 1e5 or < 1e-3 => value.ToString("0.###E+0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.####", CultureInfo.InvariantCulture),
    };

    /// <summary>A moment in the server's time zone, to the second.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A duration in seconds: milliseconds below one second, then seconds, then h:mm:ss.</summary>
    public static string Duration(double? seconds) => seconds switch
    {
        null => string.Empty,
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:0} ms"),
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s"),
        _ => TimeSpan.FromSeconds(seconds.Value).ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture),
    };

    /// <summary>A size in bytes: B, KB, MB or GB with one decimal.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.0} GB"),
    };
}
