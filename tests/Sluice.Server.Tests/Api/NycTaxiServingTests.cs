using System.Net;
using System.Text.Json;

using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

/// <summary>
/// The course's end: the nyc-taxi example trained on the real trips registers its champion, which the server then
/// serves to the course's two requests, over the model endpoint and over Mage's synchronous block run, with a token.
/// </summary>
public sealed class NycTaxiServingTests
{
    private const string Token = "course-token";

    // The course's two requests: 11.5 and 20.87 minutes in the data.
    private const string CourseTrips = """
        [{"PULocationID": 236, "DOLocationID": 239, "trip_distance": 1.98},
         {"PULocationID": 65, "DOLocationID": 170, "trip_distance": 6.54}]
        """;

    [Fact]
    public async Task TrainedChampion_AnswersTheCourseRequests_OnThePredictEndpointAndThroughApiRuns()
    {
        var folder = SharedData.CopyNycTaxiWithLocalData();
        await using var server = await RunningServer.StartAsync(folder, Token);
        server.Client.DefaultRequestHeaders.Authorization = new("Bearer", Token);
        server.Workspace.Projects.Count.ShouldBe(1);
        var project = server.Workspace.Projects[0];

        // One quick try of one boosted model is enough to have a champion to serve.
        var training = await project.Project.RunAsync(
            "training", new Dictionary<string, object?> { ["models"] = "lightgbm", ["max_evaluations"] = 1 });
        training.Run.Status.ShouldBe(RunStatus.Completed, training.Run.Error);

        var predicted = await PostAsync(server, "/api/models/nyc-taxi-duration/predict?alias=champion", CourseTrips);
        predicted.GetProperty("version").GetInt32().ShouldBe(1);
        ShouldBeCourseDurations(predicted.GetProperty("predictions"));

        var invoked = await PostAsync(server, "/api/models/nyc-taxi-duration/invocations", $$"""{"dataframe_records": {{CourseTrips}}}""");
        ShouldBeCourseDurations(invoked.GetProperty("predictions"));

        var block = await PostAsync(
            server,
            "/api/runs",
            """{"run": {"pipeline_uuid": "predict", "block_uuid": "inference", "variables": {"inputs": """ + CourseTrips + "}}}");
        block.GetProperty("status").GetString().ShouldBe("Completed");
        ShouldBeCourseDurations(block.GetProperty("output"));
    }

    private static void ShouldBeCourseDurations(JsonElement minutes)
    {
        var values = minutes.EnumerateArray().Select(m => m.GetDouble()).ToList();
        values.Count.ShouldBe(2);
        values[0].ShouldBeInRange(6, 18);
        values[1].ShouldBeInRange(14, 32);
    }

    private static async Task<JsonElement> PostAsync(RunningServer server, string path, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var answer = await server.Client.PostAsync(path, content);
        var text = await answer.Content.ReadAsStringAsync();
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
