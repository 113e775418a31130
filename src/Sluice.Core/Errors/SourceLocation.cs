namespace Sluice.Core;

/// <summary>A place in a project file; line and column count from 1, and 0 means unknown.</summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
