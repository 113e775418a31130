using Sluice.ML.Tests.Serving;
using Sluice.Server.Workspace;

namespace Sluice.Server.Tests.Support;

/// <summary>
/// A running server over a copy of the quickstart project whose models come from an in-memory source: taxi
/// versions 1 (4 minutes a mile) and 2 (6 minutes a mile), alias champion on version 1.
/// </summary>
public sealed class ModelServer : IAsyncLifetime
{
    private readonly string _models = Path.Combine(Path.GetTempPath(), "sluice-tests", $"models-{Guid.NewGuid():N}");

    public RunningServer Server { get; private set; } = null!;

    public InMemoryModelSource Source { get; } = new();

    public ProjectHandle Project => Server.Workspace.Projects[0];

    public string Key => Project.Key;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_models);
        Source.Register("taxi", TestModels.TrainTaxi(_models, 4, "taxi-v1.zip").File, TestModels.TaxiSignature);
        Source.Register("taxi", TestModels.TrainTaxi(_models, 6, "taxi-v2.zip").File, TestModels.TaxiSignature);
        Source.SetAlias("taxi", "champion", 1);
        Server = await RunningServer.ForExampleAsync("quickstart");
        Project.UseModels(Source);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_models, recursive: true);
    }
}
