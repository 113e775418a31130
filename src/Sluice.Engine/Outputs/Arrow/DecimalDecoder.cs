using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>Reads Arrow Decimal128 values back into a decimal column.</summary>
internal sealed class DecimalDecoder(string name, int rowCount) : ColumnDecoder
{
    private readonly decimal?[] _values = new decimal?[rowCount];

    public override void Append(IArrowArray array, int firstRow)
    {
        var decimals = (Decimal128Array)array;
        for (int i = 0; i < decimals.Length; i++)
        {
            _values[firstRow + i] = decimals.GetValue(i);
        }
    }

    public override DataFrameColumn Build() => new DecimalDataFrameColumn(name, _values);
}
