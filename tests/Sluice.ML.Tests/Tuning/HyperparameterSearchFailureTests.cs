using Sluice.ML.Tuning;

namespace Sluice.ML.Tests.Tuning;

public sealed class HyperparameterSearchFailureTests
{
    private static readonly SearchSpace Space = SearchSpace.Empty.Uniform("x", -5, 5);

    private static readonly HyperparameterSearchOptions Options = new() { MaxEvaluations = 6, Seed = 7, StartupTrials = 3 };

    [Fact]
    public async Task Minimize_WhenATrialThrows_RecordsItAsFailedAndGoesOn()
    {
        var boom = new InvalidOperationException("LightGBM ran out of memory");
        var search = new HyperparameterSearch(Space, Options);

        var result = await search.MinimizeAsync((trial, _) =>
            trial.Number == 2 ? throw boom : ValueTask.FromResult(Math.Abs(trial.GetDouble("x"))));

        result.Trials.Count.ShouldBe(6);
        var failed = result.Trials[1];
        failed.Status.ShouldBe(TrialStatus.Failed);
        failed.Error.ShouldBeSameAs(boom);
        double.IsNaN(failed.Loss).ShouldBeTrue();
        result.Trials.Where(trial => trial.Trial.Number != 2).ShouldAllBe(trial => trial.Status == TrialStatus.Ok && trial.Error == null);
        result.Best.Status.ShouldBe(TrialStatus.Ok);
    }

    [Fact]
    public async Task Minimize_WhenTheObjectiveReturnsNaN_RecordsAFailureSayingSo()
    {
        var search = new HyperparameterSearch(Space, Options);

        var result = await search.MinimizeAsync((trial, _) => ValueTask.FromResult(trial.Number == 1 ? double.NaN : 1.0));

        result.Trials[0].Status.ShouldBe(TrialStatus.Failed);
        result.Trials[0].Error!.Message.ShouldContain("The objective returned NaN for trial 1: x=");
        result.Trials[0].Error!.Message.ShouldContain("a loss must be a finite number");
        result.Best.Trial.Number.ShouldBe(2);
    }

    [Fact]
    public async Task Minimize_WhenEveryTrialFails_ThrowsWithAllTrialsAndTheFirstError()
    {
        var search = new HyperparameterSearch(Space, Options);

        var error = await Should.ThrowAsync<SearchFailedException>(() => search.MinimizeAsync(
            (trial, _) => throw new ArgumentException($"bad trial {trial.Number}")));

        error.Message.ShouldBe("All 6 trials of the search failed. The first: bad trial 1");
        error.InnerException!.Message.ShouldBe("bad trial 1");
        error.Trials.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Tpe_LearnsOnlyFromSuccessfulTrials()
    {
        // Trials with x > 2 fail. TPE must keep sampling at random until StartupTrials trials have succeeded, so its
        // trials match random search's up to the one that brings the third success, and differ from the next one on.
        var options = Options with { MaxEvaluations = 20 };
        static ValueTask<double> Objective(Trial trial, CancellationToken _) =>
            trial.GetDouble("x") > 2 ? throw new InvalidOperationException("diverged") : ValueTask.FromResult(trial.GetDouble("x"));

        var tpe = await new HyperparameterSearch(Space, options).MinimizeAsync(Objective);
        var random = await new HyperparameterSearch(Space, options with { Sampler = SearchSampler.Random }).MinimizeAsync(Objective);

        int thirdSuccess = tpe.Trials.Where(t => t.Status == TrialStatus.Ok).Skip(2).First().Trial.Number;
        tpe.Trials.Count(t => t.Trial.Number < thirdSuccess && t.Status == TrialStatus.Failed).ShouldBeGreaterThan(0);
        tpe.Trials.Take(thirdSuccess).Select(t => t.Trial).ShouldBe(random.Trials.Take(thirdSuccess).Select(t => t.Trial));
        tpe.Trials[thirdSuccess].Trial.ShouldNotBe(random.Trials[thirdSuccess].Trial);
    }

    [Fact]
    public async Task Minimize_WhenCancelled_StopsAndThrows()
    {
        using var cancellation = new CancellationTokenSource();
        int calls = 0;
        var search = new HyperparameterSearch(Space, Options);

        await Should.ThrowAsync<OperationCanceledException>(() => search.MinimizeAsync(
            (trial, token) =>
            {
                calls++;
                if (trial.Number == 2)
                {
                    cancellation.Cancel();
                    token.ThrowIfCancellationRequested();
                }

                return ValueTask.FromResult(1.0);
            },
            cancellationToken: cancellation.Token));

        calls.ShouldBe(2);
    }

    [Fact]
    public async Task Minimize_WhenTheObjectiveCancelsItselfWithoutTheToken_CountsAFailure()
    {
        var search = new HyperparameterSearch(Space, Options);

        var result = await search.MinimizeAsync((trial, _) =>
            trial.Number == 1 ? throw new TaskCanceledException("fit timed out") : ValueTask.FromResult(1.0));

        result.Trials[0].Status.ShouldBe(TrialStatus.Failed);
        result.Trials[0].Error.ShouldBeOfType<TaskCanceledException>();
    }
}
