using Sluice.Core;

using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>A chart read from pipeline.yaml, with its nodes by key so a later check can point at the one at fault.</summary>
internal sealed record ParsedChart(ChartDefinition Definition, YamlNode Node, IReadOnlyDictionary<string, YamlNode> Nodes);
