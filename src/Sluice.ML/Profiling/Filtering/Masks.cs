using System.Numerics;
using System.Runtime.InteropServices;

namespace Sluice.ML.Profiling.Filtering;

/// <summary>Combines row masks a vector at a time (a bool is one byte holding 0 or 1).</summary>
internal static class Masks
{
    public static void And(bool[] target, bool[] other) => Combine(target, other, isAnd: true);

    public static void Or(bool[] target, bool[] other) => Combine(target, other, isAnd: false);

    private static void Combine(bool[] target, bool[] other, bool isAnd)
    {
        var left = MemoryMarshal.AsBytes(target.AsSpan());
        var right = MemoryMarshal.AsBytes(other.AsSpan());
        var i = 0;
        for (; i <= left.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            var a = new Vector<byte>(left[i..]);
            var b = new Vector<byte>(right[i..]);
            (isAnd ? a & b : a | b).CopyTo(left[i..]);
        }

        for (; i < left.Length; i++)
        {
            left[i] = (byte)(isAnd ? left[i] & right[i] : left[i] | right[i]);
        }
    }
}
