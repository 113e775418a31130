namespace Sluice.Sdk;

/// <summary>The item a dynamic child runs for (see <see cref="DynamicItem{T}"/>).</summary>
/// <param name="Block">The dynamic block that returned the item.</param>
/// <param name="Index">The item's position in what the dynamic block returned, from 0.</param>
/// <param name="Name">The item's name: the one it was given, or its index as text.</param>
/// <param name="Metadata">The metadata it was given; empty when none.</param>
public sealed record DynamicItemInfo(string Block, int Index, string Name, IReadOnlyDictionary<string, string> Metadata);
