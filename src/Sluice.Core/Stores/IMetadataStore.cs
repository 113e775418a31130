namespace Sluice.Core;

/// <summary>
/// A metadata database: runs, logs, experiment tracking and the model registry. SQLite by default; PostgreSQL for a
/// team.
/// </summary>
public interface IMetadataStore : IAsyncDisposable
{
    /// <summary>Run events and records.</summary>
    IRunStore Runs { get; }

    /// <summary>Run logs.</summary>
    ILogStore Logs { get; }

    /// <summary>Experiments and tracked runs.</summary>
    ITrackingStore Tracking { get; }

    /// <summary>Registered models, their versions and aliases.</summary>
    IModelRegistryStore Models { get; }
}
