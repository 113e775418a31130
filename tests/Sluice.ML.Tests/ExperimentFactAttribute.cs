namespace Sluice.ML.Tests;

/// <summary>
/// A measurement too slow or too memory-hungry for the suite, skipped unless SLUICE_EXPERIMENTS=1. Run one with
/// <c>SLUICE_EXPERIMENTS=1 dotnet test tests/Sluice.ML.Tests --filter "FullyQualifiedName~Experiment"</c>.
/// </summary>
public sealed class ExperimentFactAttribute : FactAttribute
{
    public ExperimentFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("SLUICE_EXPERIMENTS") != "1")
        {
            Skip = "An experiment: set SLUICE_EXPERIMENTS=1 to run it.";
        }
    }
}
