using System.Net;
using System.Text.Json;

using Sluice.Core;
using Sluice.Server.Pipelines;
using Sluice.Server.Runs;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class DataProductApiTests
{
    [Fact]
    public async Task Pipeline_ShowsTheDataProductBlock_WithoutAFile_AndRefusesToReadItsSource()
    {
        await using var server = await RunningServer.StartAsync(DataProductExample.Create());
        var key = server.Workspace.Projects[0].Key;

        var pipeline = await server.Client.GetFromJsonAsync<PipelineView>($"/api/projects/{key}/pipelines/report", Json.Options);
        var source = await server.Client.GetAsync(new Uri($"/api/projects/{key}/pipelines/report/blocks/totals/source", UriKind.Relative));

        var block = pipeline!.Blocks[0];
        (block.Name, block.Kind, block.File, block.DataProduct).ShouldBe(("totals", "data_product", string.Empty, "totals"));
        pipeline.Blocks[1].DataProduct.ShouldBeNull();
        source.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await source.Content.ReadAsStringAsync()).ShouldContain("Block 'totals' reuses data product 'totals' and has no source file");
    }

    [Fact]
    public async Task RunOnce_OfAConsumer_RecordsTheProductsRecomputationAsARunOfItsOwn()
    {
        await using var server = await RunningServer.StartAsync(DataProductExample.Create());
        var key = server.Workspace.Projects[0].Key;

        var started = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/report/runs", new { });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var details = await server.WaitForRunAsync(key, id);

        details.Run.Status.ShouldBe(RunStatus.Completed, details.Run.Error);
        var runs = await server.Client.GetFromJsonAsync<Page<RunView>>($"/api/projects/{key}/runs", Json.Options);
        runs!.Items.Select(r => (r.Pipeline, r.Status)).ShouldBe(
            [("report", RunStatus.Completed), ("daily_sales", RunStatus.Completed)], ignoreOrder: true);
    }
}
