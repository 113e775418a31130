using System.Net;
using System.Text.Json;

using Sluice.Core;
using Sluice.Server.Pipelines;
using Sluice.Server.Runs;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

/// <summary>The API in-process through WebApplicationFactory; the other API tests talk to a real Kestrel port.</summary>
public sealed class InProcessApiTests
{
    [Fact]
    public async Task Pipelines_AreListedWithTheirBlocks()
    {
        await using var factory = SluiceApiFactory.ForExample("quickstart");
        using var client = factory.CreateClient();

        var projects = await client.GetFromJsonAsync<JsonElement>("/api/projects");
        var key = projects[0].GetProperty("key").GetString()!;
        var page = await client.GetFromJsonAsync<Page<PipelineSummary>>($"/api/projects/{key}/pipelines", Json.Options);

        page!.Items.ShouldHaveSingleItem().Name.ShouldBe("daily_sales");
        page.Items[0].Blocks.ShouldBe(4);
    }

    [Fact]
    public async Task RunOnce_CompletesWithEveryBlock()
    {
        await using var factory = SluiceApiFactory.ForExample("quickstart");
        using var client = factory.CreateClient();
        var key = (await client.GetFromJsonAsync<JsonElement>("/api/projects"))[0].GetProperty("key").GetString()!;

        var started = await client.PostAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/runs", new { variables = new { rows = 300 } });
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        RunDetails? details = null;
        for (var i = 0; i < 600 && details?.Run.Status is null or RunStatus.Queued or RunStatus.Running; i++)
        {
            await Task.Delay(100);
            details = await client.GetFromJsonAsync<RunDetails>($"/api/projects/{key}/runs/{id}", Json.Options);
        }

        details!.Run.Status.ShouldBe(RunStatus.Completed);
        details.Blocks.Count.ShouldBe(4);
    }

    [Fact]
    public async Task UnknownPipeline_Answers404_AndEmptyBody400()
    {
        await using var factory = SluiceApiFactory.ForExample("quickstart");
        using var client = factory.CreateClient();
        var key = (await client.GetFromJsonAsync<JsonElement>("/api/projects"))[0].GetProperty("key").GetString()!;

        (await client.GetAsync($"/api/projects/{key}/pipelines/nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var empty = new StringContent(string.Empty, System.Text.Encoding.UTF8, "application/json");
        (await client.PostAsync($"/api/projects/{key}/pipelines", empty)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
