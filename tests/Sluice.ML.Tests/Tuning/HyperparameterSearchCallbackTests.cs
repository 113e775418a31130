using Microsoft.Extensions.Time.Testing;
using Sluice.ML.Tuning;

namespace Sluice.ML.Tests.Tuning;

public sealed class HyperparameterSearchCallbackTests
{
    private static readonly SearchSpace Space = SearchSpace.Empty.Uniform("x", -5, 5).Choice("trainer", "sdca", "lightgbm");

    private static readonly HyperparameterSearchOptions Options = new() { MaxEvaluations = 5, Seed = 7, StartupTrials = 2 };

    [Fact]
    public async Task Minimize_ReportsEachTrialBeforeTheNextStarts()
    {
        var reported = new List<TrialResult>();
        int evaluated = 0;
        var search = new HyperparameterSearch(Space, Options);

        var result = await search.MinimizeAsync(
            (trial, _) =>
            {
                evaluated++;
                reported.Count.ShouldBe(trial.Number - 1);
                return ValueTask.FromResult(trial.GetDouble("x"));
            },
            (trial, _) =>
            {
                evaluated.ShouldBe(trial.Trial.Number);
                reported.Add(trial);
                return ValueTask.CompletedTask;
            });

        reported.ShouldBe(result.Trials);
    }

    [Fact]
    public async Task Minimize_WhenTheCallbackThrows_EndsTheSearch()
    {
        int evaluated = 0;
        var search = new HyperparameterSearch(Space, Options);

        var error = await Should.ThrowAsync<IOException>(() => search.MinimizeAsync(
            (_, _) => ValueTask.FromResult((double)++evaluated),
            (_, _) => throw new IOException("tracking store is read-only")));

        error.Message.ShouldBe("tracking store is read-only");
        evaluated.ShouldBe(1);
    }

    [Fact]
    public async Task Minimize_TimesEachTrialWithTheTimeProvider()
    {
        var time = new FakeTimeProvider();
        var search = new HyperparameterSearch(Space, Options, time);

        var result = await search.MinimizeAsync((trial, _) =>
        {
            time.Advance(TimeSpan.FromSeconds(trial.Number));
            return ValueTask.FromResult(1.0);
        });

        result.Trials.Select(trial => trial.Elapsed.TotalSeconds).ShouldBe([1, 2, 3, 4, 5]);
    }

    public static TheoryData<HyperparameterSearchOptions, string> BadOptions => new()
    {
        { Options with { MaxEvaluations = 0 }, "Search option MaxEvaluations must be at least 1, not 0." },
        { Options with { StartupTrials = 0 }, "Search option StartupTrials must be at least 1, not 0." },
        { Options with { Candidates = -1 }, "Search option Candidates must be at least 1, not -1." },
        { Options with { Gamma = 1 }, "Search option Gamma must be between 0 and 1 exclusive, not 1." },
        { Options with { Gamma = double.NaN }, "Search option Gamma must be between 0 and 1 exclusive, not NaN." },
        { Options with { Sampler = (SearchSampler)9 }, "Search option Sampler must be Random or Tpe, not 9." },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Creating_WithABadOption_NamesIt(HyperparameterSearchOptions options, string message)
    {
        var error = Should.Throw<ArgumentException>(() => new HyperparameterSearch(Space, options));

        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public void Creating_WithAnEmptySpace_SaysSo()
    {
        var error = Should.Throw<ArgumentException>(() => new HyperparameterSearch(SearchSpace.Empty, Options));

        error.Message.ShouldStartWith("The search space is empty: declare at least one parameter.");
    }
}
