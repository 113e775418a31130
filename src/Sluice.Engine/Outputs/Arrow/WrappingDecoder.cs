using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Hands a frame column Arrow's own value and validity buffers, without copying, when the whole column is one array
/// whose memory is managed and stays valid (a file read into one byte array). The column reads those bytes and copies
/// them on its first change (Microsoft.Data.Analysis copies read-only buffers on write).
/// </summary>
/// <typeparam name="T">The frame's value type, as wide as Arrow's.</typeparam>
/// <param name="rowCount">The column's length.</param>
/// <param name="create">Makes the column from its values, validity, length and null count.</param>
/// <param name="convertInPlace">
/// Turns Arrow's values into the frame's, in place, when their representations differ (timestamps into DateTimes):
/// the file's bytes belong to the frame alone, so converting them costs no new memory.
/// </param>
internal sealed class WrappingDecoder<T>(
    int rowCount,
    Func<ReadOnlyMemory<byte>, ReadOnlyMemory<byte>, int, int, DataFrameColumn> create,
    WrappingDecoder<T>.InPlaceConverter? convertInPlace = null) : ColumnDecoder
    where T : unmanaged
{
    /// <summary>Rewrites a column's values, given as bytes, into the frame's representation.</summary>
    public delegate void InPlaceConverter(Span<byte> values);

    private Apache.Arrow.Array? _array;

    public override void Append(IArrowArray array, int firstRow)
    {
        var data = (Apache.Arrow.Array)array;
        if (firstRow != 0 || data.Length != rowCount || data.Offset != 0)
        {
            throw new InvalidOperationException("A wrapped column must be one whole, unsliced array.");
        }

        _array = data;
        if (convertInPlace is not null && rowCount > 0)
        {
            // Here rather than in Build: columns are appended in parallel.
            if (!MemoryMarshal.TryGetArray(Values(data), out ArraySegment<byte> bytes))
            {
                throw new InvalidOperationException("Only values in a managed array can be converted in place.");
            }

            convertInPlace(bytes.AsSpan());
        }
    }

    public override DataFrameColumn Build()
    {
        if (_array is null || rowCount == 0)
        {
            return create(ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty, 0, 0);
        }

        ReadOnlyMemory<byte> values = RebasedMemoryManager.Rebase(Values(_array));
        int nulls = _array.NullCount;
        ReadOnlyMemory<byte> validity = nulls == 0
            ? ReadOnlyMemory<byte>.Empty
            : _array.Data.Buffers[0].Memory[..((rowCount + 7) >> 3)];
        return create(values, validity, rowCount, nulls);
    }

    private ReadOnlyMemory<byte> Values(Apache.Arrow.Array array) =>
        array.Data.Buffers[1].Memory[..(rowCount * Unsafe.SizeOf<T>())];
}
