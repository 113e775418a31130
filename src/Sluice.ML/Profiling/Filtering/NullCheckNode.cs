using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Filtering;

/// <summary><c>column is null</c> or <c>column is not null</c>; NaN counts as null, as everywhere in profiling.</summary>
internal sealed class NullCheckNode(FilterToken column, bool negated) : FilterNode
{
    public override void Evaluate(DataFrame frame, bool[] result)
    {
        var data = ComparisonNode.FindColumn(frame, column);
        switch (data)
        {
            case PrimitiveDataFrameColumn<double> typed: MarkMissing(typed, result); break;
            case PrimitiveDataFrameColumn<float> typed: MarkMissing(typed, result); break;
            case PrimitiveDataFrameColumn<int> typed: MarkMissing(typed, result); break;
            case PrimitiveDataFrameColumn<long> typed: MarkMissing(typed, result); break;
            case PrimitiveDataFrameColumn<DateTime> typed: MarkMissing(typed, result); break;
            case PrimitiveDataFrameColumn<bool> typed: MarkMissing(typed, result); break;
            case StringDataFrameColumn strings:
                var row = 0;
                foreach (var value in strings)
                {
                    result[row++] = value is null;
                }

                break;
            default:
                // Rarer column types go through the per-row check, which is slower but knows every column kind.
                for (var i = 0; i < result.Length; i++)
                {
                    result[i] = !data.IsValid(i);
                }

                break;
        }

        if (negated)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = !result[i];
            }
        }
    }

    public override void CollectColumns(ICollection<string> columns) => columns.Add(column.Value);

    private static void MarkMissing<T>(PrimitiveDataFrameColumn<T> column, bool[] result)
        where T : unmanaged
    {
        var row = 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var validity = bitmaps.Current.Span;
            for (var i = 0; i < values.Length; i++)
            {
                result[row + i] = ((validity[i >> 3] >> (i & 7)) & 1) == 0 || ValueScan.IsNaN(values[i]);
            }

            row += values.Length;
        }
    }
}
