namespace Sluice.ML.Tuning;

/// <summary>One named dimension of a <see cref="SearchSpace"/>; a trial holds one value for each.</summary>
public abstract record SearchParameter
{
    private protected SearchParameter(string name) => Name = name;

    /// <summary>The name trials give the value under, e.g. <c>learning_rate</c>.</summary>
    public string Name { get; }
}
