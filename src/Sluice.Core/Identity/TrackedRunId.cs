namespace Sluice.Core;

/// <summary>
/// A tracked run's id (MLflow's run id): 32 lower-case hexadecimal digits that start with the creation time in
/// milliseconds, so ids sort by creation time in every store.
/// </summary>
public readonly record struct TrackedRunId(string Value)
{
    /// <summary>A new id, later than every id made before it in this process.</summary>
    public static TrackedRunId New() => new(SortableIds.Next());

    /// <summary>
    /// Reads <paramref name="text"/> as a tracked run id; false when it is not 32 hexadecimal digits (upper case is
    /// accepted and lowered).
    /// </summary>
    public static bool TryParse(string? text, out TrackedRunId id)
    {
        var lowered = text?.Trim().ToLowerInvariant();
        id = SortableIds.IsWellFormed(lowered) ? new TrackedRunId(lowered!) : default;
        return id.Value is not null;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
