namespace Sluice.Core;

/// <summary>
/// An experiment's id: 32 lower-case hexadecimal digits that start with the creation time in milliseconds. The
/// experiment's name is what people use; the id names its folder of artifacts and never changes.
/// </summary>
public readonly record struct ExperimentId(string Value)
{
    /// <summary>A new id, later than every id made before it in this process.</summary>
    public static ExperimentId New() => new(SortableIds.Next());

    /// <summary>
    /// Reads <paramref name="text"/> as an experiment id; false when it is not 32 hexadecimal digits (upper case is
    /// accepted and lowered).
    /// </summary>
    public static bool TryParse(string? text, out ExperimentId id)
    {
        var lowered = text?.Trim().ToLowerInvariant();
        id = SortableIds.IsWellFormed(lowered) ? new ExperimentId(lowered!) : default;
        return id.Value is not null;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
