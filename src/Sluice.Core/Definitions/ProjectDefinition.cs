namespace Sluice.Core;

/// <summary>A project as declared in its <c>sluice.yaml</c>.</summary>
/// <param name="Name">The project's name.</param>
/// <param name="RootDirectory">The absolute path of the project folder.</param>
/// <param name="Variables">Project-wide variables, the lowest level of precedence.</param>
/// <param name="Settings">Project-wide execution settings.</param>
/// <param name="Retention">How long <c>sluice clean</c> keeps outputs and logs.</param>
public sealed record ProjectDefinition(
    string Name,
    string RootDirectory,
    IReadOnlyDictionary<string, object?> Variables,
    ExecutionSettings Settings,
    TimeSpan Retention)
{
    /// <summary>What the project is for, if its author said.</summary>
    public string? Description { get; init; }

    /// <summary>The data products sluice.yaml declares, by name.</summary>
    public IReadOnlyDictionary<string, DataProductDefinition> DataProducts { get; init; } =
        new Dictionary<string, DataProductDefinition>(StringComparer.Ordinal);

    /// <summary>The folder of local state that is never committed: database, outputs, logs, compile cache.</summary>
    public string StateDirectory => Path.Combine(RootDirectory, ".sluice");
}
