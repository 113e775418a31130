using System.Net;
using System.Text.Json;

using Sluice.Core;
using Sluice.Server.Registry;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class ModelRegistryApiTests
{
    [Fact]
    public async Task Models_AreListedWithTheirAliases_AndVersionsHighestFirstWithRunAndSignature()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, seed) = await SeedAsync(server);

        var models = await server.Client.GetFromJsonAsync<Page<RegisteredModelView>>($"/api/projects/{key}/models", Json.Options);
        var versions = await server.Client.GetFromJsonAsync<Page<ModelVersionView>>(
            $"/api/projects/{key}/models/{TrackingSeed.Model}/versions", Json.Options);

        var model = models!.Items.ShouldHaveSingleItem();
        (model.Name, model.LatestVersion).ShouldBe((TrackingSeed.Model, 2));
        model.Aliases.ShouldBe(new Dictionary<string, int> { ["champion"] = 1 });
        versions!.Items.Select(v => (v.Version, v.TrackedRunName)).ShouldBe([(2, "lgbm-b"), (1, "lgbm-a")]);
        var first = versions.Items[1];
        first.TrackedRunId.ShouldBe(seed.Runs["lgbm-a"]);
        first.ExperimentId.ShouldBe(seed.ExperimentId);
        first.Artifact.ShouldBe("model");
        first.Inputs.ShouldBe([new ModelColumnView("x", "float32", null)]);
        first.Outputs.ShouldBe([new ModelColumnView("Score", "float32", null)]);
        first.Aliases.ShouldBe(["champion"]);
        (await server.Client.GetFromJsonAsync<Page<RegisteredModelView>>($"/api/projects/{key}/models?search=TAXI", Json.Options))!
            .Total.ShouldBe(1);
        (await server.Client.GetFromJsonAsync<Page<RegisteredModelView>>($"/api/projects/{key}/models?search=other", Json.Options))!
            .Total.ShouldBe(0);
    }

    [Fact]
    public async Task Register_ATrackedRunsModel_IsTheNextVersion_FoundByNumberAliasAndLatest()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, seed) = await SeedAsync(server);
        var url = $"/api/projects/{key}/models/{TrackingSeed.Model}/versions";

        var response = await server.Client.PostAsJsonAsync(url, new { trackedRunId = seed.Runs["lgbm-b"] });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{url}/3");
        var created = await response.Content.ReadFromJsonAsync<ModelVersionView>(Json.Options);
        (created!.Version, created.TrackedRunName, created.Aliases.Count).ShouldBe((3, "lgbm-b", 0));
        (await server.Client.GetFromJsonAsync<ModelVersionView>($"{url}/latest", Json.Options))!.Version.ShouldBe(3);
        (await server.Client.GetFromJsonAsync<ModelVersionView>($"{url}/champion", Json.Options))!.Version.ShouldBe(1);
        (await server.Client.GetFromJsonAsync<ModelVersionView>($"{url}/2", Json.Options))!.TrackedRunName.ShouldBe("lgbm-b");
        var fresh = await server.Client.PostAsJsonAsync($"/api/projects/{key}/models/new-model/versions", new { trackedRunId = seed.Runs["lgbm-a"], artifact = "model" });
        (await fresh.Content.ReadFromJsonAsync<ModelVersionView>(Json.Options))!.Version.ShouldBe(1);
        var missing = await server.Client.GetAsync($"{url}/9");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Detail(missing)).ShouldBe($"Model '{TrackingSeed.Model}' has no version '9'.");
    }

    [Theory]
    [InlineData("{}", 400, "trackedRunId is missing: give the id of the tracked run whose model to register.")]
    [InlineData("""{"trackedRunId": "abc"}""", 400, "trackedRunId 'abc' is not a tracked run id (32 hexadecimal digits).")]
    [InlineData("""{"trackedRunId": "0123456789abcdef0123456789abcdef"}""", 404, "Project '{key}' has no tracked run '0123456789abcdef0123456789abcdef' (trackedRunId).")]
    [InlineData("""{"trackedRunId": "{sdca}"}""", 400, "Tracked run {sdca} has no model artifact 'model': 'model/model.zip' is missing.")]
    [InlineData("""{"trackedRunId": "{lgbm-a}", "artifact": "../model"}""", 400, "Artifact name '../model' holds '..'; an artifact cannot leave its run's folder.")]
    [InlineData("""{"trackedRunId": 12}""", 400, "Failed to read parameter \"RegisterModelVersionRequest request\" from the request body as JSON.")]
    public async Task Register_WithBadInput_AnswersOneMessageNamingTheField_AndRegistersNothing(string body, int status, string detail)
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, seed) = await SeedAsync(server);
        body = body.Replace("{sdca}", seed.Runs["sdca"], StringComparison.Ordinal).Replace("{lgbm-a}", seed.Runs["lgbm-a"], StringComparison.Ordinal);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await server.Client.PostAsync($"/api/projects/{key}/models/{TrackingSeed.Model}/versions", content);

        ((int)response.StatusCode).ShouldBe(status);
        (await Detail(response)).ShouldStartWith(detail.Replace("{key}", key, StringComparison.Ordinal).Replace("{sdca}", seed.Runs["sdca"], StringComparison.Ordinal));
        (await server.Client.GetFromJsonAsync<RegisteredModelView>($"/api/projects/{key}/models/{TrackingSeed.Model}", Json.Options))!
            .LatestVersion.ShouldBe(2);
    }

    [Fact]
    public async Task Register_UnderABadModelName_Answers400NamingTheRule()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, seed) = await SeedAsync(server);

        var response = await server.Client.PostAsJsonAsync($"/api/projects/{key}/models/-taxi/versions", new { trackedRunId = seed.Runs["lgbm-a"] });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Detail(response)).ShouldBe("Model name '-taxi' is not valid: use up to 200 letters, digits, '_', '-' and '.', starting with a letter or digit.");
    }

    [Fact]
    public async Task SetAlias_MovesItToAnotherVersion_AndDeleteRemovesIt()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, _) = await SeedAsync(server);
        var model = $"/api/projects/{key}/models/{TrackingSeed.Model}";

        var moved = await server.Client.PutAsJsonAsync($"{model}/aliases/champion", new { version = 2 });

        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.Content.ReadFromJsonAsync<RegisteredModelView>(Json.Options))!.Aliases.ShouldBe(new Dictionary<string, int> { ["champion"] = 2 });
        (await server.Client.GetFromJsonAsync<ModelVersionView>($"{model}/versions/champion", Json.Options))!.Version.ShouldBe(2);
        (await server.Client.PutAsJsonAsync($"{model}/aliases/challenger", new { version = "1" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await server.Client.DeleteAsync($"{model}/aliases/champion")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var again = await server.Client.DeleteAsync($"{model}/aliases/champion");
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Detail(again)).ShouldBe($"Model '{TrackingSeed.Model}' has no alias 'champion'.");
        (await server.Client.GetFromJsonAsync<RegisteredModelView>(model, Json.Options))!.Aliases
            .ShouldBe(new Dictionary<string, int> { ["challenger"] = 1 });
    }

    [Theory]
    [InlineData("taxi-model", "champion", """{"version": 9}""", 400, "Alias 'champion' cannot point at version 9 of model 'taxi-model': it has no such version (its versions are numbered 1 to 2).")]
    [InlineData("taxi-model", "champion", "{}", 400, "version is missing: give the version alias 'champion' points at, such as {\"version\": 2}.")]
    [InlineData("taxi-model", "champion", """{"version": "two"}""", 400, "Failed to read parameter \"SetAliasRequest request\" from the request body as JSON.")]
    [InlineData("taxi-model", "latest", """{"version": 1}""", 400, "Alias 'latest' is reserved: it always means the highest version.")]
    [InlineData("taxi-model", "1st", """{"version": 1}""", 400, "Alias '1st' is not valid: use up to 200 letters, digits, '_' and '-', starting with a letter or '_'.")]
    [InlineData("other-model", "champion", """{"version": 1}""", 404, "Project '{key}' has no registered model 'other-model'.")]
    public async Task SetAlias_WithBadInput_AnswersOneMessageNamingIt_AndMovesNothing(string model, string alias, string body, int status, string detail)
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var (key, _) = await SeedAsync(server);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await server.Client.PutAsync($"/api/projects/{key}/models/{model}/aliases/{alias}", content);

        ((int)response.StatusCode).ShouldBe(status);
        (await Detail(response)).ShouldStartWith(detail.Replace("{key}", key, StringComparison.Ordinal));
        (await server.Client.GetFromJsonAsync<RegisteredModelView>($"/api/projects/{key}/models/{TrackingSeed.Model}", Json.Options))!
            .Aliases.ShouldBe(new Dictionary<string, int> { ["champion"] = 1 });
    }

    [Fact]
    public async Task UnknownModel_Is404ForTheModelItsVersionsAndItsAliases()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        var message = $"Project '{key}' has no registered model 'ghost'.";

        foreach (var response in new[]
                 {
                     await server.Client.GetAsync($"/api/projects/{key}/models/ghost"),
                     await server.Client.GetAsync($"/api/projects/{key}/models/ghost/versions"),
                     await server.Client.DeleteAsync($"/api/projects/{key}/models/ghost/aliases/champion"),
                 })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await Detail(response)).ShouldBe(message);
        }
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheExperimentAndRegistryEndpoints()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");

        var paths = (await server.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[]
                 {
                     "/api/projects/{project}/experiments/{experiment}/runs", "/api/projects/{project}/tracked-runs/{run}",
                     "/api/projects/{project}/tracked-runs/{run}/artifacts/{name}", "/api/projects/{project}/models/{model}/versions",
                     "/api/projects/{project}/models/{model}/aliases/{alias}",
                 })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        paths.GetProperty("/api/projects/{project}/models/{model}/aliases/{alias}").TryGetProperty("put", out _).ShouldBeTrue();
    }

    private static async Task<(string Key, SeededTracking Seed)> SeedAsync(RunningServer server)
    {
        var project = server.Workspace.Projects[0];
        return (project.Key, await TrackingSeed.SeedAsync(project.Project));
    }

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
}
