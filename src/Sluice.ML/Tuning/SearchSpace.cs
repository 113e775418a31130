namespace Sluice.ML.Tuning;

/// <summary>
/// The hyperparameters a search tries, declared in code and immutable: every method returns a new space with one
/// more parameter, e.g. <c>SearchSpace.Empty.Uniform("learning_rate", 0.01, 0.3).Choice("trainer", "sdca", "lightgbm")</c>.
/// A declaration that cannot be sampled throws an <see cref="ArgumentException"/> naming the parameter and the rule.
/// </summary>
public sealed partial class SearchSpace
{
    private readonly SearchParameter[] _parameters;

    private SearchSpace(SearchParameter[] parameters) => _parameters = parameters;

    /// <summary>A space with no parameters, to declare from.</summary>
    public static SearchSpace Empty { get; } = new([]);

    /// <summary>The parameters in declaration order (the order trials list their values in).</summary>
    public IReadOnlyList<SearchParameter> Parameters => _parameters;

    /// <summary>Any real number in [<paramref name="low"/>, <paramref name="high"/>], evenly (hyperopt's uniform).</summary>
    public SearchSpace Uniform(string name, double low, double high) =>
        Add(Numeric(name, low, high, step: null, NumericScale.Linear));

    /// <summary>
    /// Any real number in [<paramref name="low"/>, <paramref name="high"/>], evenly in the logarithm (hyperopt's
    /// loguniform, but declared by its bounds rather than their logarithms). Both bounds must be above 0.
    /// </summary>
    public SearchSpace LogUniform(string name, double low, double high) =>
        Add(Numeric(name, low, high, step: null, NumericScale.Log));

    /// <summary>
    /// A multiple of <paramref name="q"/> in [<paramref name="low"/>, <paramref name="high"/>], each about equally
    /// likely (hyperopt's quniform); e.g. <c>QUniform("number_of_leaves", 8, 128, 8)</c> gives 8, 16, ..., 128.
    /// </summary>
    public SearchSpace QUniform(string name, double low, double high, double q) =>
        Add(Numeric(name, low, high, q, NumericScale.Linear));

    /// <summary>
    /// A multiple of <paramref name="q"/> in [<paramref name="low"/>, <paramref name="high"/>], spread evenly in the
    /// logarithm (hyperopt's qloguniform): small values are tried as often per power of ten as large ones.
    /// </summary>
    public SearchSpace QLogUniform(string name, double low, double high, double q) =>
        Add(Numeric(name, low, high, q, NumericScale.Log));

    /// <summary>A whole number from <paramref name="low"/> to <paramref name="high"/> inclusive, each equally likely.</summary>
    public SearchSpace UniformInt(string name, int low, int high) =>
        Add(Numeric(name, low, high, 1, NumericScale.Linear));

    /// <summary>A whole number from <paramref name="low"/> to <paramref name="high"/> inclusive, evenly in the logarithm.</summary>
    public SearchSpace LogUniformInt(string name, int low, int high) =>
        Add(Numeric(name, low, high, 1, NumericScale.Log));

    /// <summary>One of <paramref name="options"/> (text), each equally likely a priori.</summary>
    public SearchSpace Choice(string name, params string[] options) => Add(TextChoice(name, options));

    /// <summary>One of <paramref name="options"/> (numbers), each equally likely a priori; trials hold the number.</summary>
    public SearchSpace Choice(string name, params double[] options) => Add(NumberChoice(name, options));

    /// <inheritdoc/>
    public override string ToString() => string.Join("; ", _parameters.Select(parameter => parameter.ToString()));

    private SearchSpace Add(SearchParameter parameter)
    {
        if (_parameters.Any(existing => existing.Name == parameter.Name))
        {
            throw new ArgumentException(
                $"Search parameter '{parameter.Name}' is declared twice; each name can appear once.", nameof(parameter));
        }

        return new SearchSpace([.. _parameters, parameter]);
    }
}
