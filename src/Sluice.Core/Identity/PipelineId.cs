namespace Sluice.Core;

/// <summary>A pipeline's name, which is also its folder under <c>pipelines/</c>.</summary>
public readonly record struct PipelineId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
