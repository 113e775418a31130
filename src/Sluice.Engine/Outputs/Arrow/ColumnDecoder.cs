using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>Copies one Arrow field, batch after batch, into a frame column of its own.</summary>
internal abstract class ColumnDecoder
{
    /// <summary>Copies the array of one batch, whose first row is row <paramref name="firstRow"/> of the frame.</summary>
    public abstract void Append(IArrowArray array, int firstRow);

    public abstract DataFrameColumn Build();
}
