using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class BlockCallApiTests
{
    [Fact]
    public async Task MageBody_RunsTheBlockWithTheVariablesAndAnswersItsOutput()
    {
        await using var server = await RunningServer.StartAsync(PredictProject.Create());

        var answer = await server.Client.PostAsJsonAsync("/api/runs", new
        {
            run = new
            {
                pipeline_uuid = "predict", block_uuid = "inference",
                variables = new { PULocationID = 236, DOLocationID = 239, trip_distance = 1.98 },
            },
        });

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("run_id").GetString().ShouldNotBeNullOrEmpty();
        body.GetProperty("pipeline").GetString().ShouldBe("predict");
        body.GetProperty("block").GetString().ShouldBe("inference");
        body.GetProperty("status").GetString().ShouldBe("Completed");
        body.GetProperty("output").EnumerateArray().Select(v => v.GetDouble()).ShouldBe([9.92]);
        var output = body.GetProperty("outputs").EnumerateArray().Single();
        (output.GetProperty("name").GetString(), output.GetProperty("type").GetString()).ShouldBe(("output_0", "Double[]"));
    }

    [Fact]
    public async Task FlatBody_NamingTheProject_AnswersAsTheMageBodyDoes()
    {
        await using var server = await RunningServer.StartAsync(PredictProject.Create());
        var key = server.Workspace.Projects[0].Key;

        var answer = await server.Client.PostAsJsonAsync("/api/runs", new
        {
            project = key, pipeline = "predict", block = "inference", variables = new { trip_distance = 6.54 },
        });

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("project").GetString().ShouldBe(key);
        body.GetProperty("output")[0].GetDouble().ShouldBe(28.16);
    }

    [Fact]
    public async Task FrameOutput_IsRecords_CappedWithAClearFlag()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");

        var small = await BodyAsync(await server.Client.PostAsJsonAsync("/api/runs", new
        {
            pipeline = "daily_sales", block = "generate_sales", variables = new { rows = 3 },
        }));
        var large = await BodyAsync(await server.Client.PostAsJsonAsync("/api/runs", new
        {
            pipeline = "daily_sales", block = "generate_sales", variables = new { rows = 12_000 },
        }));

        var frame = small.GetProperty("outputs")[0];
        frame.GetProperty("count").GetInt64().ShouldBe(3);
        frame.TryGetProperty("truncated", out _).ShouldBeFalse();
        var record = frame.GetProperty("value")[0];
        record.EnumerateObject().Select(p => p.Name).ShouldBe(["day", "store", "quantity", "unit_price"]);
        record.GetProperty("quantity").ValueKind.ShouldBe(JsonValueKind.Number);
        var capped = large.GetProperty("outputs")[0];
        capped.GetProperty("count").GetInt64().ShouldBe(12_000);
        capped.GetProperty("truncated").GetBoolean().ShouldBeTrue();
        capped.GetProperty("value").GetArrayLength().ShouldBe(10_000);
    }

    [Fact]
    public async Task BlockThatFails_Answers422WithTheBlocksError()
    {
        await using var server = await RunningServer.StartAsync(PredictProject.Create());

        var answer = await server.Client.PostAsJsonAsync("/api/runs", new
        {
            run = new { pipeline_uuid = "predict", block_uuid = "inference", variables = new { fail = true } },
        });

        answer.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("detail").GetString()!.ShouldContain("No trips were given.");
        body.GetProperty("status").GetString().ShouldBe("Failed");
        body.GetProperty("run_id").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task BlockThatDoesNotCompile_Answers422WithTheCompilerError()
    {
        var root = PredictProject.Create();
        var source = Path.Combine(root, "custom", "inference.cs");
        await File.WriteAllTextAsync(source, (await File.ReadAllTextAsync(source)).Replace("return [", "return 7 + [", StringComparison.Ordinal));
        await using var server = await RunningServer.StartAsync(root);

        var answer = await server.Client.PostAsJsonAsync("/api/runs", new { pipeline = "predict", block = "inference", variables = new { trip_distance = 1 } });

        answer.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await BodyAsync(answer);
        body.GetProperty("detail").GetString()!.ShouldContain("custom/inference.cs");
        body.GetProperty("run_id").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("""{"pipeline": "forecast", "block": "inference"}""", HttpStatusCode.NotFound, "has no pipeline 'forecast'")]
    [InlineData("""{"pipeline": "predict", "block": "score"}""", HttpStatusCode.NotFound, "Pipeline 'predict' of project '*' has no block 'score'; its blocks: inference.")]
    [InlineData("""{"project": "elsewhere", "pipeline": "predict", "block": "inference"}""", HttpStatusCode.NotFound, "There is no open project 'elsewhere'.")]
    [InlineData("""{"run": {"block_uuid": "inference"}}""", HttpStatusCode.BadRequest, "The body needs 'pipeline_uuid' inside 'run'")]
    [InlineData("""{"pipeline": "predict"}""", HttpStatusCode.BadRequest, "The body needs 'block'")]
    [InlineData("""{"pipeline": "predict", "block": "inference", "variables": [1]}""", HttpStatusCode.BadRequest, "'variables' must be an object of variable names and values")]
    [InlineData("""{"pipeline": "predict", "block": 7}""", HttpStatusCode.BadRequest, "'block' must be a non-empty string, not 7")]
    [InlineData("", HttpStatusCode.BadRequest, "The body is empty; send {\"pipeline\", \"block\", \"variables\"} as JSON.")]
    [InlineData("{\"pipeline\": ", HttpStatusCode.BadRequest, "The body is not valid JSON:")]
    public async Task BadCall_IsAnsweredWithOneClearMessage_AndTheServerKeepsServing(string body, HttpStatusCode status, string message)
    {
        await using var server = await RunningServer.StartAsync(PredictProject.Create());

        var answer = await server.Client.PostAsync("/api/runs", new StringContent(body, Encoding.UTF8, "application/json"));

        answer.StatusCode.ShouldBe(status);
        (await BodyAsync(answer)).GetProperty("detail").GetString()!.ShouldMatch(
            "^.*" + System.Text.RegularExpressions.Regex.Escape(message).Replace("\\*", ".*", StringComparison.Ordinal) + ".*$");
        var good = await server.Client.PostAsJsonAsync("/api/runs", new { pipeline = "predict", block = "inference", variables = new { trip_distance = 1 } });
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithAToken_TheCallNeedsTheBearerToken()
    {
        await using var server = await RunningServer.StartAsync(PredictProject.Create(), token: "s3cret-token");
        var call = new { run = new { pipeline_uuid = "predict", block_uuid = "inference", variables = new { trip_distance = 1.98 } } };

        var anonymous = await server.Client.PostAsJsonAsync("/api/runs", call);
        using var signed = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = JsonContent.Create(call) };
        signed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        var authorized = await server.Client.SendAsync(signed);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        authorized.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await BodyAsync(authorized)).GetProperty("output")[0].GetDouble().ShouldBe(9.92);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage answer) => await answer.Content.ReadFromJsonAsync<JsonElement>();
}
