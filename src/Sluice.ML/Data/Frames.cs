using Microsoft.Data.Analysis;

using ParquetSharp;

namespace Sluice.ML.Data;

/// <summary>Reads Parquet files into data frames, joins frames end to end and filters their rows.</summary>
public static class Frames
{
    /// <summary>
    /// Reads <paramref name="columns"/> (all columns when null) of the Parquet file at <paramref name="path"/>.
    /// Optional columns keep their nulls; timestamps that are not UTC-adjusted come back with
    /// <see cref="DateTimeKind.Unspecified"/>, exactly as stored.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="ArgumentException">A requested column is not in the file.</exception>
    /// <exception cref="NotSupportedException">A column has a Parquet type this reader does not map.</exception>
    public static DataFrame ReadParquet(string path, IReadOnlyList<string>? columns = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Parquet file '{path}' does not exist.", path);
        }

        using var file = new ParquetFileReader(path);
        var schema = file.FileMetaData.Schema;
        var indexes = ResolveColumns(path, schema, columns);
        return new DataFrame(indexes.Select(index => ParquetColumnReader.Read(file, index)));
    }

    /// <summary>
    /// Stacks <paramref name="frames"/> vertically, in order. Every frame must have the same columns (by name, in
    /// any order) with the same data types; the result has the first frame's column order.
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty, or the frames' columns differ.</exception>
    public static DataFrame Concat(IReadOnlyList<DataFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0)
        {
            throw new ArgumentException("Concat needs at least one frame.", nameof(frames));
        }

        FrameShapeCheck.EnsureSameColumns(frames);
        var first = frames[0];
        var result = new List<DataFrameColumn>(first.Columns.Count);
        foreach (var column in first.Columns)
        {
            var parts = frames.Select(frame => frame.Columns[column.Name]).ToList();
            result.Add(ColumnConcatenator.Concat(column.Name, parts));
        }

        return new DataFrame(result);
    }

    /// <summary>The rows of <paramref name="frame"/> whose entry in <paramref name="keep"/> is true, in order.</summary>
    /// <exception cref="ArgumentException"><paramref name="keep"/> is not one entry per row.</exception>
    public static DataFrame Filter(DataFrame frame, bool[] keep)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(keep);
        if (keep.Length != frame.Rows.Count)
        {
            throw new ArgumentException(
                $"The mask has {keep.Length} entries but the frame has {frame.Rows.Count} rows.", nameof(keep));
        }

        return new DataFrame(frame.Columns.Select(column => ColumnFilter.Filter(column, keep)));
    }

    private static List<int> ResolveColumns(string path, SchemaDescriptor schema, IReadOnlyList<string>? columns)
    {
        var names = Enumerable.Range(0, schema.NumColumns).Select(i => schema.Column(i).Path.ToDotString()).ToList();
        if (columns is null)
        {
            return Enumerable.Range(0, names.Count).ToList();
        }

        var indexes = new List<int>(columns.Count);
        foreach (var name in columns)
        {
            var index = names.IndexOf(name);
            if (index < 0)
            {
                throw new ArgumentException(
                    $"Parquet file '{path}' has no column '{name}'. Its columns are: {string.Join(", ", names)}.",
                    nameof(columns));
            }

            indexes.Add(index);
        }

        return indexes;
    }
}
