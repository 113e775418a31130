namespace Sluice.Core;

/// <summary>
/// A pipeline run's id: 32 hexadecimal digits that start with the creation time in milliseconds, so ids sort by
/// creation time in every store.
/// </summary>
public readonly record struct RunId(string Value)
{
    /// <summary>A new id, later than every id made before it in this process.</summary>
    public static RunId New() => new(SortableIds.Next());

    /// <inheritdoc />
    public override string ToString() => Value;
}
