using System.Net;
using System.Text;
using System.Text.Json;

using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class ModelsApiTests(ModelServer models) : IClassFixture<ModelServer>
{
    private const string Trips = """[{"PU_DO": "236_239", "trip_distance": 1.98}, {"PU_DO": "65_170", "trip_distance": 6.54}]""";

    private HttpClient Client => models.Server.Client;

    [Theory]
    [InlineData("?alias=champion", 1)]
    [InlineData("?version=2", 2)]
    [InlineData("", 2)]
    public async Task Predict_ByAliasVersionOrLatest_AnswersTheVersionAndOneScorePerRecord(string query, int version)
    {
        var answer = await PostAsync($"/api/projects/{models.Key}/models/taxi/predict{query}", Trips);

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("model").GetString().ShouldBe("taxi");
        body.GetProperty("version").GetInt32().ShouldBe(version);
        var scores = body.GetProperty("predictions").EnumerateArray().Select(p => p.GetSingle()).ToList();
        scores.Count.ShouldBe(2);
        scores[1].ShouldBeGreaterThan(scores[0] + 15, "6.54 miles take far longer than 1.98");
    }

    [Fact]
    public async Task Predict_RecordsObject_AnswersAsTheArrayDoes()
    {
        var array = await ScoresAsync(await PostAsync($"/api/projects/{models.Key}/models/taxi/predict", Trips));
        var wrapped = await ScoresAsync(await PostAsync($"/api/projects/{models.Key}/models/taxi/predict", $$"""{"records": {{Trips}}}"""));

        wrapped.ShouldBe(array);
    }

    [Theory]
    [InlineData($$"""{"dataframe_records": {{Trips}}}""")]
    [InlineData("""{"dataframe_split": {"columns": ["PU_DO", "trip_distance"], "data": [["236_239", 1.98], ["65_170", 6.54]]}}""")]
    [InlineData($$"""{"instances": {{Trips}}}""")]
    [InlineData("""{"inputs": {"PU_DO": ["236_239", "65_170"], "trip_distance": [1.98, 6.54]}}""")]
    public async Task Invocations_EveryMLflowShape_AnswersPredictionsAsMLflowDoes(string body)
    {
        var expected = await ScoresAsync(await PostAsync($"/api/projects/{models.Key}/models/taxi/predict?alias=champion", Trips));

        var answer = await PostAsync($"/api/projects/{models.Key}/models/taxi/invocations?alias=champion", body);

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await answer.Content.ReadFromJsonAsync<JsonElement>();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["predictions"]);
        json.GetProperty("predictions").EnumerateArray().Select(p => p.GetSingle()).ShouldBe(expected);
    }

    [Fact]
    public async Task ShortForms_WithOneOpenProject_ServeItsModels()
    {
        var predict = await PostAsync("/api/models/taxi/predict?version=1", Trips);
        var invocations = await PostAsync("/api/models/taxi/invocations?version=1", $$"""{"dataframe_records": {{Trips}}}""");

        predict.StatusCode.ShouldBe(HttpStatusCode.OK);
        invocations.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ScoresAsync(invocations)).ShouldBe(await ScoresAsync(predict));
    }

    [Theory]
    [InlineData("?alias=champion", """[{"PU_DO": "236_239", "trip_distance": 1}, {"PU_DO": "65_170"}]""", HttpStatusCode.BadRequest,
        "Record 1 has no field 'trip_distance'; the model needs a number (Float32) there.")]
    [InlineData("?alias=champion", """[{"PU_DO": "236_239", "trip_distance": "far"}]""", HttpStatusCode.BadRequest,
        "Record 0, field 'trip_distance': expected a number (Float32) but got \"far\".")]
    [InlineData("?alias=staging", Trips, HttpStatusCode.NotFound, "Model 'taxi' has no alias 'staging' (its latest version is 2) in project")]
    [InlineData("?version=9", Trips, HttpStatusCode.NotFound, "Model 'taxi' has no version 9 (its latest version is 2) in project")]
    [InlineData("?version=0", Trips, HttpStatusCode.BadRequest, "Version 0 is not a version number; versions count from 1.")]
    [InlineData("?version=two", Trips, HttpStatusCode.BadRequest, "version")]
    [InlineData("?alias=champion&version=1", Trips, HttpStatusCode.BadRequest, "Give alias or version, not both.")]
    [InlineData("?alias=", Trips, HttpStatusCode.BadRequest, "The alias is empty; give ?alias=<name>, ?version=<number>, or neither for the latest version.")]
    [InlineData("", "", HttpStatusCode.BadRequest, "The body is empty; send the records as JSON.")]
    [InlineData("", "[{\"PU_DO\": ", HttpStatusCode.BadRequest, "The body is not valid JSON:")]
    [InlineData("", "{\"trips\": []}", HttpStatusCode.BadRequest, "The body must be a JSON array of records or an object with 'records'")]
    public async Task Predict_BadRequest_GetsA4xxWithOneClearMessage_AndTheServerKeepsServing(
        string query, string body, HttpStatusCode status, string message)
    {
        var answer = await PostAsync($"/api/projects/{models.Key}/models/taxi/predict{query}", body);

        answer.StatusCode.ShouldBe(status);
        (await DetailAsync(answer)).ShouldContain(message);
        await ShouldStillServeAsync();
    }

    [Fact]
    public async Task Predict_BodyArrivingInTwoParts_IsReadWhole()
    {
        var expected = await ScoresAsync(await PostAsync($"/api/projects/{models.Key}/models/taxi/predict?version=1", Trips));
        using var content = new TwoPartContent(Encoding.UTF8.GetBytes(Trips), TimeSpan.FromMilliseconds(200));
        content.Headers.ContentType = new("application/json");

        var answer = await Client.PostAsync($"/api/projects/{models.Key}/models/taxi/predict?version=1", content);

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ScoresAsync(answer)).ShouldBe(expected);
    }

    [Fact]
    public async Task Predict_UnknownModelOrProject_Answers404NamingIt()
    {
        var model = await PostAsync($"/api/projects/{models.Key}/models/nope/predict", Trips);
        var project = await PostAsync("/api/projects/elsewhere/models/taxi/predict", Trips);
        var shortForm = await PostAsync("/api/models/nope/invocations", """{"instances": []}""");

        model.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DetailAsync(model)).ShouldBe($"There is no registered model 'nope' in project '{models.Key}'.");
        project.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DetailAsync(project)).ShouldBe("There is no open project 'elsewhere'.");
        shortForm.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ShouldStillServeAsync();
    }

    [Fact]
    public async Task Predict_TenMegabyteBody_Answers413BeforeParsingIt_AndTheServerKeepsServing()
    {
        var record = """{"PU_DO": "236_239", "trip_distance": 1.98},""";
        var body = new StringBuilder("[");
        while (body.Length < 10 * 1024 * 1024)
        {
            body.Append(record);
        }

        body.Append("""{"PU_DO": "236_239", "trip_distance": 1.98}]""");

        var answer = await PostAsync($"/api/projects/{models.Key}/models/taxi/predict", body.ToString());

        answer.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await DetailAsync(answer)).ShouldContain("The body is larger than 1,048,576 bytes, the limit for this endpoint");
        await ShouldStillServeAsync();
    }

    [Fact]
    public async Task Invocations_BodyOfNoMLflowShape_Answers400ListingTheShapes()
    {
        var answer = await PostAsync($"/api/projects/{models.Key}/models/taxi/invocations", Trips);

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DetailAsync(answer)).ShouldBe(
            "The body must be an object with one of dataframe_records, dataframe_split, instances, inputs, not an array of 2 values.");
        await ShouldStillServeAsync();
    }

    [Fact]
    public async Task Predict_ManyConcurrentRequests_EachGetsThePredictionsOfItsOwnBody()
    {
        var url = $"/api/projects/{models.Key}/models/taxi/predict?version=1";
        var bodies = Enumerable.Range(1, 8).Select(i => $$"""[{"PU_DO": "74_75", "trip_distance": {{i}}}]""").ToList();
        var expected = new List<float>();
        foreach (var body in bodies)
        {
            expected.Add((await ScoresAsync(await PostAsync(url, body)))[0]);
        }

        var wrong = await Task.WhenAll(bodies.Select((body, i) => Task.Run(async () =>
        {
            var mismatches = new List<string>();
            for (var round = 0; round < 1000; round++)
            {
                using var answer = await PostAsync(url, body);
                var text = await answer.Content.ReadAsStringAsync();
                if (!answer.IsSuccessStatusCode || JsonDocument.Parse(text).RootElement.GetProperty("predictions")[0].GetSingle() != expected[i])
                {
                    mismatches.Add($"{body} -> {text}");
                }
            }

            return mismatches;
        })));

        wrong.SelectMany(w => w).ShouldBeEmpty();
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheModelEndpointsAndTheBlockCall()
    {
        var paths = (await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        string[] documented =
        [
            "/api/projects/{project}/models/{name}/predict", "/api/projects/{project}/models/{name}/invocations",
            "/api/models/{name}/predict", "/api/models/{name}/invocations", "/api/runs",
        ];
        documented.Where(path => !paths.TryGetProperty(path, out var _)).ShouldBeEmpty();
        paths.GetProperty("/api/projects/{project}/models/{name}/predict").GetProperty("post").GetProperty("requestBody").ValueKind
            .ShouldBe(JsonValueKind.Object);
    }

    private async Task ShouldStillServeAsync()
    {
        var answer = await PostAsync($"/api/projects/{models.Key}/models/taxi/predict?alias=champion", Trips);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ScoresAsync(answer)).Count.ShouldBe(2);
    }

    private Task<HttpResponseMessage> PostAsync(string url, string body) =>
        Client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

    internal static async Task<List<float>> ScoresAsync(HttpResponseMessage answer) =>
        [.. (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("predictions").EnumerateArray().Select(p => p.GetSingle())];

    internal static async Task<string> DetailAsync(HttpResponseMessage answer) =>
        (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    // A body with a Content-Length whose second half is sent a while after the first, as from a slow client: the
    // server has only part of it when it starts reading.
    private sealed class TwoPartContent(byte[] bytes, TimeSpan pause) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = bytes.Length / 2;
            await stream.WriteAsync(bytes.AsMemory(0, half));
            await stream.FlushAsync();
            await Task.Delay(pause);
            await stream.WriteAsync(bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
