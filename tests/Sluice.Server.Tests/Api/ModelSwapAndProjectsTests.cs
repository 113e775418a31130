using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

using Sluice.Engine.Tests.Support;
using Sluice.ML.Tests.Serving;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class ModelSwapAndProjectsTests : IDisposable
{
    private const string Trips = """[{"PU_DO": "236_239", "trip_distance": 1.98}, {"PU_DO": "65_170", "trip_distance": 6.54}]""";

    private readonly string _models = Path.Combine(Path.GetTempPath(), "sluice-tests", $"models-{Guid.NewGuid():N}");

    public ModelSwapAndProjectsTests() => Directory.CreateDirectory(_models);

    [Fact]
    public async Task MovingTheAlias_UnderConcurrentRequests_FailsNoRequestAndEndsOnTheNewVersion()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var source = TwoVersions();
        source.SetAlias("taxi", "champion", 1);
        server.Workspace.Projects[0].UseModels(source);
        var url = $"/api/projects/{server.Workspace.Projects[0].Key}/models/taxi/predict?alias=champion";
        var answers = new ConcurrentQueue<(HttpStatusCode Status, int Version)>();
        using var stop = new CancellationTokenSource();

        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var answer = await server.Client.PostAsync(url, Json(Trips));
                var version = answer.IsSuccessStatusCode
                    ? (await answer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("version").GetInt32()
                    : 0;
                answers.Enqueue((answer.StatusCode, version));
            }
        })).ToList();
        await WaitUntilAsync(() => answers.Count > 40);
        source.SetAlias("taxi", "champion", 2);
        await WaitUntilAsync(() => answers.Any(a => a.Version == 2));
        var swapped = answers.Count;
        await WaitUntilAsync(() => answers.Count > swapped + 40);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.OK);
        answers.ShouldContain(a => a.Version == 1);
        answers.ShouldContain(a => a.Version == 2);
    }

    [Fact]
    public async Task ShortForms_WithSeveralProjects_ServeTheOnlyOneWithTheModel_AndOtherwiseNameTheProjectsToChooseFrom()
    {
        var workspace = Path.Combine(Path.GetTempPath(), "sluice-tests", $"two-{Guid.NewGuid():N}");
        Directory.CreateDirectory(workspace);
        foreach (var name in new[] { "shop_a", "shop_b" })
        {
            Directory.Move(SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "quickstart")), Path.Combine(workspace, name));
        }

        await using var server = await RunningServer.StartAsync(workspace);
        var (shopA, shopB) = (server.Workspace.Find("shop_a")!, server.Workspace.Find("shop_b")!);
        shopA.UseModels(TwoVersions());
        var other = new InMemoryModelSource();
        other.Register("taxi", TestModels.TrainTaxi(_models, 5, "other-taxi.zip").File, TestModels.TaxiSignature);
        other.Register("tips", TestModels.TrainTaxi(_models, 1, "tips.zip").File, TestModels.TaxiSignature);
        shopB.UseModels(other);

        var onlyInB = await server.Client.PostAsync("/api/models/tips/predict", Json(Trips));
        var inBoth = await server.Client.PostAsync("/api/models/taxi/predict", Json(Trips));
        var inNeither = await server.Client.PostAsync("/api/models/fares/predict", Json(Trips));

        onlyInB.StatusCode.ShouldBe(HttpStatusCode.OK);
        inBoth.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ModelsApiTests.DetailAsync(inBoth)).ShouldBe(
            "Projects shop_a, shop_b each have a model 'taxi'; choose one: /api/projects/{project}/models/taxi/...");
        inNeither.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ModelsApiTests.DetailAsync(inNeither)).ShouldBe("No open project has a registered model 'fares'; open projects: shop_a, shop_b.");
        (await server.Client.PostAsync("/api/projects/shop_b/models/taxi/predict", Json(Trips))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Predict_AModelTheRegistryDoesNotHave_Answers404NamingModelAndProject()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var answer = await server.Client.PostAsync($"/api/projects/{key}/models/taxi/predict", Json(Trips));

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ModelsApiTests.DetailAsync(answer)).ShouldBe($"There is no registered model 'taxi' in project '{key}'.");
    }

    [Fact]
    public async Task Predict_VersionWhoseFileIsGone_Answers500NamingIt_AndOtherVersionsStillServe()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var source = TwoVersions();
        var gone = Path.Combine(_models, "gone.zip");
        source.Register("taxi", gone, TestModels.TaxiSignature);
        server.Workspace.Projects[0].UseModels(source);
        var key = server.Workspace.Projects[0].Key;

        var broken = await server.Client.PostAsync($"/api/projects/{key}/models/taxi/predict?version=3", Json(Trips));
        var working = await server.Client.PostAsync($"/api/projects/{key}/models/taxi/predict?version=1", Json(Trips));

        broken.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await ModelsApiTests.DetailAsync(broken)).ShouldStartWith($"Model 'taxi' version 3 cannot be served: its file {gone} cannot be loaded:");
        working.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Predict_WithAToken_NeedsTheBearerToken()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart", token: "s3cret-token");
        server.Workspace.Projects[0].UseModels(TwoVersions());
        var url = $"/api/projects/{server.Workspace.Projects[0].Key}/models/taxi/predict";

        var anonymous = await server.Client.PostAsync(url, Json(Trips));
        using var signed = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(Trips) };
        signed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        var authorized = await server.Client.SendAsync(signed);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        authorized.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => Directory.Delete(_models, recursive: true);

    private InMemoryModelSource TwoVersions()
    {
        var source = new InMemoryModelSource();
        source.Register("taxi", TestModels.TrainTaxi(_models, 4, "taxi-v1.zip").File, TestModels.TaxiSignature);
        source.Register("taxi", TestModels.TrainTaxi(_models, 6, "taxi-v2.zip").File, TestModels.TaxiSignature);
        return source;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 3000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().ShouldBeTrue("the condition did not come true within 30 s");
    }
}
