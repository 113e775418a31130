namespace Sluice.Core;

/// <summary>Which registered models to list; a null field does not filter.</summary>
/// <param name="NameContains">Only models whose name holds this text, ignoring case.</param>
public sealed record RegisteredModelFilter(string? NameContains = null)
{
    /// <summary>Every model.</summary>
    public static RegisteredModelFilter All { get; } = new();
}
