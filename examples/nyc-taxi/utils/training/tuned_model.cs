namespace NycTaxi.Training;

/// <summary>The best try of a search: its tracked run (which holds the model) and its validation errors.</summary>
public sealed record TunedModel(string TrackedRun, double Rmse, double Mse);
