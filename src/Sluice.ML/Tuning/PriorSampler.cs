namespace Sluice.ML.Tuning;

/// <summary>Draws a value from a parameter's declared distribution: random search, and TPE's startup trials.</summary>
internal static class PriorSampler
{
    public static object Draw(SearchParameter parameter, Random random) => parameter switch
    {
        NumericParameter numeric => numeric.FromInner(
            numeric.InnerLow + (random.NextDouble() * (numeric.InnerHigh - numeric.InnerLow))),
        ChoiceParameter choice => choice.Options[random.Next(choice.Options.Count)],
        _ => throw new NotSupportedException($"Unknown kind of search parameter: {parameter.GetType().Name}."),
    };
}
