using System.Net;

using Sluice.Server.Pipelines;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class EditorApiTests
{
    [Fact]
    public async Task AddBlock_FromTemplate_WritesItsFileAndPipelineYaml()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var response = await server.Client.PostAsJsonAsync(
            $"/api/projects/{key}/pipelines/daily_sales/blocks", new { name = "audit", kind = "custom", upstream = new[] { "daily_totals" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pipeline = await response.Content.ReadFromJsonAsync<PipelineView>(Json.Options);
        pipeline!.Blocks[^1].ShouldBe(new BlockView("audit", "custom", "custom/audit.cs", ["daily_totals"]), new BlockViewComparer());
        File.Exists(Path.Combine(server.Folder, "custom", "audit.cs")).ShouldBeTrue();
    }

    [Fact]
    public async Task EdgeThatMakesACycle_IsRefusedAndPipelineYamlIsUnchanged()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        var yaml = Path.Combine(server.Folder, "pipelines", "daily_sales", "pipeline.yaml");
        var before = await File.ReadAllBytesAsync(yaml);

        var response = await server.Client.PatchAsJsonAsync(
            $"/api/projects/{key}/pipelines/daily_sales/blocks/generate_sales", new { upstream = new[] { "export_totals" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("->");
        (await File.ReadAllBytesAsync(yaml)).ShouldBe(before);
    }

    [Fact]
    public async Task RenameToAPathOutsideTheProject_IsRefused()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var response = await server.Client.PatchAsJsonAsync(
            $"/api/projects/{key}/pipelines/daily_sales/blocks/clean_sales", new { name = "../../outside" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        File.Exists(Path.Combine(server.Folder, "transformers", "clean_sales.cs")).ShouldBeTrue();
        File.Exists(Path.GetFullPath(Path.Combine(server.Folder, "..", "outside.cs"))).ShouldBeFalse();
    }

    [Fact]
    public async Task DuplicateBlockName_IsRefused()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var response = await server.Client.PostAsJsonAsync(
            $"/api/projects/{key}/pipelines/daily_sales/blocks", new { name = "clean_sales", kind = "transformer" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("already has a block named 'clean_sales'");
    }

    [Fact]
    public async Task SaveCharts_WithAFilterThatDoesNotRead_IsRefusedNamingThePlace()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        var yaml = Path.Combine(server.Folder, "pipelines", "daily_sales", "pipeline.yaml");
        var before = await File.ReadAllBytesAsync(yaml);

        var response = await server.Client.PutAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/charts", new
        {
            charts = new[] { new { block = "clean_sales", kind = "Histogram", column = "quantity", buckets = 10, filter = "quantity <=" } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("at column 12");
        (await File.ReadAllBytesAsync(yaml)).ShouldBe(before);
    }

    [Fact]
    public async Task SaveCharts_ThenComputeIt_SendsOnlyTheBins()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        (await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/blocks/generate_sales/run", new { }))
            .EnsureSuccessStatusCode();
        var saved = await server.Client.PutAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/charts", new
        {
            charts = new[] { new { block = "generate_sales", kind = "Histogram", column = "quantity", buckets = 5 } },
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);

        var chart = await server.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/projects/{key}/pipelines/daily_sales/charts/0");

        var values = chart.GetProperty("series").GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToList();
        values.Count.ShouldBe(5);
        chart.GetProperty("note").GetString()!.ShouldContain("in 5 buckets");
        (await File.ReadAllTextAsync(Path.Combine(server.Folder, "pipelines", "daily_sales", "pipeline.yaml"))).ShouldContain("charts:");
    }

    private sealed class BlockViewComparer : IEqualityComparer<BlockView>
    {
        public bool Equals(BlockView? x, BlockView? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Kind == y.Kind && x.File == y.File && x.Upstream.SequenceEqual(y.Upstream);

        public int GetHashCode(BlockView obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
