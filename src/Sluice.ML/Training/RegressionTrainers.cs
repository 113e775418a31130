using Microsoft.ML;

namespace Sluice.ML.Training;

/// <summary>
/// The ML.NET regression trainers Sluice offers by name, each built from its options object so that every
/// hyperparameter is set explicitly and runs are repeatable.
/// </summary>
public static partial class RegressionTrainers
{
    private static readonly SortedDictionary<string, Func<MLContext, TrainerSettings, IEstimator<ITransformer>>> Factories =
        new(StringComparer.Ordinal)
        {
            ["sdca"] = Sdca,
            ["online_gradient_descent"] = OnlineGradientDescent,
            ["lbfgs_poisson"] = LbfgsPoisson,
            ["fast_tree"] = FastTree,
            ["fast_forest"] = FastForest,
            ["lightgbm"] = LightGbm,
        };

    /// <summary>The trainer names <see cref="Create"/> accepts, in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Factories.Keys];

    /// <summary>
    /// Builds the trainer called <paramref name="name"/> with <paramref name="settings"/>. Parameters not given keep
    /// ML.NET's defaults, except the thread count described on <see cref="TrainerSettings.Threads"/>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The name is unknown, or a parameter is one the trainer does not take or has a value it cannot use; the
    /// message lists the valid names.
    /// </exception>
    public static IEstimator<ITransformer> Create(MLContext ml, string name, TrainerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(settings);
        if (!Factories.TryGetValue(name, out var create))
        {
            throw new ArgumentException(
                $"Unknown regression trainer '{name}'. Valid trainers: {string.Join(", ", Names)}.", nameof(name));
        }

        return create(ml, settings);
    }
}
