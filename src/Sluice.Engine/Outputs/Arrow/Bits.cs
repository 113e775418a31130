using Apache.Arrow;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>Validity bitmaps (Arrow's and Microsoft.Data.Analysis's share the layout: bit set = value present).</summary>
internal static class Bits
{
    /// <summary>Copies <paramref name="count"/> bits; whole bytes at once when both sides are byte-aligned.</summary>
    public static void Copy(ReadOnlySpan<byte> source, int sourceBit, Span<byte> target, int targetBit, int count)
    {
        if (count <= 0)
        {
            return;
        }

        int done = 0;
        if ((sourceBit & 7) == 0 && (targetBit & 7) == 0)
        {
            int bytes = count >> 3;
            source.Slice(sourceBit >> 3, bytes).CopyTo(target.Slice(targetBit >> 3, bytes));
            done = bytes << 3;
        }

        for (int i = done; i < count; i++)
        {
            BitUtility.SetBit(target, targetBit + i, BitUtility.GetBit(source, sourceBit + i));
        }
    }

    /// <summary>Sets <paramref name="count"/> bits starting at <paramref name="targetBit"/>.</summary>
    public static void SetAll(Span<byte> target, int targetBit, int count)
    {
        int i = 0;
        for (; i < count && ((targetBit + i) & 7) != 0; i++)
        {
            BitUtility.SetBit(target, targetBit + i);
        }

        int bytes = (count - i) >> 3;
        target.Slice((targetBit + i) >> 3, bytes).Fill(0xFF);
        for (i += bytes << 3; i < count; i++)
        {
            BitUtility.SetBit(target, targetBit + i);
        }
    }

    public static int CountUnset(ReadOnlySpan<byte> bitmap, int offset, int count) =>
        count - BitUtility.CountBits(bitmap, offset, count);
}
