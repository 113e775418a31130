namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Row ranges of a primitive frame column, which Microsoft.Data.Analysis keeps in one or more buffers. A range inside
/// one buffer is returned without copying; only a range that straddles buffers (columns past ~2 GB) is copied.
/// </summary>
internal sealed class ColumnChunks<T>
    where T : unmanaged
{
    private readonly List<(int FirstRow, ReadOnlyMemory<T> Values, ReadOnlyMemory<byte> Validity)> _buffers = [];

    public ColumnChunks(IEnumerable<ReadOnlyMemory<T>> values, IEnumerable<ReadOnlyMemory<byte>> validity)
    {
        int firstRow = 0;
        using IEnumerator<ReadOnlyMemory<byte>> bitmaps = validity.GetEnumerator();
        foreach (ReadOnlyMemory<T> buffer in values)
        {
            bitmaps.MoveNext();
            _buffers.Add((firstRow, buffer, bitmaps.Current));
            firstRow += buffer.Length;
        }
    }

    /// <summary>The values of rows <c>start .. start + length - 1</c> and their validity bits, starting at bit 0.</summary>
    public (ReadOnlyMemory<T> Values, ReadOnlyMemory<byte> Validity) Get(int start, int length)
    {
        if (length == 0)
        {
            return (ReadOnlyMemory<T>.Empty, ReadOnlyMemory<byte>.Empty);
        }

        int index = _buffers.FindLastIndex(buffer => buffer.FirstRow <= start);
        (int firstRow, ReadOnlyMemory<T> values, ReadOnlyMemory<byte> validity) = _buffers[index];
        int local = start - firstRow;
        if (local + length <= values.Length)
        {
            ReadOnlyMemory<byte> bits = (local & 7) == 0
                ? validity.Slice(local >> 3, (length + 7) >> 3)
                : CopyBits(validity.Span, local, length);
            return (values.Slice(local, length), bits);
        }

        return Gather(start, length);
    }

    private static byte[] CopyBits(ReadOnlySpan<byte> source, int sourceBit, int length)
    {
        byte[] bits = new byte[(length + 7) >> 3];
        Bits.Copy(source, sourceBit, bits, 0, length);
        return bits;
    }

    private (ReadOnlyMemory<T> Values, ReadOnlyMemory<byte> Validity) Gather(int start, int length)
    {
        T[] values = new T[length];
        byte[] bits = new byte[(length + 7) >> 3];
        int done = 0;
        foreach ((int firstRow, ReadOnlyMemory<T> buffer, ReadOnlyMemory<byte> validity) in _buffers)
        {
            int from = Math.Max(start + done, firstRow) - firstRow;
            if (done == length || from >= buffer.Length || firstRow > start + done)
            {
                continue;
            }

            int take = Math.Min(buffer.Length - from, length - done);
            buffer.Span.Slice(from, take).CopyTo(values.AsSpan(done));
            Bits.Copy(validity.Span, from, bits, done, take);
            done += take;
        }

        return (values, bits);
    }
}
