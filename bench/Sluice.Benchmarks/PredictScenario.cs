using System.Globalization;
using System.Text;

using Sluice.Server.Hosting;

namespace Sluice.Benchmarks;

/// <summary>
/// (h) The predict endpoint over real HTTP: the whole Sluice server (its middleware, a project, a FastTree model
/// served from a model source) answering one course-style record, against a bare Kestrel endpoint answering a
/// constant. Same client settings for both (keep-alive, <c>clients</c> concurrent closed loops), measured in
/// alternating rounds after a warm-up. Target: at most 0.5 ms added at p50, at least 70% of the bare throughput.
/// </summary>
internal sealed class PredictScenario(int clients) : IScenario
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(4);
    private const int Rounds = 3;

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""[{"PU_DO": "236_239", "trip_distance": 1.98}]""");

    public async Task<ScenarioResult> RunAsync()
    {
        var workspace = BenchProject.NewFolder("predict");
        var root = Path.Combine(workspace, "taxi");
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "sluice.yaml"), "name: taxi\n");
        var (file, _) = BenchModels.Train(workspace);

        var app = SluiceHost(root);
        await app.StartAsync();
        await using var bare = await BareEndpoint.StartAsync();
        try
        {
            var project = app.Services.GetRequiredService<Sluice.Server.Workspace.ProjectWorkspace>().Projects[0];
            project.UseModels(new BenchModels.OneVersion(file));
            var sluiceUrl = new Uri(new Uri(app.Urls.First()), $"/api/projects/{project.Key}/models/taxi/predict?alias=champion");
            using var load = new HttpLoad(clients);
            var constantUrl = new Uri(new Uri(app.Urls.First()), "/api/bench/constant");
            var sluice = new LoadFigures();
            var baseline = new LoadFigures();
            var pipeline = new LoadFigures();
            await load.RunAsync(bare.Url, Body, Warmup, new LoadFigures());
            await load.RunAsync(sluiceUrl, Body, Warmup, new LoadFigures());
            await load.RunAsync(constantUrl, Body, Warmup, new LoadFigures());
            for (var i = 0; i < Rounds; i++)
            {
                await load.RunAsync(bare.Url, Body, Round, baseline);
                await load.RunAsync(sluiceUrl, Body, Round, sluice);
                await load.RunAsync(constantUrl, Body, Round, pipeline);
            }

            Console.WriteLine($"  predict, {clients} client(s):");
            Print("bare Kestrel, constant", baseline);
            Print("Sluice server, constant", pipeline);
            Print("Sluice server, predict", sluice);
            return Result(sluice, baseline);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(workspace, recursive: true);
        }
    }

    // The server sluice start runs (SluiceServer.Build), plus one endpoint answering the bare endpoint's constant
    // behind the same middleware: what the server costs before any model runs.
    private static WebApplication SluiceHost(string root)
    {
        var app = SluiceServer.Build(
            new ServerOptions { Folder = root, Port = 0, ApplicationName = typeof(PredictScenario).Assembly.GetName().Name },
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        var answer = Encoding.UTF8.GetBytes("""{"model":"taxi","version":1,"predictions":[11.5]}""");
        app.MapPost("/api/bench/constant", () => Results.Bytes(answer, "application/json"));
        return app;
    }

    // Allocations are the whole process's, the client's included, per request.
    private static void Print(string what, LoadFigures figures) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    {what,-24} p50 {figures.Percentile(50):0.000} ms, p99 {figures.Percentile(99):0.000} ms, {figures.RequestsPerSecond,7:N0} req/s, {figures.AllocatedPerRequest,6:N0} B and {figures.CollectionsPerThousand:0.0} gen-0 GCs per 1,000 requests ({figures.Requests:N0} requests)"));

    private ScenarioResult Result(LoadFigures sluice, LoadFigures baseline)
    {
        var added = sluice.Percentile(50) - baseline.Percentile(50);
        var share = sluice.RequestsPerSecond / baseline.RequestsPerSecond;
        return new ScenarioResult(
            $"(h) predict over HTTP, {clients} client(s)",
            TimeSpan.FromMilliseconds(sluice.Percentile(50)),
            TimeSpan.FromMilliseconds(baseline.Percentile(50)),
            string.Create(CultureInfo.InvariantCulture, $"+{added:0.000} ms p50, {share:P0} req/s"),
            "<= +0.5 ms p50, >= 70% req/s",
            added <= 0.5 && share >= 0.7);
    }
}
