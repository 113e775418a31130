using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Bulk access to the values of a <see cref="StringDataFrameColumn"/>. Microsoft.Data.Analysis only builds and walks
/// these one value at a time (an append or an enumerator step per row, ~20 ms per million rows each way); its values
/// live in plain <see cref="List{T}"/>s, which Sluice fills and reads as spans. That reaches private members, so the
/// fast way is checked once on a small column and Sluice falls back to the public API when a version of the library
/// lays the column out differently.
/// </summary>
internal static class StringColumns
{
    private static readonly bool s_direct = ProbeDirectAccess();

    /// <summary>Whether values are read and written in place (false: through the public, per-value API).</summary>
    public static bool IsDirect => s_direct;

    /// <summary>
    /// The lists that hold the column's values, in row order (read them with
    /// <see cref="CollectionsMarshal.AsSpan{T}(List{T})"/>); null when direct access is not available.
    /// </summary>
    public static IReadOnlyList<List<string?>>? TryGetBuffers(StringDataFrameColumn column) =>
        s_direct ? Buffers(column) : null;

    /// <summary>Starts a column of <paramref name="rowCount"/> values that are filled in place.</summary>
    public static StringColumnFiller CreateFiller(string name, int rowCount)
    {
        if (s_direct && rowCount <= StringDataFrameColumn.MaxCapacity)
        {
            var column = new StringDataFrameColumn(name, 0);
            List<string?> values = Buffers(column)![0];
            values.Capacity = rowCount;
            CollectionsMarshal.SetCount(values, rowCount);
            return new StringColumnFiller(column, values, null);
        }

        return new StringColumnFiller(new StringDataFrameColumn(name, 0), null, new string?[rowCount]);
    }

    /// <summary>Makes a column filled in place whole: its length and null count match its values.</summary>
    internal static void Complete(StringDataFrameColumn column, int rowCount, int nullCount)
    {
        NullCount(column) = nullCount;
        SetLength(column, rowCount);
    }

    private static bool ProbeDirectAccess()
    {
        try
        {
            var column = new StringDataFrameColumn("probe", 0);
            List<List<string?>>? buffers = Buffers(column);
            if (buffers is not [{ Count: 0 } values])
            {
                return false;
            }

            CollectionsMarshal.SetCount(values, 2);
            values[0] = "a";
            values[1] = null;
            Complete(column, 2, 1);
            return column.Length == 2 && column.NullCount == 1 && column[0] == "a" && column[1] is null &&
                column.Count(value => value is null) == 1;
        }
        catch (MemberAccessException)
        {
            // MissingFieldException / MissingMethodException: the library changed its layout.
            return false;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_stringBuffers")]
    private static extern ref List<List<string?>>? Buffers(StringDataFrameColumn column);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_nullCount")]
    private static extern ref long NullCount(StringDataFrameColumn column);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Length")]
    private static extern void SetLength(DataFrameColumn column, long length);
}
