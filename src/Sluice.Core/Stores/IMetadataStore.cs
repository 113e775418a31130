namespace Sluice.Core;

/// <summary>A metadata database: runs and logs. SQLite by default; PostgreSQL for a team.</summary>
public interface IMetadataStore : IAsyncDisposable
{
    /// <summary>Run events and records.</summary>
    IRunStore Runs { get; }

    /// <summary>Run logs.</summary>
    ILogStore Logs { get; }
}
