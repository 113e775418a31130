namespace Sluice.Engine.Outputs;

/// <summary>One output of a block: its name, the type the entry method declares, and the value it returned.</summary>
public sealed record BlockOutputValue(string Name, Type DeclaredType, object? Value);
