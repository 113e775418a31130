using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Execution;
using Sluice.Engine.Outputs;
using Sluice.Engine.Products;
using Sluice.Engine.Projects;
using Sluice.Engine.Tracking;

namespace Sluice.Engine;

/// <summary>
/// An open project: the entry point for running its pipelines from C# (the CLI, a server, a test). Keeps the block
/// compiler warm between runs, so a second run of an unchanged project compiles nothing and an edited block
/// recompiles alone.
/// </summary>
public sealed class SluiceProject : IDisposable
{
    private readonly BlockCompiler _compiler;
    private readonly SemaphoreSlim _planning = new(1, 1);
    private readonly RunServices _services;
    private readonly DataProductResolver _products;

    private SluiceProject(ProjectDefinition definition, IMetadataStore store, TimeProvider clock)
    {
        Definition = definition;
        Store = store;
        Outputs = new OutputStore(Path.Combine(definition.StateDirectory, "outputs"));
        _compiler = new BlockCompiler(definition.RootDirectory, Path.Combine(definition.StateDirectory, "cache", "assemblies"));
        Artifacts = new ArtifactStore(Path.Combine(definition.StateDirectory, ProjectPaths.ArtifactsFolder));
        _products = new DataProductResolver(definition, store.Runs, Outputs, clock, (request, token) => RunAsync(request, null, token));
        _services = new RunServices(definition, store, Outputs, Artifacts, clock) { Products = _products };
    }

    /// <summary>The project as its sluice.yaml declares it.</summary>
    public ProjectDefinition Definition { get; }

    /// <summary>The metadata store runs are recorded in. The caller that opened it disposes it.</summary>
    public IMetadataStore Store { get; }

    /// <summary>Where block outputs are stored.</summary>
    public OutputStore Outputs { get; }

    /// <summary>Where tracked runs keep their artifacts: <c>.sluice/artifacts/&lt;experiment&gt;/&lt;run&gt;/</c>.</summary>
    public ArtifactStore Artifacts { get; }

    /// <summary>The project's model registry: the one blocks use, with model files resolved to absolute paths.</summary>
    public ModelRegistry Models => _services.Models;

    /// <summary>Opens the project in <paramref name="directory"/>, recording runs in <paramref name="store"/>.</summary>
    /// <exception cref="SluiceException">The folder is not a valid project.</exception>
    public static SluiceProject Open(string directory, IMetadataStore store, TimeProvider? clock = null) =>
        new(ProjectLoader.LoadProject(directory), store, clock ?? TimeProvider.System);

    /// <summary>The project's pipelines, by name.</summary>
    public IReadOnlyList<PipelineId> ListPipelines() => ProjectLoader.ListPipelines(Definition);

    /// <summary>Loads and validates pipeline <paramref name="name"/>.</summary>
    /// <exception cref="SluiceException">The pipeline does not exist or its definition is invalid.</exception>
    public PipelineDefinition LoadPipeline(string name) => ProjectLoader.LoadPipeline(Definition, new PipelineId(name));

    /// <summary>Runs every block of <paramref name="pipeline"/> with <paramref name="variables"/> overriding its own.</summary>
    public Task<RunResult> RunAsync(
        string pipeline, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        RunAsync(new RunRequest(pipeline) { Variables = variables ?? new Dictionary<string, object?>() }, null, cancellationToken);

    /// <summary>
    /// Runs what <paramref name="request"/> asks for. Problems found before any block starts (an invalid pipeline, a
    /// compile error, a type that does not fit) throw <see cref="SluiceException"/> and record nothing; once blocks
    /// run, every failure is part of the returned record. Cancelling <paramref name="cancellationToken"/> cancels the
    /// run: blocks see their token cancelled, and the run ends Cancelled with no half-written output.
    /// </summary>
    public async Task<RunResult> RunAsync(
        RunRequest request, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        var pipeline = ProjectLoader.LoadPipeline(Definition, request.Pipeline);
        RunPlan plan;
        await _planning.WaitAsync(cancellationToken);
        try
        {
            plan = await new RunPlanner(_compiler, Store.Runs, Outputs, Definition).PlanAsync(pipeline, request.Scope, cancellationToken);
        }
        finally
        {
            _planning.Release();
        }

        using (plan.Compiled)
        {
            var variables = VariableResolver.Resolve(Definition, pipeline, request.Variables);
            return await new PipelineRunner(_services).RunAsync(plan, variables, observer, cancellationToken);
        }
    }

    /// <summary>
    /// Ends, as Failed, every run left Queued or Running by a process of this machine that has died, so no run stays
    /// Running after its process is gone; the tracked runs its blocks left open end Failed too. Returns how many
    /// runs it ended. Runs of live processes and of other machines are left alone.
    /// </summary>
    public Task<int> EndAbandonedRunsAsync(CancellationToken cancellationToken = default) =>
        AbandonedRuns.EndAsync(Store, _services.Clock, cancellationToken);

    /// <summary>
    /// Deletes the stored outputs and logs of runs that ended more than <paramref name="retention"/> ago (the
    /// project's retention when null). Run records stay. Returns how many runs were cleaned.
    /// </summary>
    public async Task<int> CleanAsync(TimeSpan? retention = null, CancellationToken cancellationToken = default)
    {
        var cutoff = _services.Clock.GetUtcNow() - (retention ?? Definition.Retention);
        var runs = await Store.Runs.ListRunsEndedBeforeAsync(cutoff, cancellationToken);
        foreach (var run in runs)
        {
            Outputs.DeleteRun(run.Pipeline, run.Id);
            await Store.Logs.DeleteRunAsync(run.Id, cancellationToken);
        }

        return runs.Count;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _compiler.Dispose();
        _planning.Dispose();
        _products.Dispose();
    }
}
