namespace Sluice.ML.Tuning;

/// <summary>
/// Minimizes an objective over a <see cref="SearchSpace"/> with a fixed budget, like hyperopt's <c>fmin</c>. Trials run
/// one after another, each proposed from the results before it, so the same space, options and objective give the
/// same trials on every run: parallel trials would make TPE's proposals depend on which finished first.
/// </summary>
public sealed partial class HyperparameterSearch
{
    private readonly TimeProvider _time;

    /// <summary>Prepares a search; nothing runs until <see cref="MinimizeAsync"/>.</summary>
    /// <exception cref="ArgumentException">The space is empty or an option is out of range; the message names it.</exception>
    public HyperparameterSearch(SearchSpace space, HyperparameterSearchOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(options);
        if (space.Parameters.Count == 0)
        {
            throw new ArgumentException("The search space is empty: declare at least one parameter.", nameof(space));
        }

        if (options.Problem() is string problem)
        {
            throw new ArgumentException($"Search option {problem}.", nameof(options));
        }

        Space = space;
        Options = options;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The parameters searched.</summary>
    public SearchSpace Space { get; }

    /// <summary>Budget, seed and sampler.</summary>
    public HyperparameterSearchOptions Options { get; }

    /// <summary>
    /// Runs <see cref="HyperparameterSearchOptions.MaxEvaluations"/> trials of <paramref name="objective"/> (lower
    /// loss is better) and returns them all with the best. A trial whose objective throws, or returns NaN or an
    /// infinity, is recorded as <see cref="TrialStatus.Failed"/> with its error and the search goes on (hyperopt's
    /// STATUS_FAIL): it uses up budget but TPE learns only from successful trials.
    /// </summary>
    /// <param name="objective">Evaluates one trial; it receives <paramref name="cancellationToken"/>.</param>
    /// <param name="trialCompleted">
    /// Called after each trial, before the next starts (e.g. to log it as an experiment run). Its exceptions are not
    /// trial failures: they end the search.
    /// </param>
    /// <param name="cancellationToken">Stops the search between trials, or inside an objective that observes it.</param>
    /// <exception cref="SearchFailedException">Every trial failed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<SearchResult> MinimizeAsync(
        Func<Trial, CancellationToken, ValueTask<double>> objective,
        Func<TrialResult, CancellationToken, ValueTask>? trialCompleted = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var master = new Random(Options.Seed);
        var results = new List<TrialResult>(Options.MaxEvaluations);
        for (int number = 1; number <= Options.MaxEvaluations; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Each trial draws from its own generator, seeded from the search's, so a trial's values do not depend
            // on how many numbers earlier proposals consumed: TPE's startup trials equal random search's.
            var trial = Propose(number, results, new Random(master.Next()));
            var result = await EvaluateAsync(trial, objective, cancellationToken);
            results.Add(result);
            if (trialCompleted is not null)
            {
                await trialCompleted(result, cancellationToken);
            }
        }

        var best = results.Where(result => result.Status == TrialStatus.Ok).MinBy(result => result.Loss)
            ?? throw new SearchFailedException(results);
        return new SearchResult(results, best);
    }

    private async Task<TrialResult> EvaluateAsync(
        Trial trial, Func<Trial, CancellationToken, ValueTask<double>> objective, CancellationToken cancellationToken)
    {
        long started = _time.GetTimestamp();
        try
        {
            double loss = await objective(trial, cancellationToken);
            var elapsed = _time.GetElapsedTime(started);
            return double.IsFinite(loss)
                ? new TrialResult(trial, TrialStatus.Ok, loss, null, elapsed)
                : Failed(trial, new InvalidOperationException(
                    $"The objective returned {NumericParameter.Format(loss)} for {trial}; a loss must be a finite number."), elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failing trial is a result, as a failing block is a failed run: the search goes on.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return Failed(trial, error, _time.GetElapsedTime(started));
        }
    }

    private static TrialResult Failed(Trial trial, Exception error, TimeSpan elapsed) =>
        new(trial, TrialStatus.Failed, double.NaN, error, elapsed);
}
