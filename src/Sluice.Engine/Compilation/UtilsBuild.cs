using Microsoft.CodeAnalysis;

namespace Sluice.Engine.Compilation;

/// <summary>
/// The utils assembly of one compile: its content key (part of every block's key), image and reference. All null
/// when the project has no utils; <paramref name="Failed"/> when utils has compile errors.
/// </summary>
internal sealed record UtilsBuild(string? Key, byte[]? Image, MetadataReference? Reference, bool Failed);
