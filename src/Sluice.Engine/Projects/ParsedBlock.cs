using Sluice.Core;

using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>A block read from pipeline.yaml, with the nodes that later checks point their errors at.</summary>
internal sealed record ParsedBlock(
    BlockDefinition Definition,
    YamlNode NameNode,
    YamlNode? FileNode,
    IReadOnlyList<YamlNode> UpstreamNodes)
{
    /// <summary>The <c>data_product</c> value of a block that reuses a data product.</summary>
    public YamlNode? ProductNode { get; init; }
}
