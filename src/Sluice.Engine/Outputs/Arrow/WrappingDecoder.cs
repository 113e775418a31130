using System.Runtime.CompilerServices;

using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Hands a frame column Arrow's own value and validity buffers, without copying, when the whole column is one array
/// whose memory is managed and stays valid (a file read into one byte array). The column reads those bytes and copies
/// them on its first change (Microsoft.Data.Analysis copies read-only buffers on write).
/// </summary>
/// <typeparam name="T">The value type, laid out alike in Arrow and in the frame.</typeparam>
internal sealed class WrappingDecoder<T>(
    int rowCount, Func<ReadOnlyMemory<byte>, ReadOnlyMemory<byte>, int, int, DataFrameColumn> create) : ColumnDecoder
    where T : unmanaged
{
    private Apache.Arrow.Array? _array;

    public override void Append(IArrowArray array, int firstRow)
    {
        var data = (Apache.Arrow.Array)array;
        if (firstRow != 0 || data.Length != rowCount || data.Offset != 0)
        {
            throw new InvalidOperationException("A wrapped column must be one whole, unsliced array.");
        }

        _array = data;
    }

    public override DataFrameColumn Build()
    {
        if (_array is null || rowCount == 0)
        {
            return create(ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty, 0, 0);
        }

        ReadOnlyMemory<byte> values = ArraySliceMemoryManager.Rebase(
            _array.Data.Buffers[1].Memory[..(rowCount * Unsafe.SizeOf<T>())]);
        int nulls = _array.NullCount;
        ReadOnlyMemory<byte> validity = nulls == 0
            ? ReadOnlyMemory<byte>.Empty
            : _array.Data.Buffers[0].Memory[..((rowCount + 7) >> 3)];
        return create(values, validity, rowCount, nulls);
    }
}
