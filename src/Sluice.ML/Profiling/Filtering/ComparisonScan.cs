using System.Numerics;

using Microsoft.Data.Analysis;

using Sluice.ML.Features;

namespace Sluice.ML.Profiling.Filtering;

/// <summary>
/// Compares every row of a column with a literal, through the typed buffers. The three outcome tests are combined
/// without branches, so one loop serves every operator; null rows stay false.
/// </summary>
internal static class ComparisonScan
{
    public static void Compare<T>(PrimitiveDataFrameColumn<T> column, T literal, ComparisonOperator op, bool[] result)
        where T : unmanaged, IComparisonOperators<T, T, bool>
    {
        var (less, equal, greater) = (op.Less, op.Equal, op.Greater);
        var allValid = column.NullCount == 0;
        var row = 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var validity = bitmaps.Current.Span;
            var target = result.AsSpan(row, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                var valid = allValid || ((validity[i >> 3] >> (i & 7)) & 1) != 0;
                target[i] = valid & ((less & (value < literal)) | (equal & (value == literal)) | (greater & (value > literal)));
            }

            row += values.Length;
        }
    }

    /// <summary>For literals the column's type cannot hold exactly (1.5 against integers, 1e30 against int).</summary>
    public static void CompareAsDouble<T>(PrimitiveDataFrameColumn<T> column, double literal, ComparisonOperator op, bool[] result)
        where T : unmanaged, INumberBase<T>
    {
        var (less, equal, greater) = (op.Less, op.Equal, op.Greater);
        var allValid = column.NullCount == 0;
        var row = 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var validity = bitmaps.Current.Span;
            var target = result.AsSpan(row, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                var value = double.CreateTruncating(values[i]);
                var valid = allValid || ((validity[i >> 3] >> (i & 7)) & 1) != 0;
                target[i] = valid & ((less & (value < literal)) | (equal & (value == literal)) | (greater & (value > literal)));
            }

            row += values.Length;
        }
    }

    /// <summary>Compares ticks only, as <see cref="DateTime"/>'s own operators do (the kind is ignored).</summary>
    public static void CompareDates(PrimitiveDataFrameColumn<DateTime> column, DateTime literal, ComparisonOperator op, bool[] result)
    {
        var (less, equal, greater) = (op.Less, op.Equal, op.Greater);
        var ticks = literal.Ticks;
        var allValid = column.NullCount == 0;
        var row = 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var validity = bitmaps.Current.Span;
            var target = result.AsSpan(row, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i].Ticks;
                var valid = allValid || ((validity[i >> 3] >> (i & 7)) & 1) != 0;
                target[i] = valid & ((less & (value < ticks)) | (equal & (value == ticks)) | (greater & (value > ticks)));
            }

            row += values.Length;
        }
    }

    public static void CompareBooleans(PrimitiveDataFrameColumn<bool> column, bool literal, bool wantEqual, bool[] result)
    {
        var allValid = column.NullCount == 0;
        var row = 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var validity = bitmaps.Current.Span;
            for (var i = 0; i < values.Length; i++)
            {
                var valid = allValid || ((validity[i >> 3] >> (i & 7)) & 1) != 0;
                result[row + i] = valid && ((values[i] == literal) == wantEqual);
            }

            row += values.Length;
        }
    }

    /// <summary>Ordinal comparison, as <see cref="string.CompareOrdinal(string, string)"/>.</summary>
    public static void CompareStrings(DataFrameColumn column, string literal, ComparisonOperator op, bool[] result) =>
        FeatureColumnReader.VisitStrings(column, (row, value) => result[row] = op.Holds(value.SequenceCompareTo(literal)));
}
