using System.Globalization;

namespace Sluice.Engine.Products;

/// <summary>How old something is, the way a person says it in a log line: <c>40 s</c>, <c>3 min</c>, <c>2 h 5 min</c>, <c>3 d 4 h</c>.</summary>
internal static class Ages
{
    public static string Describe(TimeSpan age)
    {
        age = age < TimeSpan.Zero ? TimeSpan.Zero : age;
        return age switch
        {
            { TotalMinutes: < 1 } => Invariant($"{(int)age.TotalSeconds} s"),
            { TotalHours: < 1 } => Invariant($"{(int)age.TotalMinutes} min"),
            { TotalDays: < 1 } => age.Minutes == 0 ? Invariant($"{(int)age.TotalHours} h") : Invariant($"{(int)age.TotalHours} h {age.Minutes} min"),
            _ => age.Hours == 0 ? Invariant($"{(int)age.TotalDays} d") : Invariant($"{(int)age.TotalDays} d {age.Hours} h"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
