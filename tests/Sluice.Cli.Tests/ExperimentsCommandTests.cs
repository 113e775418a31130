using Sluice.Engine;
using Sluice.Server.Tests.Support;
using Sluice.Storage.Sqlite;

namespace Sluice.Cli.Tests;

public sealed class ExperimentsCommandTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sluice-cli-tests", Guid.NewGuid().ToString("N"));
    private string _project = string.Empty;
    private SeededTracking _seed = default!;

    [Fact]
    public async Task Experiments_ListsEachWithItsRunCount()
    {
        var list = await SluiceAsync("experiments");

        list.Code.ShouldBe(ExitCodes.Success, list.Error);
        var lines = Lines(list.Out);
        lines[0].ShouldStartWith("  experiment     runs  last run");
        lines[1].ShouldStartWith("  baseline       1");
        lines[2].ShouldStartWith("  taxi-duration  4");
        lines[2].ShouldEndWith(_seed.ExperimentId);
        lines[^1].ShouldBe("page 1 of 1 (2 experiments)");
    }

    [Fact]
    public async Task Runs_SortedByRmse_ListBestFirst_WithAColumnPerParamAndMetric()
    {
        var ascending = await SluiceAsync("experiments", "runs", "taxi-duration", "--sort", "rmse");
        var descending = await SluiceAsync("experiments", "runs", "taxi-duration", "--sort", "metrics.rmse", "--desc");
        var secondPage = await SluiceAsync("experiments", "runs", _seed.ExperimentId, "--sort", "rmse", "--page", "2", "--page-size", "3");

        ascending.Code.ShouldBe(ExitCodes.Success, ascending.Error);
        Lines(ascending.Out)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ShouldBe(["run", "name", "status", "started", "learning_rate", "trainer", "rmse"]);
        Names(ascending.Out).ShouldBe(["lgbm-b", "lgbm-a", "sdca", "diverged"]);
        Lines(ascending.Out)[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..].ShouldBe(["0.1", "lgbm", "5.3"]);
        Lines(ascending.Out)[^1].ShouldBe("page 1 of 1 (4 runs of taxi-duration, by metrics.rmse)");
        Names(descending.Out).ShouldBe(["sdca", "lgbm-a", "lgbm-b", "diverged"]);
        Names(secondPage.Out).ShouldBe(["diverged"]);
        Names((await SluiceAsync("experiments", "runs", "taxi-duration", "--sort", "params.learning_rate")).Out)
            .ShouldBe(["lgbm-b", "lgbm-a", "sdca", "diverged"]);
        Names((await SluiceAsync("experiments", "runs", "taxi-duration", "--status", "failed")).Out).ShouldBe(["sdca"]);
    }

    [Fact]
    public async Task Runs_OnATerminal_DrawATable()
    {
        using var output = new StringWriter();

        var code = await SluiceCli.RunAsync(
            ["experiments", "runs", "taxi-duration", "--project", _project], new CliConsole(output, TextWriter.Null, Interactive: true));

        code.ShouldBe(ExitCodes.Success);
        output.ToString().ShouldContain("│ lgbm-b");
        output.ToString().ShouldContain("╭");
    }

    [Theory]
    [InlineData("error: There is no experiment 'nope' in this project (see 'sluice experiments').", "experiments", "runs", "nope")]
    [InlineData("error: Cannot sort by 'metrics.': Metric key is empty; give it a name such as 'learning_rate'. Sort by metrics.<key>, params.<key> or start_time.",
        "experiments", "runs", "taxi-duration", "--sort", "metrics.")]
    [InlineData("error: --status 'done' is not a tracked run status; use Running, Finished, Failed, Killed.", "experiments", "runs", "taxi-duration", "--status", "done")]
    [InlineData("error: There is no tracked run '0123' in this project (see 'sluice experiments runs <experiment>').", "experiments", "show", "0123")]
    [InlineData("error: There is no registered model 'ghost' in this project (see 'sluice models').", "models", "versions", "ghost")]
    [InlineData("error: There is no registered model 'ghost' in this project (see 'sluice models').", "models", "alias", "ghost", "champion", "1")]
    [InlineData("error: Version 'two' is not a version number; versions count from 1 (see 'sluice models versions <name>').", "models", "alias", "taxi-model", "champion", "two")]
    [InlineData("error: Version '0' is not a version number; versions count from 1 (see 'sluice models versions <name>').", "models", "alias", "taxi-model", "champion", "0")]
    [InlineData("error: Alias 'champion' cannot point at version 9 of model 'taxi-model': it has no such version (its versions are numbered 1 to 2).",
        "models", "alias", "taxi-model", "champion", "9")]
    [InlineData("error: No version given: write 'sluice models alias <name> champion <version>', or add --delete to remove the alias.",
        "models", "alias", "taxi-model", "champion")]
    [InlineData("error: --delete removes alias 'champion' whatever version it points at; give no version ('2').", "models", "alias", "taxi-model", "champion", "2", "--delete")]
    [InlineData("error: Alias 'latest' is reserved: it always means the highest version.", "models", "alias", "taxi-model", "latest", "2")]
    [InlineData("error: Model 'taxi-model' has no alias 'challenger'.", "models", "alias", "taxi-model", "challenger", "--delete")]
    public async Task AMistake_IsOneErrorLine_WithUsageExitCode_AndChangesNothing(string message, params string[] args)
    {
        var result = await SluiceAsync(args);

        result.Code.ShouldBe(ExitCodes.UsageError);
        result.Error.TrimEnd().ShouldBe(message);
        (await SluiceAsync("models")).Out.ShouldContain("champion=v1");
    }

    [Fact]
    public async Task Show_GivesParamsMetricsTagsArtifactsAndHowToRegisterTheModel()
    {
        var id = _seed.Runs["lgbm-a"];

        var show = await SluiceAsync("experiments", "show", id);

        show.Code.ShouldBe(ExitCodes.Success, show.Error);
        var lines = Lines(show.Out);
        lines[0].ShouldBe($"Tracked run lgbm-a ({id}) of experiment taxi-duration: Finished");
        lines.ShouldContain("  learning_rate  0.1");
        lines.ShouldContain("  rmse    5.3     3");
        lines.ShouldContain("  owner  ana");
        lines.ShouldContain(l => l.StartsWith("  model/model.zip ", StringComparison.Ordinal));
        lines[^1].ShouldBe($"Model folder 'model': register it with 'sluice models register <model> {id}'.");
    }

    [Fact]
    public async Task Models_ListVersionsRegisterAndMoveTheChampionAlias()
    {
        Lines((await SluiceAsync("models")).Out)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..3].ShouldBe(["taxi-model", "2", "champion=v1"]);

        var registered = await SluiceAsync("models", "register", "taxi-model", _seed.Runs["lgbm-b"]);
        var moved = await SluiceAsync("models", "alias", "taxi-model", "champion", "3");
        var versions = await SluiceAsync("models", "versions", "taxi-model");

        registered.Out.Trim().ShouldBe($"Registered version 3 of model 'taxi-model' from tracked run lgbm-b ({_seed.Runs["lgbm-b"]}).");
        moved.Out.Trim().ShouldBe("Moved alias 'champion' of model 'taxi-model' from version 1 to version 3.");
        var rows = Lines(versions.Out);
        rows[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..2].ShouldBe(["3", "champion"]);
        rows[1].ShouldEndWith($"{_seed.Runs["lgbm-b"]}  x: float32 -> Score: float32");
        rows[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..2].ShouldBe(["1", "-"]);
        rows[^1].ShouldBe("page 1 of 1 (3 versions of taxi-model)");
        (await SluiceAsync("models", "alias", "taxi-model", "champion", "--delete")).Out.Trim()
            .ShouldBe("Deleted alias 'champion' of model 'taxi-model'.");
        Lines((await SluiceAsync("models")).Out)[1].ShouldContain("  -  ");
    }

    [Fact]
    public async Task Register_FromARunWithoutAModel_SaysWhatIsMissing()
    {
        var register = await SluiceAsync("models", "register", "taxi-model", _seed.Runs["sdca"]);

        register.Code.ShouldBe(ExitCodes.UsageError);
        register.Error.ShouldStartWith($"error: Tracked run {_seed.Runs["sdca"]} has no model artifact 'model': 'model/model.zip' is missing.");
    }

    [Fact]
    public async Task APipelineThatTrains_IsTrackedAndRegistered_AsTheCliShowsIt()
    {
        TrainingPipeline.AddTo(_project);

        var run = await SluiceAsync("run", "training");

        run.Code.ShouldBe(ExitCodes.Success, run.Out + run.Error);
        var runs = await SluiceAsync("experiments", "runs", "toy");
        Names(runs.Out).ShouldBe(["sdca"]);
        Lines(runs.Out)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[4..].ShouldBe(["iterations", "trainer", "loss", "rmse"]);
        var id = Lines(runs.Out)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        (await SluiceAsync("experiments", "show", id)).Out.ShouldContain("started by block train (attempt 1) of pipeline training, run ");
        Lines((await SluiceAsync("models", "versions", "toy-model")).Out)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..2]
            .ShouldBe(["1", "champion"]);
    }

    public async Task InitializeAsync()
    {
        _project = Path.Combine(_root, "demo");
        (await SluiceCli.RunAsync(["init", _project], new CliConsole(TextWriter.Null, TextWriter.Null, Interactive: false))).ShouldBe(ExitCodes.Success);
        await using var store = await SqliteMetadataStore.OpenAsync(Path.Combine(_project, ".sluice", "sluice.db"));
        using var project = SluiceProject.Open(_project, store);
        _seed = await TrackingSeed.SeedAsync(project);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder is not worth a failed test.
        }

        return Task.CompletedTask;
    }

    private async Task<(int Code, string Out, string Error)> SluiceAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await SluiceCli.RunAsync([.. args, "--project", _project], new CliConsole(output, error, Interactive: false));
        return (code, output.ToString(), error.ToString());
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];

    // The name column of a runs listing: the second word of every line between the header and the page line.
    private static List<string> Names(string text) =>
        [.. Lines(text)[1..^1].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])];
}
