namespace Sluice.ML.Training;

/// <summary>The usual regression figures for one set of predictions.</summary>
/// <param name="Rmse">Root mean squared error.</param>
/// <param name="Mse">Mean squared error.</param>
/// <param name="Mae">Mean absolute error.</param>
/// <param name="R2">Coefficient of determination, 1 - SSres/SStot (NaN when every actual value is the same).</param>
public sealed record RegressionMetrics(double Rmse, double Mse, double Mae, double R2);
