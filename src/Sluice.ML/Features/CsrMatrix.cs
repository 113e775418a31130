namespace Sluice.ML.Features;

/// <summary>
/// A compressed sparse row matrix of doubles, laid out like scipy's <c>csr_matrix</c>: row <c>r</c> holds the
/// entries <c>RowPointers[r] .. RowPointers[r + 1] - 1</c> of <see cref="ColumnIndices"/> and <see cref="Values"/>.
/// Column indices within a row are strictly increasing (scipy's canonical form), which the constructor checks.
/// The matrix owns the arrays it is given: callers must not change them afterwards.
/// </summary>
public sealed class CsrMatrix
{
    private readonly int[] _rowPointers;
    private readonly int[] _columnIndices;
    private readonly double[] _values;

    public CsrMatrix(int rowCount, int columnCount, int[] rowPointers, int[] columnIndices, double[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        ArgumentNullException.ThrowIfNull(rowPointers);
        ArgumentNullException.ThrowIfNull(columnIndices);
        ArgumentNullException.ThrowIfNull(values);
        Validate(rowCount, columnCount, rowPointers, columnIndices, values);

        RowCount = rowCount;
        ColumnCount = columnCount;
        _rowPointers = rowPointers;
        _columnIndices = columnIndices;
        _values = values;
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    public (int Rows, int Columns) Shape => (RowCount, ColumnCount);

    public ReadOnlySpan<int> RowPointers => _rowPointers;

    public ReadOnlySpan<int> ColumnIndices => _columnIndices;

    public ReadOnlySpan<double> Values => _values;

    /// <summary>The number of stored entries (scipy's <c>nnz</c>); explicitly stored zeros count.</summary>
    public int NonZeroCount => _values.Length;

    public double this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
            int start = _rowPointers[row];
            int found = Array.BinarySearch(_columnIndices, start, _rowPointers[row + 1] - start, column);
            return found >= 0 ? _values[found] : 0d;
        }
    }

    /// <summary>The stored entries of one row, in increasing column order.</summary>
    public IEnumerable<(int Column, double Value)> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return Enumerate(row);
    }

    private IEnumerable<(int Column, double Value)> Enumerate(int row)
    {
        for (int i = _rowPointers[row]; i < _rowPointers[row + 1]; i++)
        {
            yield return (_columnIndices[i], _values[i]);
        }
    }

    private static void Validate(int rowCount, int columnCount, int[] rowPointers, int[] columnIndices, double[] values)
    {
        if (rowPointers.Length != rowCount + 1)
        {
            throw new ArgumentException(
                $"Row pointers must have rowCount + 1 = {rowCount + 1} entries, not {rowPointers.Length}.",
                nameof(rowPointers));
        }

        if (columnIndices.Length != values.Length)
        {
            throw new ArgumentException(
                $"Column indices ({columnIndices.Length}) and values ({values.Length}) must have the same length.",
                nameof(values));
        }

        if (rowPointers[0] != 0 || rowPointers[rowCount] != values.Length)
        {
            throw new ArgumentException(
                $"Row pointers must start at 0 and end at the entry count {values.Length}.", nameof(rowPointers));
        }

        for (int row = 0; row < rowCount; row++)
        {
            int start = rowPointers[row];
            int end = rowPointers[row + 1];
            if (end < start)
            {
                throw new ArgumentException($"Row pointers decrease at row {row}.", nameof(rowPointers));
            }

            for (int i = start; i < end; i++)
            {
                int column = columnIndices[i];
                if ((uint)column >= (uint)columnCount)
                {
                    throw new ArgumentException(
                        $"Column index {column} in row {row} is outside 0..{columnCount - 1}.", nameof(columnIndices));
                }

                if (i > start && column <= columnIndices[i - 1])
                {
                    throw new ArgumentException(
                        $"Column indices of row {row} must be strictly increasing.", nameof(columnIndices));
                }
            }
        }
    }
}
