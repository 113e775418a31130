using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Reads Arrow strings straight into a <see cref="StringDataFrameColumn"/>, sharing one instance per repeated value
/// (<see cref="Utf8StringPool"/>).
/// </summary>
internal sealed class StringDecoder(string name, int rowCount) : ColumnDecoder
{
    private readonly StringColumnFiller _filler = StringColumns.CreateFiller(name, rowCount);
    private readonly Utf8StringPool _pool = new(rowCount);

    public override void Append(IArrowArray array, int firstRow)
    {
        var strings = (StringArray)array;
        Utf8StringPool pool = _pool;
        Span<string?> target = _filler.Values.Slice(firstRow, strings.Length);
        ReadOnlySpan<int> offsets = strings.ValueOffsets;
        ReadOnlySpan<byte> data = strings.ValueBuffer.Span;
        pool.GetAll(data, offsets[..(target.Length + 1)], target);
        if (strings.NullCount > 0)
        {
            // A missing value has no bytes in the array, so the pool made it an empty string.
            for (int i = 0; i < target.Length; i++)
            {
                if (!strings.IsValid(i))
                {
                    target[i] = null;
                }
            }

            _filler.AddNulls(strings.NullCount);
        }
    }

    public override DataFrameColumn Build()
    {
        _pool.Release();
        return _filler.Complete();
    }
}
