namespace Sluice.Engine.Compilation;

/// <summary>How one block test ended; <paramref name="Message"/> is the failure, null when it passed.</summary>
public sealed record BlockTestResult(string Name, bool Passed, string? Message);
