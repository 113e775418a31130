using System.Net;
using System.Text.Json;

using Sluice.Core;
using Sluice.Server.Pipelines;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class PipelinesApiTests
{
    [Fact]
    public async Task ListPipelines_OfQuickstart_ShowsDailySalesWithItsBlocks()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var page = await server.Client.GetFromJsonAsync<Page<PipelineSummary>>($"/api/projects/{key}/pipelines", Json.Options);

        page!.Total.ShouldBe(1);
        page.Items[0].Name.ShouldBe("daily_sales");
        page.Items[0].Blocks.ShouldBeGreaterThan(2);
        page.Items[0].LastRun.ShouldBeNull();
    }

    [Fact]
    public async Task CreatePipeline_ThenDelete_LeavesNoPipelineFolder()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var created = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines", new { name = "scratch", description = "try things" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        Directory.Exists(Path.Combine(server.Folder, "pipelines", "scratch")).ShouldBeTrue();

        var deleted = await server.Client.DeleteAsync($"/api/projects/{key}/pipelines/scratch");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Directory.Exists(Path.Combine(server.Folder, "pipelines", "scratch")).ShouldBeFalse();
    }

    [Fact]
    public async Task CreatePipeline_WithBadName_Answers400NamingTheRule()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var response = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines", new { name = "../evil" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString()!.ShouldContain("'../evil' is not a valid pipeline name");
        Directory.Exists(Path.Combine(server.Folder, "evil")).ShouldBeFalse();
    }

    [Fact]
    public async Task MalformedJson_Answers400WithTheReadersMessage()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        using var body = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await server.Client.PostAsync($"/api/projects/{key}/pipelines", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString()!.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task UnknownProject_Answers404NamingIt()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");

        var response = await server.Client.GetAsync("/api/projects/nope/pipelines");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("no open project 'nope'");
    }

    [Fact]
    public async Task OpenApiDocument_IsServedAndDescribesTheRunsEndpoint()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");

        var document = await server.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("paths").TryGetProperty("/api/projects/{project}/runs", out _).ShouldBeTrue();
        (await server.Client.GetAsync("/scalar/v1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
