using System.Runtime.InteropServices;

using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// The UTF-8 of a whole string column, encoded before any batch is cut: chunks of rows are encoded in parallel, and
/// their sizes tell where batches may end (a batch's string bytes must fit Arrow's 32-bit offsets).
/// </summary>
internal sealed class EncodedStrings
{
    private readonly int _chunkRows;
    private readonly EncodedStringChunk[] _chunks;

    private EncodedStrings(int chunkRows, EncodedStringChunk[] chunks)
    {
        _chunkRows = chunkRows;
        _chunks = chunks;
    }

    public static EncodedStrings Encode(DataFrameColumn column, int chunkRows)
    {
        IReadOnlyList<List<string?>> pieces = Pieces(column);
        int rowCount = checked((int)column.Length);
        var chunks = new EncodedStringChunk[(rowCount + chunkRows - 1) / chunkRows];
        Parallel.For(0, chunks.Length, index =>
        {
            int start = index * chunkRows;
            var chunk = new EncodedStringChunk(Math.Min(chunkRows, rowCount - start));
            int firstRow = 0;
            foreach (List<string?> piece in pieces)
            {
                int from = Math.Max(start, firstRow);
                int to = Math.Min(start + chunk.Length, firstRow + piece.Count);
                if (from < to)
                {
                    chunk.Add(CollectionsMarshal.AsSpan(piece)[(from - firstRow)..(to - firstRow)]);
                }

                firstRow += piece.Count;
            }

            chunks[index] = chunk;
        });

        return new EncodedStrings(chunkRows, chunks);
    }

    /// <summary>UTF-8 bytes of rows <c>start .. start + length - 1</c>; both are whole chunks.</summary>
    public long ByteCount(int start, int length) => Range(start, length).Sum(chunk => (long)chunk.Size);

    /// <summary>Rows <c>start .. start + length - 1</c> as one Arrow array; both are whole chunks.</summary>
    public StringArray Slice(int start, int length)
    {
        EncodedStringChunk[] chunks = [.. Range(start, length)];
        if (chunks.Length == 1)
        {
            return chunks[0].ToArray();
        }

        int size = checked((int)ByteCount(start, length));
        byte[] data = GC.AllocateUninitializedArray<byte>(size);
        byte[] offsetBytes = GC.AllocateUninitializedArray<byte>((length + 1) * sizeof(int));
        Span<int> offsets = MemoryMarshal.Cast<byte, int>(offsetBytes.AsSpan());
        byte[] validity = new byte[(length + 7) >> 3];
        int row = 0;
        int bytes = 0;
        int nulls = 0;
        foreach (EncodedStringChunk chunk in chunks)
        {
            chunk.Data.AsSpan(0, chunk.Size).CopyTo(data.AsSpan(bytes));
            ReadOnlySpan<int> own = chunk.Offsets;
            for (int i = 0; i < chunk.Length; i++)
            {
                offsets[row + i] = own[i] + bytes;
            }

            if (chunk.Validity is null)
            {
                Bits.SetAll(validity, row, chunk.Length);
            }
            else
            {
                Bits.Copy(chunk.Validity, 0, validity, row, chunk.Length);
            }

            nulls += chunk.Nulls;
            row += chunk.Length;
            bytes += chunk.Size;
        }

        offsets[length] = bytes;
        return new StringArray(length, new ArrowBuffer(offsetBytes), new ArrowBuffer(data),
            nulls > 0 ? new ArrowBuffer(validity) : ArrowBuffer.Empty, nulls);
    }

    private IEnumerable<EncodedStringChunk> Range(int start, int length) =>
        _chunks.Skip(start / _chunkRows).Take((length + _chunkRows - 1) / _chunkRows);

    /// <summary>
    /// The column's values in row order: the column's own lists where they can be reached (only read here), else a
    /// copy made by walking the column once.
    /// </summary>
    private static IReadOnlyList<List<string?>> Pieces(DataFrameColumn column) => column switch
    {
        StringDataFrameColumn strings when StringColumns.TryGetBuffers(strings) is { } buffers => buffers,
        StringDataFrameColumn strings => [[.. strings]],
        ArrowStringDataFrameColumn arrow => [[.. arrow]],
        _ => throw new ArgumentException($"Column '{column.Name}' is not a string column.", nameof(column)),
    };
}
