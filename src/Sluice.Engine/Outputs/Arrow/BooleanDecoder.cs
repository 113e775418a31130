using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>Unpacks Arrow's bit-packed booleans into the byte-per-value layout of a frame column.</summary>
internal sealed class BooleanDecoder(string name, int rowCount) : ColumnDecoder
{
    private readonly byte[] _values = new byte[rowCount];
    private readonly byte[] _validity = new byte[(rowCount + 7) >> 3];
    private int _nullCount;

    public override void Append(IArrowArray array, int firstRow)
    {
        var booleans = (BooleanArray)array;
        ReadOnlySpan<byte> bits = booleans.ValueBuffer.Span;
        for (int i = 0; i < booleans.Length; i++)
        {
            _values[firstRow + i] = BitUtility.GetBit(bits, booleans.Offset + i) ? (byte)1 : (byte)0;
        }

        PrimitiveDecoder<byte, byte>.CopyValidity(booleans, firstRow, _validity, ref _nullCount);
    }

    public override DataFrameColumn Build() =>
        new BooleanDataFrameColumn(name, _values, _validity, rowCount, _nullCount);
}
