using System.Net;
using System.Text.Json;

using Sluice.Core;
using Sluice.Sdk;
using Sluice.Server.Tests.Support;
using Sluice.Server.Tracking;

namespace Sluice.Server.Tests.Api;

public sealed class ExperimentsApiTests
{
    [Fact]
    public async Task Experiments_AreListedByName_WithTheirRunCountsAndLastRun()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, _) = await SeedAsync(server);

        var page = await server.Client.GetFromJsonAsync<Page<ExperimentView>>($"/api/projects/{key}/experiments", Json.Options);

        page!.Items.Select(e => (e.Name, e.Runs)).ShouldBe([("baseline", 1L), ("taxi-duration", 4L)]);
        page.Items[1].LastRunAt.ShouldBe(TrackingSeed.T0.AddMinutes(4));
        page.Total.ShouldBe(2);
    }

    [Fact]
    public async Task Experiment_ByNameOrId_GivesItsParamAndMetricKeys_AndAnUnknownOneIs404()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, seed) = await SeedAsync(server);

        var byName = await server.Client.GetFromJsonAsync<ExperimentDetails>($"/api/projects/{key}/experiments/taxi-duration", Json.Options);
        var byId = await server.Client.GetFromJsonAsync<ExperimentDetails>($"/api/projects/{key}/experiments/{seed.ExperimentId}", Json.Options);

        byName!.Experiment.Id.ShouldBe(seed.ExperimentId);
        byId!.Experiment.Name.ShouldBe("taxi-duration");
        byName.Params.ShouldBe(["learning_rate", "trainer"]);
        byName.Metrics.ShouldBe(["rmse"]);
        var missing = await server.Client.GetAsync($"/api/projects/{key}/experiments/nope");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Detail(missing)).ShouldBe($"Project '{key}' has no experiment 'nope'.");
    }

    [Fact]
    public async Task Runs_SortByAMetricEitherWay_WithNaNLast_AndPage()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, _) = await SeedAsync(server);
        var runs = $"/api/projects/{key}/experiments/taxi-duration/runs";

        (await NamesAsync(server, $"{runs}?sort=metrics.rmse")).ShouldBe(["lgbm-b", "lgbm-a", "sdca", "diverged"]);
        (await NamesAsync(server, $"{runs}?sort=rmse&order=desc")).ShouldBe(["sdca", "lgbm-a", "lgbm-b", "diverged"]);
        (await NamesAsync(server, $"{runs}?sort=rmse&page=2&size=3")).ShouldBe(["diverged"]);
        var page = await server.Client.GetFromJsonAsync<Page<TrackedRunView>>($"{runs}?sort=rmse", Json.Options);
        page!.Total.ShouldBe(4);
        page.Items[1].Metrics["rmse"].ShouldBe(5.3);
        page.Items[1].Params["learning_rate"].ShouldBe("0.1");
        page.Items[1].Tags["owner"].ShouldBe("ana");
        double.IsNaN(page.Items[3].Metrics["rmse"]).ShouldBeTrue();
    }

    [Fact]
    public async Task Runs_SortByAParamAsNumbers_OrByStartTime_AndFilterByStatus()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, _) = await SeedAsync(server);
        var runs = $"/api/projects/{key}/experiments/taxi-duration/runs";

        (await NamesAsync(server, $"{runs}?sort=params.learning_rate")).ShouldBe(["lgbm-b", "lgbm-a", "sdca", "diverged"]);
        (await NamesAsync(server, $"{runs}?sort=params.learning_rate&order=desc")).ShouldBe(["diverged", "sdca", "lgbm-a", "lgbm-b"]);
        (await NamesAsync(server, $"{runs}?sort=start_time")).ShouldBe(["diverged", "sdca", "lgbm-b", "lgbm-a"]);
        (await NamesAsync(server, $"{runs}?sort=start_time&order=asc")).ShouldBe(["lgbm-a", "lgbm-b", "sdca", "diverged"]);
        (await NamesAsync(server, runs)).ShouldBe(["diverged", "sdca", "lgbm-b", "lgbm-a"]);
        (await NamesAsync(server, $"{runs}?status=failed")).ShouldBe(["sdca"]);
        (await NamesAsync(server, $"{runs}?pipelineRun={RunId.New()}")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("sort=metrics.", "Cannot sort by 'metrics.': Metric key is empty; give it a name such as 'learning_rate'. Sort by metrics.<key>, params.<key> or start_time.")]
    [InlineData("sort=params.a%3Bb", "Cannot sort by 'params.a;b': Param key 'a;b' holds ';'; keys hold letters, digits and _ - . / and spaces. Sort by metrics.<key>, params.<key> or start_time.")]
    [InlineData("sort=rmse&order=up", "order 'up' is neither asc nor desc.")]
    [InlineData("status=Done", "status 'Done' is not a tracked run status; use Running, Finished, Failed, Killed.")]
    [InlineData("status=2", "status '2' is not a tracked run status; use Running, Finished, Failed, Killed.")]
    public async Task Runs_WithABadSortOrderOrStatus_Answer400NamingIt(string query, string detail)
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, _) = await SeedAsync(server);

        var response = await server.Client.GetAsync($"/api/projects/{key}/experiments/taxi-duration/runs?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Detail(response)).ShouldBe(detail);
    }

    [Fact]
    public async Task TrackedRun_GivesEveryMetricsHistoryByStep_ItsArtifactsAndModelFolders()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, seed) = await SeedAsync(server);

        var details = await server.Client.GetFromJsonAsync<TrackedRunDetails>(
            $"/api/projects/{key}/tracked-runs/{seed.Runs["lgbm-a"]}", Json.Options);

        details!.Run.Name.ShouldBe("lgbm-a");
        details.Run.Status.ShouldBe(TrackedRunStatus.Finished);
        details.Run.Source.ShouldBeNull();
        details.Experiment.ShouldBe("taxi-duration");
        details.History["rmse"].Select(p => (p.Step, p.Value)).ShouldBe([(0L, 6.0), (1L, 5.5), (2L, 5.3)]);
        details.Artifacts.Select(a => a.Name).ShouldBe(["model/model.zip", "model/signature.json"]);
        details.Artifacts.ShouldAllBe(a => a.Size > 0);
        details.Models.ShouldBe(["model"]);
        var diverged = await server.Client.GetFromJsonAsync<TrackedRunDetails>(
            $"/api/projects/{key}/tracked-runs/{seed.Runs["diverged"]}", Json.Options);
        double.IsNaN(diverged!.History["rmse"].Single().Value).ShouldBeTrue();
        diverged.Models.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-a-run")]
    public async Task TrackedRun_ThatDoesNotExist_Is404NamingIt(string id)
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var response = await server.Client.GetAsync($"/api/projects/{key}/tracked-runs/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Detail(response)).ShouldBe($"Project '{key}' has no tracked run '{id}'.");
    }

    [Fact]
    public async Task Artifact_DownloadsTheStoredFile_AndAnUnknownOneIs404()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, seed) = await SeedAsync(server);
        var run = seed.Runs["lgbm-a"];

        var response = await server.Client.GetAsync($"/api/projects/{key}/tracked-runs/{run}/artifacts/model/signature.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("signature.json");
        var signature = ModelSignatureJson.Deserialize(await response.Content.ReadAsStringAsync());
        signature.Inputs.ShouldBe([new ModelColumn("x", ModelColumnType.Float32)]);
        var zip = await server.Client.GetByteArrayAsync($"/api/projects/{key}/tracked-runs/{run}/artifacts/model/model.zip");
        zip.ShouldBe(await File.ReadAllBytesAsync(server.Workspace.Projects[0].Project.Artifacts.PathOf(
            new ExperimentId(seed.ExperimentId), new TrackedRunId(run), "model/model.zip")));
        var missing = await server.Client.GetAsync($"/api/projects/{key}/tracked-runs/{run}/artifacts/model/other.bin");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Detail(missing)).ShouldBe($"Tracked run {run} has no artifact 'model/other.bin'.");
    }

    [Fact]
    public async Task Artifact_WhoseNameLeavesTheRunsFolder_IsRefused_AndAFileBesideTheArtifactsIsNeverServed()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, seed) = await SeedAsync(server);
        var run = seed.Runs["lgbm-a"];

        var escaping = await server.Client.GetAsync($"/api/projects/{key}/tracked-runs/{run}/artifacts/model%5C..%5C..%5C..%5Csluice.db");

        escaping.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Detail(escaping)).ShouldBe("Artifact name 'model\\..\\..\\..\\sluice.db' holds '..'; an artifact cannot leave its run's folder.");
        var folder = server.Workspace.Projects[0].Project.Artifacts.DirectoryOf(new ExperimentId(seed.ExperimentId), new TrackedRunId(run));
        await File.WriteAllTextAsync(Path.Combine(folder, "unlisted.txt"), "not an artifact");
        (await server.Client.GetAsync($"/api/projects/{key}/tracked-runs/{run}/artifacts/unlisted.txt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APipelineBlockThatTrains_LeavesATrackedRunLinkedToItsPipelineRunAndBlock_WithAModelToRegister()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        TrainingPipeline.AddTo(server.Folder);
        var started = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/training/runs", new { });
        var pipelineRun = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await server.WaitForRunAsync(key, pipelineRun)).Run.Status.ShouldBe(RunStatus.Completed);

        var runs = await server.Client.GetFromJsonAsync<Page<TrackedRunView>>(
            $"/api/projects/{key}/experiments/toy/runs?pipelineRun={pipelineRun}", Json.Options);
        var run = runs!.Items.ShouldHaveSingleItem();
        var details = await server.Client.GetFromJsonAsync<TrackedRunDetails>($"/api/projects/{key}/tracked-runs/{run.Id}", Json.Options);

        run.Source.ShouldBe(new TrackedRunSourceView(pipelineRun, "training", "train", 1));
        run.Tags["sluice.pipeline_run"].ShouldBe(pipelineRun);
        run.Params.ShouldBe(new SortedDictionary<string, string>(StringComparer.Ordinal) { ["iterations"] = "200", ["trainer"] = "sdca" });
        run.Metrics["rmse"].ShouldBeLessThan(0.5);
        details!.History["loss"].Select(p => p.Step).ShouldBe([0L, 1L, 2L]);
        details.Models.ShouldBe(["model"]);
        var registered = await server.Client.PostAsJsonAsync($"/api/projects/{key}/models/toy-model/versions", new { trackedRunId = run.Id });
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await registered.Content.ReadFromJsonAsync<Sluice.Server.Registry.ModelVersionView>(Json.Options))!.Version.ShouldBe(2);
    }

    private static async Task<(string Key, SeededTracking Seed)> SeedAsync(RunningServer server)
    {
        var project = server.Workspace.Projects[0];
        return (project.Key, await TrackingSeed.SeedAsync(project.Project));
    }

    private static async Task<List<string>> NamesAsync(RunningServer server, string url) =>
        [.. (await server.Client.GetFromJsonAsync<Page<TrackedRunView>>(url, Json.Options))!.Items.Select(r => r.Name)];

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
}
