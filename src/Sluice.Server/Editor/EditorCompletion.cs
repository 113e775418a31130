namespace Sluice.Server.Editor;

/// <summary>A completion as Monaco lists it.</summary>
public sealed record EditorCompletion(string Label, string Kind, string? Detail, string InsertText);
