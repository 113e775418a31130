namespace Sluice.Engine.Compilation;

/// <summary>
/// One value a block's entry method returns: the tuple element name (or <c>output_N</c>) and its declared type.
/// </summary>
public sealed record BlockOutput(string Name, Type Type);
