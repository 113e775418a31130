using Apache.Arrow;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Turns row ranges of one frame column into Arrow arrays of the field's type. A string column is encoded up front
/// (<paramref name="Strings"/>), since its size decides where batches end.
/// </summary>
internal sealed record ColumnEncoder(Field Field, Func<int, int, IArrowArray> Encode, EncodedStrings? Strings = null);
