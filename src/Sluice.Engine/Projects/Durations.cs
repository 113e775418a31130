using System.Globalization;
using System.Text.RegularExpressions;

namespace Sluice.Engine.Projects;

/// <summary>
/// Durations as project files write them: a number and a unit (<c>500ms</c>, <c>2s</c>, <c>10m</c>, <c>1h</c>,
/// <c>30d</c>, decimals allowed) or <c>hh:mm:ss</c>.
/// </summary>
public static partial class Durations
{
    /// <summary>The forms <see cref="TryParse"/> accepts, for error messages.</summary>
    public const string Forms = "a number with a unit (500ms, 2s, 10m, 1h, 30d) or hh:mm:ss";

    /// <summary>Parses <paramref name="text"/>; negative durations are not durations.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var match = UnitPattern().Match(text);
        if (match.Success)
        {
            var amount = double.Parse(match.Groups["amount"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            var unit = match.Groups["unit"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(1),
                "s" => TimeSpan.FromSeconds(1),
                "m" => TimeSpan.FromMinutes(1),
                "h" => TimeSpan.FromHours(1),
                _ => TimeSpan.FromDays(1),
            };
            var ticks = amount * unit.Ticks;
            if (ticks > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }

            duration = TimeSpan.FromTicks((long)Math.Round(ticks));
            return true;
        }

        return ClockPattern().IsMatch(text)
            && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration)
            && duration >= TimeSpan.Zero;
    }

    /// <summary>The shortest form of <paramref name="duration"/> that <see cref="TryParse"/> reads back exactly.</summary>
    public static string Format(TimeSpan duration)
    {
        var ticks = duration.Ticks;
        if (ticks != 0 && ticks % TimeSpan.TicksPerDay == 0)
        {
            return Invariant(ticks / TimeSpan.TicksPerDay, "d");
        }

        if (ticks != 0 && ticks % TimeSpan.TicksPerHour == 0)
        {
            return Invariant(ticks / TimeSpan.TicksPerHour, "h");
        }

        if (ticks != 0 && ticks % TimeSpan.TicksPerMinute == 0)
        {
            return Invariant(ticks / TimeSpan.TicksPerMinute, "m");
        }

        if (ticks % TimeSpan.TicksPerSecond == 0)
        {
            return Invariant(ticks / TimeSpan.TicksPerSecond, "s");
        }

        return ticks % TimeSpan.TicksPerMillisecond == 0
            ? Invariant(ticks / TimeSpan.TicksPerMillisecond, "ms")
            : duration.ToString("c", CultureInfo.InvariantCulture);
    }

    private static string Invariant(long amount, string unit) =>
        amount.ToString(CultureInfo.InvariantCulture) + unit;

    [GeneratedRegex(@"^(?<amount>[0-9]+(\.[0-9]+)?)\s*(?<unit>ms|s|m|h|d)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^([0-9]+\.)?[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();
}
