using System.Globalization;

namespace Sluice.Core;

/// <summary>
/// Makes the 32-hex-digit ids of runs, tracked runs and experiments: they start with the creation time in
/// milliseconds, and one counter for the process keeps them strictly increasing, so ids sort by creation time.
/// </summary>
internal static class SortableIds
{
    private static readonly Lock Gate = new();
    private static UInt128 _last;

    public static string Next()
    {
        // A version-7 GUID orders by millisecond only; two ids in the same millisecond would sort at random.
        var candidate = UInt128.Parse(Guid.CreateVersion7().ToString("N"), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        lock (Gate)
        {
            _last = candidate > _last ? candidate : _last + 1;
            return _last.ToString("x32", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>True when <paramref name="text"/> has the form these ids have: 32 lower-case hexadecimal digits.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: 32 } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
