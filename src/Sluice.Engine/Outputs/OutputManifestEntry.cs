namespace Sluice.Engine.Outputs;

/// <summary>One stored output. <see cref="File"/> is null for a null value (format "null").</summary>
internal sealed record OutputManifestEntry(
    string Name,
    string DeclaredType,
    string? RuntimeType,
    string Format,
    string? File);
