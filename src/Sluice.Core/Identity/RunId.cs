using System.Globalization;

namespace Sluice.Core;

/// <summary>
/// A pipeline run's id: 32 hexadecimal digits that start with the creation time in milliseconds, so ids sort by
/// creation time in every store.
/// </summary>
public readonly record struct RunId(string Value)
{
    private static readonly Lock Gate = new();
    private static UInt128 _last;

    /// <summary>A new id, later than every id made before it in this process.</summary>
    public static RunId New()
    {
        // A version-7 GUID orders by millisecond only; two ids in the same millisecond would sort at random.
        var candidate = UInt128.Parse(Guid.CreateVersion7().ToString("N"), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        lock (Gate)
        {
            _last = candidate > _last ? candidate : _last + 1;
            return new RunId(_last.ToString("x32", CultureInfo.InvariantCulture));
        }
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
