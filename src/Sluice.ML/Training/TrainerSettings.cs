namespace Sluice.ML.Training;

/// <summary>
/// How <see cref="RegressionTrainers.Create"/> builds a trainer: which columns it reads, its seed and thread count,
/// and hyperparameters by snake_case name (for example <c>learning_rate</c>, <c>number_of_leaves</c>).
/// </summary>
/// <param name="LabelColumn">The label column (a <see cref="float"/> column).</param>
/// <param name="FeatureColumn">The feature column (a known-size vector of <see cref="float"/>).</param>
/// <param name="Seed">
/// The seed for trainers that take one in their options (the tree trainers); the linear trainers shuffle with the
/// <c>MLContext</c>'s seed, so create that with a seed too for repeatable runs.
/// </param>
/// <param name="Threads">
/// Threads for trainers that take a count. When null, SDCA, LightGBM and L-BFGS Poisson run on one thread, because
/// their multi-threaded results differ from run to run; FastTree and FastForest keep their default.
/// </param>
public sealed record TrainerSettings(
    string LabelColumn = "Label",
    string FeatureColumn = "Features",
    int? Seed = null,
    int? Threads = null)
{
    /// <summary>Hyperparameters by snake_case name; a name the trainer does not take is an error.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();
}
