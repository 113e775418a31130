using System.Runtime.InteropServices;
using System.Text;

using Apache.Arrow;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>The UTF-8 bytes, offsets (from 0) and validity of a run of rows of a string column.</summary>
internal sealed class EncodedStringChunk
{
    private readonly byte[] _offsetBytes;
    private int _rows;

    public EncodedStringChunk(int length)
    {
        Length = length;
        _offsetBytes = GC.AllocateUninitializedArray<byte>((length + 1) * sizeof(int));
        Offsets[0] = 0;
        // A first guess for short values; the buffer doubles when it is too small.
        Data = GC.AllocateUninitializedArray<byte>(Math.Max(256, length * 8));
    }

    public int Length { get; }

    public Span<int> Offsets => MemoryMarshal.Cast<byte, int>(_offsetBytes.AsSpan());

    public byte[] Data { get; private set; }

    public int Size { get; private set; }

    /// <summary>Null until the first null value; then one bit per row, set when the row has a value.</summary>
    public byte[]? Validity { get; private set; }

    public int Nulls { get; private set; }

    public void Add(ReadOnlySpan<string?> values)
    {
        Span<int> offsets = Offsets;
        int size = Size;
        byte[] data = Data;
        for (int i = 0; i < values.Length; i++, _rows++)
        {
            if (values[i] is { } value)
            {
                int written;
                while (!Encoding.UTF8.TryGetBytes(value, data.AsSpan(size), out written))
                {
                    data = Grow(data, size, Encoding.UTF8.GetMaxByteCount(value.Length));
                }

                size += written;
            }
            else
            {
                MarkNull(_rows);
            }

            offsets[_rows + 1] = size;
        }

        Data = data;
        Size = size;
    }

    public StringArray ToArray() => new(
        Length,
        new ArrowBuffer(_offsetBytes),
        new ArrowBuffer(Data.AsMemory(0, Size)),
        Validity is null ? ArrowBuffer.Empty : new ArrowBuffer(Validity),
        Nulls);

    private static byte[] Grow(byte[] data, int used, int needed)
    {
        long capacity = Math.Max((long)data.Length * 2, (long)used + needed);
        if (capacity > System.Array.MaxLength)
        {
            capacity = System.Array.MaxLength;
            if (used + needed > capacity)
            {
                throw new NotSupportedException(
                    "A string column holds more than 2 GB of text in one run of rows, more than an Arrow batch holds.");
            }
        }

        byte[] grown = GC.AllocateUninitializedArray<byte>((int)capacity);
        data.AsSpan(0, used).CopyTo(grown);
        return grown;
    }

    private void MarkNull(int row)
    {
        if (Validity is null)
        {
            Validity = new byte[(Length + 7) >> 3];
            Bits.SetAll(Validity, 0, Length);
        }

        BitUtility.ClearBit(Validity, row);
        Nulls++;
    }
}
