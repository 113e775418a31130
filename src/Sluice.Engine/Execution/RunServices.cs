using Sluice.Core;
using Sluice.Engine.Outputs;
using Sluice.Engine.Products;
using Sluice.Engine.Tracking;

namespace Sluice.Engine.Execution;

/// <summary>What every run of a project shares: its definition, stores, artifact folder and clock.</summary>
internal sealed record RunServices(
    ProjectDefinition Project, IMetadataStore Store, OutputStore Outputs, ArtifactStore Artifacts, TimeProvider Clock)
{
    /// <summary>The project's model registry, handed to every block.</summary>
    public ModelRegistry Models { get; } = new(Store, Artifacts, Clock);

    /// <summary>Gives data-product blocks their outputs, running the product's pipeline when they are stale.</summary>
    public required DataProductResolver Products { get; init; }

    /// <summary>Settings for <paramref name="block"/> (or the pipeline as a whole): block over pipeline over project over defaults.</summary>
    public ExecutionSettings SettingsFor(PipelineDefinition pipeline, BlockDefinition? block) =>
        ExecutionSettings.Defaults
            .OverriddenBy(Project.Settings)
            .OverriddenBy(pipeline.Settings)
            .OverriddenBy(block?.Settings ?? ExecutionSettings.None);

    /// <summary>The folder a block may keep files in across runs.</summary>
    public string CacheDirectoryOf(PipelineDefinition pipeline, string block) =>
        Path.Combine(Project.StateDirectory, "cache", "blocks", pipeline.Id.Value, block);
}
