using System.Globalization;

using Microsoft.Playwright;

using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Server.Editor;
using Sluice.Server.Workspace;

namespace Sluice.Benchmarks;

/// <summary>
/// (g) In the open 50-block editor, type a change into one block's Monaco editor, pause, and click its Run button
/// (which saves, then runs the block alone on its upstream blocks' stored outputs): from the click to the server's
/// BlockStarted for it, both on one stopwatch. Baseline: what the click makes the server do, without the browser:
/// save the edited source (PipelineEditor.SaveBlockSource) and BlockRunner.RunAsync, to BlockStarted. Target: within
/// 300 ms of the click.
/// </summary>
internal sealed class EditorRerunScenario : IScenario
{
    private const string Block = "b27";
    private const int Warmup = 2;
    private const int Rounds = 11;

    public async Task<ScenarioResult> RunAsync()
    {
        await using var host = await EditorHost.StartAsync(EditorProject.Write());
        var handle = host.Workspace.Get(EditorProject.Name);
        await host.RunPipelineAsync(EditorProject.Wide);
        var (page, _) = await EditorPage.OpenAsync(host, EditorProject.Wide, EditorProject.Blocks, EditorProject.Edges);
        var clicked = await Measure.MedianOfReportedAsync(Warmup, Rounds, round => ClickRunAsync(page, handle, round));
        await page.CloseAsync();
        var direct = await Measure.MedianOfReportedAsync(Warmup, Rounds, round => RunDirectlyAsync(handle, round));
        return new ScenarioResult(
            "(g) editor: type an edit, click Run -> starts",
            clicked,
            direct,
            string.Create(CultureInfo.InvariantCulture, $"{clicked.TotalMilliseconds:0} ms click to start"),
            "<= 300 ms",
            clicked <= TimeSpan.FromMilliseconds(300));
    }

    private static async Task<TimeSpan> ClickRunAsync(IPage page, ProjectHandle handle, int round)
    {
        var panel = page.GetByTestId($"block-{Block}");
        var run = page.GetByTestId($"run-{Block}");
        await run.EvaluateAsync("b => b.scrollIntoView({ block: 'center' })");
        await panel.Locator(".monaco-editor .view-lines").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        var edit = string.Create(CultureInfo.InvariantCulture, $"// edit {round}");
        await page.Keyboard.TypeAsync(edit + "\n");
        await Assertions.Expect(page.GetByTestId($"save-{Block}")).ToBeEnabledAsync();

        // A user's pause before the click, which also lets the as-you-type diagnostics (250 ms after the last key) end.
        await Task.Delay(1000);
        var box = await run.BoundingBoxAsync() ?? throw new InvalidOperationException($"run-{Block} is not on the page.");
        using var watch = new FeedWatch(handle.Runs.Feed, Block);
        watch.Watch.Start();
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var started = await watch.StartedAsync();
        await watch.EndedAsync();
        await Assertions.Expect(run).ToBeEnabledAsync();
        if (!File.ReadAllText(SourcePath(handle)).Contains(edit, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Run did not save the edit '{edit}' of {Block}.");
        }

        return started;
    }

    private static async Task<TimeSpan> RunDirectlyAsync(ProjectHandle handle, int round)
    {
        var pipeline = new PipelineId(EditorProject.Wide);
        var text = PipelineEditor.ReadBlockSource(handle.Project.Definition, pipeline, Block)
            + string.Create(CultureInfo.InvariantCulture, $"// direct {round}\n");
        using var watch = new FeedWatch(handle.Runs.Feed, Block);
        watch.Watch.Start();
        PipelineEditor.SaveBlockSource(handle.Project.Definition, pipeline, Block, text);
        var report = await BlockRunner.RunAsync(handle, EditorProject.Wide, Block);
        var started = await watch.StartedAsync();
        await watch.EndedAsync();
        if (report.BlockRun?.Status != BlockRunStatus.Completed)
        {
            throw new InvalidOperationException($"The direct run of {Block} ended {report.BlockRun?.Status}: {report.Error}");
        }

        return started;
    }

    private static string SourcePath(ProjectHandle handle) =>
        Path.Combine(handle.Root, "transformers", Block + ".cs");
}
