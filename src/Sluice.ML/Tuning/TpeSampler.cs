namespace Sluice.ML.Tuning;

/// <summary>
/// One TPE step for one parameter, as hyperopt does it: fit l(x) to the good trials' values and g(x) to the rest's,
/// draw candidates from l, keep the one with the highest l(x) / g(x). Parameters are treated independently.
/// </summary>
internal sealed class TpeSampler(int candidates)
{
    private const double PriorWeight = 1.0;

    public object Propose(SearchParameter parameter, IReadOnlyList<object> good, IReadOnlyList<object> rest, Random random) =>
        parameter switch
        {
            NumericParameter numeric => ProposeNumber(numeric, good, rest, random),
            ChoiceParameter choice => ProposeChoice(choice, good, rest, random),
            _ => throw new NotSupportedException($"Unknown kind of search parameter: {parameter.GetType().Name}."),
        };

    private double ProposeNumber(NumericParameter parameter, IReadOnlyList<object> good, IReadOnlyList<object> rest, Random random)
    {
        var below = ParzenEstimator.Fit(Inner(parameter, good), parameter.InnerLow, parameter.InnerHigh, PriorWeight);
        var above = ParzenEstimator.Fit(Inner(parameter, rest), parameter.InnerLow, parameter.InnerHigh, PriorWeight);

        double best = double.NaN, bestScore = double.NegativeInfinity;
        for (int i = 0; i < candidates; i++)
        {
            double value = parameter.FromInner(below.Sample(random));
            double score;
            if (parameter.Step is double q)
            {
                // A quantized value stands for its whole bin, so compare the probability of the bin.
                var (lower, upper) = parameter.InnerBin(value, q);
                score = below.LogMass(lower, upper) - above.LogMass(lower, upper);
            }
            else
            {
                double inner = parameter.ToInner(value);
                score = below.LogDensity(inner) - above.LogDensity(inner);
            }

            if (score > bestScore || double.IsNaN(best))
            {
                (best, bestScore) = (value, score);
            }
        }

        return best;
    }

    private object ProposeChoice(ChoiceParameter parameter, IReadOnlyList<object> good, IReadOnlyList<object> rest, Random random)
    {
        int count = parameter.Options.Count;
        var below = CategoricalEstimator.Fit(Indices(parameter, good), count, PriorWeight);
        var above = CategoricalEstimator.Fit(Indices(parameter, rest), count, PriorWeight);

        int best = -1;
        double bestScore = double.NegativeInfinity;
        for (int i = 0; i < candidates; i++)
        {
            int option = below.Sample(random);
            double score = below.LogProbability(option) - above.LogProbability(option);
            if (score > bestScore || best < 0)
            {
                (best, bestScore) = (option, score);
            }
        }

        return parameter.Options[best];
    }

    private static double[] Inner(NumericParameter parameter, IReadOnlyList<object> values) =>
        [.. values.Select(value => parameter.ToInner((double)value))];

    private static int[] Indices(ChoiceParameter parameter, IReadOnlyList<object> values) =>
        [.. values.Select(value => IndexOf(parameter, value))];

    private static int IndexOf(ChoiceParameter parameter, object value)
    {
        for (int k = 0; k < parameter.Options.Count; k++)
        {
            if (parameter.Options[k].Equals(value))
            {
                return k;
            }
        }

        throw new InvalidOperationException($"Value {value} is not an option of '{parameter.Name}'.");
    }
}
