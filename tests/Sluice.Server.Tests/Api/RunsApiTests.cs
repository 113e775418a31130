using System.Net;
using System.Text.Json;

using Sluice.Core;
using Sluice.Server.Editor;
using Sluice.Server.Runs;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class RunsApiTests
{
    [Fact]
    public async Task RunOnce_CompletesAndIsListedWithItsBlocksAndLogs()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var started = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/runs", new { variables = new { rows = 500 } });
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var details = await server.WaitForRunAsync(key, id);
        details.Run.Status.ShouldBe(RunStatus.Completed);
        details.Run.Variables["rows"].ShouldBe("500");
        details.Blocks.Select(b => b.Block).ShouldBe(["generate_sales", "clean_sales", "daily_totals", "export_totals"]);
        details.Blocks.ShouldAllBe(b => b.Status == BlockRunStatus.Completed);

        var runs = await server.Client.GetFromJsonAsync<Page<RunView>>($"/api/projects/{key}/runs?status=Completed", Json.Options);
        runs!.Items.Select(r => r.Id).ShouldContain(id);
        var failed = await server.Client.GetFromJsonAsync<Page<RunView>>($"/api/projects/{key}/runs?status=Failed", Json.Options);
        failed!.Total.ShouldBe(0);

        var logs = await server.Client.GetFromJsonAsync<Page<LogLineView>>($"/api/projects/{key}/runs/{id}/logs?size=200", Json.Options);
        logs!.Items.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Retry_OfARunWithoutFailures_Answers400()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        var started = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/runs", new { });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await server.WaitForRunAsync(key, id);

        var retry = await server.Client.PostAsync($"/api/projects/{key}/runs/{id}/retry", null);

        retry.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await retry.Content.ReadAsStringAsync()).ShouldContain("no failed or cancelled block");
        var cancel = await server.Client.PostAsync($"/api/projects/{key}/runs/{id}/cancel", null);
        cancel.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RetryFromFailedBlock_RunsThatBlockAndDownstreamOnly()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        var source = Path.Combine(server.Folder, "transformers", "daily_totals.cs");
        var original = await File.ReadAllTextAsync(source);
        await File.WriteAllTextAsync(source, original.Replace(
            "=> DailyTotals.Compute(sales);", "=> throw new InvalidOperationException(\"boom\");", StringComparison.Ordinal));
        var first = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/runs", new { });
        var failedId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var failed = await server.WaitForRunAsync(key, failedId);
        failed.Run.Status.ShouldBe(RunStatus.Failed);
        failed.Blocks.Single(b => b.Block == "daily_totals").Error!.ShouldContain("boom");

        await File.WriteAllTextAsync(source, original);
        var retry = await server.Client.PostAsync($"/api/projects/{key}/runs/{failedId}/retry", null);
        retry.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var retriedId = (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var retried = await server.WaitForRunAsync(key, retriedId);

        retried.Run.Status.ShouldBe(RunStatus.Completed);
        retried.Blocks.Select(b => b.Block).ShouldBe(["daily_totals", "export_totals"]);
    }

    [Fact]
    public async Task BlockRun_ReturnsItsTableOutputPaged()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;

        var response = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/blocks/generate_sales/run", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await response.Content.ReadFromJsonAsync<BlockRunReport>(Json.Options);
        report!.BlockRun!.Status.ShouldBe(BlockRunStatus.Completed);
        var table = report.Outputs.Single().Table!;
        table.TotalRows.ShouldBe(10_000);
        table.Rows.Count.ShouldBe(20);

        var page = await server.Client.GetFromJsonAsync<JsonElement>(
            $"/api/projects/{key}/pipelines/daily_sales/blocks/generate_sales/output?offset=9990&limit=50");
        page.GetProperty("outputs")[0].GetProperty("table").GetProperty("rows").GetArrayLength().ShouldBe(10);
    }

    [Fact]
    public async Task BlockRun_WithCompileError_ReportsFileLineAndColumnAndRunsNothing()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        var source = Path.Combine(server.Folder, "transformers", "clean_sales.cs");
        await File.WriteAllTextAsync(source, (await File.ReadAllTextAsync(source)).Replace(
            "var keep = new bool[stores.Length];", "int keep = \"text\";", StringComparison.Ordinal));

        var response = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/blocks/clean_sales/run", new { });

        var report = await response.Content.ReadFromJsonAsync<BlockRunReport>(Json.Options);
        report!.Run.ShouldBeNull();
        var problem = report.CompileErrors.First(p => p.Severity == "error");
        problem.File.ShouldBe("transformers/clean_sales.cs");
        (problem.Id, problem.Line, problem.Column).ShouldBe(("CS0029", 17, 20));
        var runs = await server.Client.GetFromJsonAsync<Page<RunView>>($"/api/projects/{key}/runs", Json.Options);
        runs!.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Cancel_OfARunningRun_EndsItCancelled()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines", new { name = "slow" });
        await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/slow/blocks", new { name = "wait", kind = "custom" });
        var saved = await server.Client.PutAsJsonAsync($"/api/projects/{key}/pipelines/slow/blocks/wait/source", new
        {
            source = """
                namespace Slow;

                public static class Wait
                {
                    [Custom]
                    public static async Task<int> Run(BlockContext context)
                    {
                        await Task.Delay(TimeSpan.FromMinutes(5), context.CancellationToken);
                        return 1;
                    }
                }
                """,
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var started = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/slow/runs", new { });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        for (var i = 0; i < 200 && (await server.Client.GetFromJsonAsync<RunDetails>($"/api/projects/{key}/runs/{id}", Json.Options))!
                 .Blocks.All(b => b.Status != BlockRunStatus.Running); i++)
        {
            await Task.Delay(50);
        }

        var cancel = await server.Client.PostAsync($"/api/projects/{key}/runs/{id}/cancel", null);

        cancel.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var details = await server.WaitForRunAsync(key, id);
        details.Run.Status.ShouldBe(RunStatus.Cancelled);
        details.Blocks.Single().Status.ShouldBe(BlockRunStatus.Cancelled);
    }
}
