using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Copies fixed-width Arrow values into one managed buffer that the new column wraps: Microsoft.Data.Analysis does not
/// keep a record batch alive, so the values must leave Arrow's memory.
/// </summary>
/// <typeparam name="TArrow">The value type in Arrow's buffers.</typeparam>
/// <typeparam name="TFrame">The value type of the frame column.</typeparam>
internal sealed class PrimitiveDecoder<TArrow, TFrame> : ColumnDecoder
    where TArrow : unmanaged
    where TFrame : unmanaged
{
    private readonly byte[] _values;
    private readonly byte[] _validity;
    private readonly int _rowCount;
    private readonly Func<ReadOnlyMemory<byte>, ReadOnlyMemory<byte>, int, int, DataFrameColumn> _create;
    private readonly SpanConverter? _convert;
    private int _nullCount;

    public PrimitiveDecoder(
        int rowCount,
        Func<ReadOnlyMemory<byte>, ReadOnlyMemory<byte>, int, int, DataFrameColumn> create,
        SpanConverter? convert = null)
    {
        _rowCount = rowCount;
        // Every value is overwritten by Append, so the buffer need not be zeroed first.
        _values = GC.AllocateUninitializedArray<byte>(rowCount * Unsafe.SizeOf<TFrame>());
        _validity = new byte[(rowCount + 7) >> 3];
        _create = create;
        _convert = convert;
    }

    /// <summary>Converts Arrow values to frame values when their representations differ.</summary>
    public delegate void SpanConverter(ReadOnlySpan<TArrow> source, Span<TFrame> target);

    public override void Append(IArrowArray array, int firstRow)
    {
        var data = (Apache.Arrow.Array)array;
        int length = data.Length;
        ReadOnlySpan<TArrow> source = MemoryMarshal.Cast<byte, TArrow>(data.Data.Buffers[1].Span).Slice(data.Offset, length);
        Span<TFrame> target = MemoryMarshal.Cast<byte, TFrame>(_values.AsSpan()).Slice(firstRow, length);
        if (_convert is null)
        {
            MemoryMarshal.Cast<TArrow, TFrame>(source).CopyTo(target);
        }
        else
        {
            _convert(source, target);
        }

        CopyValidity(data, firstRow, _validity, ref _nullCount);
    }

    public override DataFrameColumn Build() => _create(_values, _validity, _rowCount, _nullCount);

    public static void CopyValidity(Apache.Arrow.Array array, int firstRow, byte[] validity, ref int nullCount)
    {
        if (array.NullCount == 0)
        {
            Bits.SetAll(validity, firstRow, array.Length);
            return;
        }

        Bits.Copy(array.NullBitmapBuffer.Span, array.Offset, validity, firstRow, array.Length);
        Interlocked.Add(ref nullCount, array.NullCount);
    }
}
