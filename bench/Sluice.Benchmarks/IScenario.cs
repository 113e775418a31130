namespace Sluice.Benchmarks;

/// <summary>One benchmark: Sluice doing something, and a baseline doing the same work without Sluice, in one run.</summary>
internal interface IScenario
{
    Task<ScenarioResult> RunAsync();
}
