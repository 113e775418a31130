namespace Sluice.Engine.Compilation;

/// <summary>A parameter of a block's entry method that an upstream output binds to.</summary>
public sealed record BlockInput(string Name, Type Type);
