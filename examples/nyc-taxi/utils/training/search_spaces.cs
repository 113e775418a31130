using Sluice.ML.Tuning;

namespace NycTaxi.Training;

/// <summary>
/// What each model tries: the course tunes scikit-learn's linear models and XGBoost with hyperopt; these are the
/// ML.NET counterparts. Fixed values are merged into every trial.
/// </summary>
public static class SearchSpaces
{
    private static readonly HashSet<string> Linear = new(StringComparer.Ordinal) { "sdca", "online_gradient_descent", "lbfgs_poisson" };

    public static bool IsLinear(string trainer) => Linear.Contains(trainer);

    /// <summary>The space searched for <paramref name="trainer"/>.</summary>
    public static SearchSpace For(string trainer) => trainer switch
    {
        // Below about 5e-6 SDCA does not settle in 50 passes (1.5e-6 gave 9.7); above 5e-5 it underfits (1e-4 gave 6.1).
        "sdca" => SearchSpace.Empty.LogUniform("l2_regularization", 5e-6, 5e-5),
        "fast_tree" => SearchSpace.Empty
            .UniformInt("number_of_leaves", 16, 128)
            .LogUniform("learning_rate", 0.05, 0.4)
            .UniformInt("number_of_trees", 50, 200)
            .UniformInt("minimum_example_count_per_leaf", 1, 40),
        "lightgbm" => SearchSpace.Empty
            .UniformInt("number_of_leaves", 16, 128)
            .LogUniform("learning_rate", 0.05, 0.4)
            .UniformInt("number_of_iterations", 50, 200),
        _ => throw new ArgumentException($"No search space for model '{trainer}'. Models with one: sdca, fast_tree, lightgbm.", nameof(trainer)),
    };

    /// <summary>Values every trial of <paramref name="trainer"/> uses.</summary>
    public static IReadOnlyDictionary<string, double> Fixed(string trainer) => trainer switch
    {
        // Without L1 and with enough passes SDCA reaches the course's linear-regression figure (6.0).
        "sdca" => new Dictionary<string, double> { ["l1_regularization"] = 0, ["maximum_number_of_iterations"] = 50 },
        "lightgbm" => new Dictionary<string, double> { ["use_categorical_split"] = 1 },
        _ => new Dictionary<string, double>(),
    };
}
