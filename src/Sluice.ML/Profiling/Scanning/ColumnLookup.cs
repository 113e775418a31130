using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Scanning;

/// <summary>Finds a column by name, or says which columns the frame does have.</summary>
internal static class ColumnLookup
{
    public static DataFrameColumn Find(DataFrame frame, string name)
    {
        var index = frame.Columns.IndexOf(name);
        if (index < 0)
        {
            throw new ArgumentException(
                $"The frame has no column '{name}'. Its columns are: {string.Join(", ", frame.Columns.Select(c => c.Name))}.");
        }

        return frame.Columns[index];
    }
}
