namespace Sluice.ML.Tuning;

public sealed partial class HyperparameterSearch
{
    // hyperopt caps the good set at 25 trials however long the search runs.
    private const int MaximumGoodTrials = 25;

    private Trial Propose(int number, IReadOnlyList<TrialResult> history, Random random)
    {
        var successes = history.Where(result => result.Status == TrialStatus.Ok).ToList();
        var parameters = Space.Parameters;
        if (Options.Sampler == SearchSampler.Random || successes.Count < Options.StartupTrials)
        {
            return new Trial(number, parameters.Select(p => KeyValuePair.Create(p.Name, PriorSampler.Draw(p, random))));
        }

        // The good trials are the ceil(gamma sqrt(n)) lowest losses (ties go to the earlier trial); both groups stay
        // in trial order because the estimators weight recent trials more.
        int goodCount = Math.Min((int)Math.Ceiling(Options.Gamma * Math.Sqrt(successes.Count)), MaximumGoodTrials);
        var good = successes.OrderBy(result => result.Loss).ThenBy(result => result.Trial.Number).Take(goodCount)
            .Select(result => result.Trial.Number).ToHashSet();

        var sampler = new TpeSampler(Options.Candidates);
        var values = new List<KeyValuePair<string, object>>(parameters.Count);
        foreach (var parameter in parameters)
        {
            var below = successes.Where(r => good.Contains(r.Trial.Number)).Select(r => r.Trial.Values[parameter.Name]).ToList();
            var above = successes.Where(r => !good.Contains(r.Trial.Number)).Select(r => r.Trial.Values[parameter.Name]).ToList();
            values.Add(KeyValuePair.Create(parameter.Name, sampler.Propose(parameter, below, above, random)));
        }

        return new Trial(number, values);
    }
}
