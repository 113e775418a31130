
namespace Sluice.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sluice-cli-tests", Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_root);

    private static async Task<(int Code, string Out, string Error)> SluiceAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await SluiceCli.RunAsync(args, new CliConsole(output, error, Interactive: false));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task InitNewPipelineNewBlockAndRun_MakeAProjectThatRunsItsTemplates()
    {
        var project = Path.Combine(_root, "demo");

        (await SluiceAsync("init", project)).Code.ShouldBe(ExitCodes.Success);
        (await SluiceAsync("new", "pipeline", "etl", "--project", project)).Code.ShouldBe(ExitCodes.Success);
        (await SluiceAsync("new", "block", "etl", "load", "--kind", "data_loader", "--project", project)).Code.ShouldBe(ExitCodes.Success);
        (await SluiceAsync("new", "block", "etl", "shape", "--kind", "transformer", "--upstream", "load", "--project", project)).Code.ShouldBe(ExitCodes.Success);
        (await SluiceAsync("new", "block", "etl", "save", "--kind", "data_exporter", "--upstream", "shape", "--project", project)).Code.ShouldBe(ExitCodes.Success);
        var run = await SluiceAsync("run", "etl", "--project", project);

        run.Error.ShouldBeEmpty();
        run.Code.ShouldBe(ExitCodes.Success, run.Out);
        run.Out.ShouldContain("[load] started (attempt 1)");
        run.Out.ShouldContain(": Completed");
        File.Exists(Path.Combine(project, "data_loaders", "load.cs")).ShouldBeTrue();
    }

    [Fact]
    public async Task Run_OnATerminal_DrawsTheLiveTableAndEndsWithTheSummary()
    {
        var project = await ProjectWithBlockAsync("load", "data_loader");
        using var output = new StringWriter();

        var code = await SluiceCli.RunAsync(["run", "etl", "--project", project], new CliConsole(output, TextWriter.Null, Interactive: true));

        code.ShouldBe(ExitCodes.Success);
        var text = output.ToString();
        text.ShouldContain("│ load");
        text.ShouldContain("Completed");
        text.ShouldContain("1/1 passed");
    }

    [Fact]
    public async Task Run_CancelledBeforeItStarts_SaysSoWithExitCode130_AndRecordsNoRun()
    {
        var project = await ProjectWithBlockAsync("load", "data_loader");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var error = new StringWriter();

        var code = await SluiceCli.RunAsync(
            ["run", "etl", "--project", project], new CliConsole(TextWriter.Null, error, Interactive: false), cancelled.Token);

        code.ShouldBe(ExitCodes.Cancelled);
        error.ToString().Trim().ShouldBe("Cancelled before the run started.");
        (await SluiceAsync("runs", "--project", project)).Out.ShouldContain("(0 runs)");
    }

    [Fact]
    public async Task Run_WhenAVarHasNoEqualsSign_SaysHowToWriteIt_AndRunsNothing()
    {
        var project = Path.Combine(_root, "demo");
        await SluiceAsync("init", project);

        var run = await SluiceAsync("run", "etl", "--var", "year2024", "--project", project);

        run.Code.ShouldBe(ExitCodes.UsageError);
        run.Error.Trim().ShouldBe("error: --var 'year2024' has no key=value form; write it as --var name=value (e.g. --var year=2024).");
        Directory.Exists(Path.Combine(project, ".sluice", "outputs")).ShouldBeFalse();
    }

    [Fact]
    public async Task Run_WhenThePipelineDoesNotExist_GivesOneLineAndUsageExitCode()
    {
        var project = Path.Combine(_root, "demo");
        await SluiceAsync("init", project);

        var run = await SluiceAsync("run", "nothing_here", "--project", project);

        run.Code.ShouldBe(ExitCodes.UsageError);
        run.Error.ShouldStartWith("error: ");
        run.Error.ShouldContain("nothing_here");
        run.Error.Trim().ShouldNotContain("\n");
    }

    [Fact]
    public async Task Run_FromAFolderInsideTheProject_FindsTheProjectAbove()
    {
        var project = await ProjectWithBlockAsync("load", "data_loader");

        var run = await SluiceAsync("run", "etl", "--project", Path.Combine(project, "data_loaders"));

        run.Code.ShouldBe(ExitCodes.Success, run.Error);
        Directory.Exists(Path.Combine(project, ".sluice", "outputs", "etl")).ShouldBeTrue();
        Directory.Exists(Path.Combine(project, "data_loaders", ".sluice")).ShouldBeFalse();
    }

    [Fact]
    public async Task Run_WhenTheFolderIsNotAProject_SaysSo()
    {
        var run = await SluiceAsync("runs", "--project", _root);

        run.Code.ShouldBe(ExitCodes.UsageError);
        run.Error.ShouldContain("is not a Sluice project");
    }

    [Fact]
    public async Task RunsAndLogs_ListTheRunAndItsLines()
    {
        var project = await ProjectWithBlockAsync("load", "data_loader");
        await SluiceAsync("run", "etl", "--project", project);
        await SluiceAsync("run", "etl", "--project", project);

        var runs = await SluiceAsync("runs", "--project", project, "--page-size", "1");
        runs.Code.ShouldBe(ExitCodes.Success);
        runs.Out.ShouldContain("page 1 of 2 (2 runs)");
        var runId = runs.Out.Split('\n')[1].Trim().Split(' ')[0];

        var logs = await SluiceAsync("logs", runId[..12], "--project", project);
        logs.Code.ShouldBe(ExitCodes.Success, logs.Error);
        logs.Out.ShouldContain("[load#1]");
    }

    [Fact]
    public async Task Test_WhenABlockTestFails_ReportsItAndExitsWithFailure()
    {
        var project = await ProjectWithBlockAsync("check", "custom");
        File.WriteAllText(Path.Combine(project, "custom", "check.cs"), """
            public static class Check
            {
                [Custom]
                public static int Run() => 41;

                [BlockTest]
                public static void IsTheAnswer(int value) => BlockAssert.Equal(42, value, "The answer");
            }
            """);

        var test = await SluiceAsync("test", "etl", "--project", project);

        test.Code.ShouldBe(ExitCodes.RunFailed);
        test.Out.ShouldContain("FAIL check.IsTheAnswer: The answer: expected 42, but was 41");
        test.Out.ShouldContain("0 passed, 1 failed");
    }

    [Fact]
    public async Task Clean_WhenTheDurationIsBad_SaysWhatItExpects()
    {
        var project = Path.Combine(_root, "demo");
        await SluiceAsync("init", project);

        var clean = await SluiceAsync("clean", "--older-than", "soon", "--project", project);

        clean.Code.ShouldBe(ExitCodes.UsageError);
        clean.Error.ShouldContain("--older-than 'soon' is not a duration");
    }

    // A new project with pipeline 'etl' holding one block of the given kind, made through the CLI itself.
    private async Task<string> ProjectWithBlockAsync(string block, string kind)
    {
        var project = Path.Combine(_root, "demo");
        (await SluiceAsync("init", project)).Code.ShouldBe(ExitCodes.Success);
        (await SluiceAsync("new", "pipeline", "etl", "--project", project)).Code.ShouldBe(ExitCodes.Success);
        (await SluiceAsync("new", "block", "etl", block, "--kind", kind, "--project", project)).Code.ShouldBe(ExitCodes.Success);
        return project;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder is not worth a failed test.
        }
    }
}
