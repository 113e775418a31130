using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling;

/// <summary>Pages through a frame for the editor's table.</summary>
public static class FramePreview
{
    /// <summary>The most rows one page holds.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// The rows from <paramref name="offset"/> on, at most <paramref name="limit"/> of them (clamped to
    /// 1..<see cref="MaxLimit"/>); no rows when the offset is at or past the end.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public static FramePage Page(DataFrame frame, long offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        limit = Math.Clamp(limit, 1, MaxLimit);
        var total = frame.Rows.Count;
        var count = (int)Math.Clamp(total - offset, 0, limit);
        var columns = frame.Columns.Select(c => new PageColumn(c.Name, ColumnTypes.FriendlyName(c))).ToList();
        var rows = new IReadOnlyList<string?>[count];
        for (var r = 0; r < count; r++)
        {
            var cells = new string?[frame.Columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = CellFormat.Format(frame.Columns[c][offset + r]);
            }

            rows[r] = cells;
        }

        return new FramePage(columns, total, offset, rows);
    }
}
