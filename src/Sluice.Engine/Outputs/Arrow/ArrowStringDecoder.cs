using System.Runtime.InteropServices;

using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Reads a field written from an <see cref="ArrowStringDataFrameColumn"/> back into one, without decoding a string.
/// A whole column in one array of a file held in managed memory is wrapped as it is (its bytes stay in the file's
/// array); otherwise the batches' bytes, offsets and validity are joined into one set of buffers. A column whose bytes
/// outgrow Arrow's 32-bit offsets comes back as .NET strings instead.
/// </summary>
internal sealed class ArrowStringDecoder(string name, int rowCount, bool wrap) : ColumnDecoder
{
    private readonly List<StringArray> _arrays = [];

    public override void Append(IArrowArray array, int firstRow) => _arrays.Add((StringArray)array);

    public override DataFrameColumn Build()
    {
        if (rowCount == 0)
        {
            return new ArrowStringDataFrameColumn(name);
        }

        if (wrap && _arrays is [{ Offset: 0 } whole] && whole.Length == rowCount)
        {
            return Wrap(whole);
        }

        long byteCount = _arrays.Sum(array => (long)ByteCount(array));
        return byteCount <= System.Array.MaxLength ? Join((int)byteCount) : Decode();
    }

    private ArrowStringDataFrameColumn Wrap(StringArray array)
    {
        ReadOnlyMemory<byte> offsets = array.ValueOffsetsBuffer.Memory[..((rowCount + 1) * sizeof(int))];
        ReadOnlyMemory<byte> validity = array.NullCount > 0
            ? array.NullBitmapBuffer.Memory[..((rowCount + 7) >> 3)]
            : ReadOnlyMemory<byte>.Empty;
        // No value bytes at all (only empty strings and nulls): Microsoft.Data.Analysis decodes a value through a
        // pointer to the bytes, and empty memory without an array behind it gives a null pointer, which it rejects.
        ReadOnlyMemory<byte> values = array.ValueBuffer.Length > 0 ? array.ValueBuffer.Memory : System.Array.Empty<byte>();
        return new ArrowStringDataFrameColumn(
            name,
            RebasedMemoryManager.Rebase(values),
            RebasedMemoryManager.Rebase(offsets),
            RebasedMemoryManager.Rebase(validity),
            rowCount,
            array.NullCount);
    }

    private ArrowStringDataFrameColumn Join(int byteCount)
    {
        byte[] data = GC.AllocateUninitializedArray<byte>(byteCount);
        byte[] offsetBytes = GC.AllocateUninitializedArray<byte>((rowCount + 1) * sizeof(int));
        Span<int> offsets = MemoryMarshal.Cast<byte, int>(offsetBytes.AsSpan());
        byte[]? validity = _arrays.Any(array => array.NullCount > 0) ? new byte[(rowCount + 7) >> 3] : null;
        int row = 0;
        int bytes = 0;
        int nulls = 0;
        // An empty array adds nothing, and may have no offsets at all.
        foreach (StringArray array in _arrays.Where(array => array.Length > 0))
        {
            ReadOnlySpan<int> own = array.ValueOffsets;
            int first = own[0];
            array.ValueBuffer.Span[first..own[array.Length]].CopyTo(data.AsSpan(bytes));
            for (int i = 0; i < array.Length; i++)
            {
                offsets[row + i] = own[i] - first + bytes;
            }

            if (validity is not null && array.NullCount == 0)
            {
                Bits.SetAll(validity, row, array.Length);
            }
            else if (validity is not null)
            {
                Bits.Copy(array.NullBitmapBuffer.Span, array.Offset, validity, row, array.Length);
            }

            nulls += array.NullCount;
            row += array.Length;
            bytes += own[array.Length] - first;
        }

        offsets[rowCount] = bytes;
        return new ArrowStringDataFrameColumn(
            name, data, offsetBytes, validity ?? ReadOnlyMemory<byte>.Empty, rowCount, nulls);
    }

    private DataFrameColumn Decode()
    {
        var decoder = new StringDecoder(name, rowCount);
        int firstRow = 0;
        foreach (StringArray array in _arrays)
        {
            decoder.Append(array, firstRow);
            firstRow += array.Length;
        }

        return decoder.Build();
    }

    private static int ByteCount(StringArray array) =>
        array.Length == 0 ? 0 : array.ValueOffsets[array.Length] - array.ValueOffsets[0];
}
