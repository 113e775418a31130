using Microsoft.Data.Analysis;

namespace Sluice.ML.Features;

/// <summary>
/// scikit-learn's <c>DictVectorizer</c> over the columns of a frame: a string column becomes one-hot
/// <c>name=value</c> features, a number (or bool) column one feature <c>name</c>. Feature names are sorted with
/// <see cref="StringComparer.Ordinal"/>, as Python sorts them, so indices match scikit-learn's. Null cells are
/// skipped; string values not seen by <see cref="Fit"/> are ignored by <see cref="Transform"/> (an all-zero row for
/// that column). Numeric zeros are stored explicitly, as scikit-learn stores them.
/// </summary>
public sealed class DictVectorizer
{
    private readonly string[] _featureNames;
    private readonly string[] _stringColumns;
    private readonly string[] _numericColumns;
    private readonly Dictionary<string, Dictionary<string, int>> _valueIndexByStringColumn;
    private readonly Dictionary<string, int> _indexByNumericColumn;

    /// <summary>Recreates a fitted vectorizer, for example from its serialized form.</summary>
    public DictVectorizer(
        IReadOnlyList<string> featureNames,
        IReadOnlyList<string> stringColumns,
        IReadOnlyList<string> numericColumns)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(stringColumns);
        ArgumentNullException.ThrowIfNull(numericColumns);
        _featureNames = [.. featureNames];
        _stringColumns = [.. stringColumns];
        _numericColumns = [.. numericColumns];

        string? shared = _stringColumns.Intersect(_numericColumns, StringComparer.Ordinal).FirstOrDefault();
        if (shared is not null)
        {
            throw new ArgumentException($"Column '{shared}' cannot be both a string and a numeric column.");
        }

        var indexByName = new Dictionary<string, int>(_featureNames.Length, StringComparer.Ordinal);
        for (int i = 0; i < _featureNames.Length; i++)
        {
            if (!indexByName.TryAdd(_featureNames[i], i))
            {
                throw new ArgumentException($"Feature '{_featureNames[i]}' is listed twice.", nameof(featureNames));
            }
        }

        _indexByNumericColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string column in _numericColumns)
        {
            // A numeric column that held only nulls when fitted has no feature; its values are ignored.
            _indexByNumericColumn[column] = indexByName.GetValueOrDefault(column, -1);
        }

        _valueIndexByStringColumn = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (string column in _stringColumns)
        {
            _valueIndexByStringColumn[column] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        for (int i = 0; i < _featureNames.Length; i++)
        {
            string name = _featureNames[i];
            foreach (string column in _stringColumns)
            {
                if (name.Length > column.Length && name[column.Length] == '=' &&
                    name.StartsWith(column, StringComparison.Ordinal))
                {
                    _valueIndexByStringColumn[column][name[(column.Length + 1)..]] = i;
                }
            }
        }
    }

    public IReadOnlyList<string> FeatureNames => _featureNames;

    public int FeatureCount => _featureNames.Length;

    /// <summary>The columns fitted as one-hot string features, in the order of the fitted frame.</summary>
    public IReadOnlyList<string> StringColumns => _stringColumns;

    /// <summary>The columns fitted as numeric features, in the order of the fitted frame.</summary>
    public IReadOnlyList<string> NumericColumns => _numericColumns;

    /// <summary>Learns the features of every column of <paramref name="frame"/>.</summary>
    public static DictVectorizer Fit(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var names = new List<string>();
        var stringColumns = new List<string>();
        var numericColumns = new List<string>();
        foreach (DataFrameColumn column in frame.Columns)
        {
            if (FeatureColumnReader.IsString(column))
            {
                stringColumns.Add(column.Name);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup =
                    seen.GetAlternateLookup<ReadOnlySpan<char>>();
                FeatureColumnReader.VisitStrings(column, (_, value) => lookup.Add(value));
                names.AddRange(seen.Select(value => $"{column.Name}={value}"));
            }
            else if (FeatureColumnReader.IsNumeric(column))
            {
                numericColumns.Add(column.Name);
                if (column.NullCount < column.Length)
                {
                    names.Add(column.Name);
                }
            }
            else
            {
                throw UnsupportedColumn(column);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return new DictVectorizer(names, stringColumns, numericColumns);
    }

    public static (DictVectorizer Vectorizer, CsrMatrix Matrix) FitTransform(DataFrame frame)
    {
        DictVectorizer vectorizer = Fit(frame);
        return (vectorizer, vectorizer.Transform(frame));
    }

    /// <summary>
    /// One row per frame row, one column per feature. A fitted column missing from <paramref name="frame"/>
    /// contributes nothing; a column that was never fitted is an error.
    /// </summary>
    /// <exception cref="ArgumentException">A column was not fitted, or changed between string and number.</exception>
    public CsrMatrix Transform(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        int rowCount = checked((int)frame.Rows.Count);
        var indicesPerColumn = new List<int[]>(frame.Columns.Count);
        var valuesPerColumn = new List<double[]?>(frame.Columns.Count);
        foreach (DataFrameColumn column in frame.Columns)
        {
            int[] indices = new int[rowCount];
            Array.Fill(indices, -1);
            indicesPerColumn.Add(indices);
            valuesPerColumn.Add(ReadColumn(column, indices));
        }

        return Assemble(rowCount, indicesPerColumn, valuesPerColumn);
    }

    /// <summary>Fills the feature index of each row (-1 when absent); returns the values of a numeric column.</summary>
    private double[]? ReadColumn(DataFrameColumn column, int[] indices)
    {
        if (_valueIndexByStringColumn.TryGetValue(column.Name, out Dictionary<string, int>? valueIndex))
        {
            if (!FeatureColumnReader.IsString(column))
            {
                throw new ArgumentException(
                    $"Column '{column.Name}' was fitted as a string column but is {column.DataType.Name} now.",
                    nameof(column));
            }

            Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup =
                valueIndex.GetAlternateLookup<ReadOnlySpan<char>>();
            FeatureColumnReader.VisitStrings(column, (row, value) =>
            {
                if (lookup.TryGetValue(value, out int index))
                {
                    indices[row] = index;
                }
            });
            return null;
        }

        if (_indexByNumericColumn.TryGetValue(column.Name, out int featureIndex))
        {
            if (!FeatureColumnReader.IsNumeric(column))
            {
                throw new ArgumentException(
                    $"Column '{column.Name}' was fitted as a numeric column but is {column.DataType.Name} now.",
                    nameof(column));
            }

            double[] values = new double[indices.Length];
            if (featureIndex >= 0)
            {
                bool[] present = new bool[indices.Length];
                FeatureColumnReader.ReadNumbers(column, values, present);
                for (int row = 0; row < indices.Length; row++)
                {
                    indices[row] = present[row] ? featureIndex : -1;
                }
            }

            return values;
        }

        throw new ArgumentException(
            $"Column '{column.Name}' was not seen when the vectorizer was fitted (fitted columns: " +
            $"{string.Join(", ", _stringColumns.Concat(_numericColumns))}).",
            nameof(column));
    }

    private CsrMatrix Assemble(int rowCount, List<int[]> indicesPerColumn, List<double[]?> valuesPerColumn)
    {
        int[] rowPointers = new int[rowCount + 1];
        for (int row = 0; row < rowCount; row++)
        {
            int count = 0;
            foreach (int[] indices in indicesPerColumn)
            {
                count += indices[row] >= 0 ? 1 : 0;
            }

            rowPointers[row + 1] = rowPointers[row] + count;
        }

        int entryCount = rowPointers[rowCount];
        int[] columnIndices = new int[entryCount];
        double[] values = new double[entryCount];
        for (int row = 0; row < rowCount; row++)
        {
            int start = rowPointers[row];
            int end = start;
            for (int c = 0; c < indicesPerColumn.Count; c++)
            {
                int index = indicesPerColumn[c][row];
                if (index < 0)
                {
                    continue;
                }

                double value = valuesPerColumn[c]?[row] ?? 1d;
                // Insertion keeps the row sorted by feature index; a row holds one entry per column, so few moves.
                int at = end;
                while (at > start && columnIndices[at - 1] > index)
                {
                    columnIndices[at] = columnIndices[at - 1];
                    values[at] = values[at - 1];
                    at--;
                }

                columnIndices[at] = index;
                values[at] = value;
                end++;
            }
        }

        return new CsrMatrix(rowCount, _featureNames.Length, rowPointers, columnIndices, values);
    }

    private static ArgumentException UnsupportedColumn(DataFrameColumn column) =>
        new($"Column '{column.Name}' of type {column.DataType.Name} is neither a string nor a number column.");
}
