using Apache.Arrow;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>Turns row ranges of one frame column into Arrow arrays of the field's type.</summary>
internal sealed record ColumnEncoder(Field Field, Func<int, int, IArrowArray> Encode);
