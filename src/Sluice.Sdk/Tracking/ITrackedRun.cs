using System.Diagnostics.CodeAnalysis;

namespace Sluice.Sdk;

/// <summary>
/// One tracked run (MLflow's run): what one try at a model used and achieved. Params are written once and never
/// change; metrics keep every value with its step; tags may be changed; artifacts are files kept with the run
/// (the model among them). Every call is recorded when it returns. Safe to use from several threads.
/// </summary>
/// <remarks>
/// Keys of params, metrics and tags hold letters, digits and <c>_ - . / space</c>, at most 250 characters; tag keys
/// starting with <c>sluice.</c> are Sluice's own. A bad key, a param logged again with another value, or any call
/// after the run ended fails with one message naming the key or the run, and records nothing. Disposing a run that
/// was not ended ends it <see cref="TrackedRunStatus.Finished"/>.
/// </remarks>
[SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Justification = "'step' is MLflow's name for it, and C# callers name it in arguments; Visual Basic is not a block language.")]
public interface ITrackedRun : IAsyncDisposable
{
    /// <summary>The run's id: 32 hexadecimal digits, what <see cref="IModelRegistry.RegisterAsync"/> takes.</summary>
    string Id { get; }

    /// <summary>The name of the experiment the run belongs to.</summary>
    string Experiment { get; }

    /// <summary>The run's name.</summary>
    string Name { get; }

    /// <summary>
    /// Records param <paramref name="key"/>. The value is kept as text in the invariant culture (0.1 is "0.1",
    /// true is "true"). Logging a key again with the same text is harmless; with another text it fails, because
    /// params never change (start a new run for other values).
    /// </summary>
    Task LogParamAsync(string key, object value, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records several params at once, all or none: when one key already holds another value, none is recorded.
    /// </summary>
    Task LogParamsAsync(IReadOnlyDictionary<string, object> values, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="value"/> of metric <paramref name="key"/> at <paramref name="step"/> (an epoch, an
    /// iteration; 0 when there are none). Every value is kept; the run's value of a metric is the one with the
    /// highest step, the latest among equal steps.
    /// </summary>
    Task LogMetricAsync(string key, double value, long step = 0, CancellationToken cancellationToken = default);

    /// <summary>Records several metrics at the same <paramref name="step"/>, all or none.</summary>
    Task LogMetricsAsync(
        IReadOnlyDictionary<string, double> values, long step = 0, CancellationToken cancellationToken = default);

    /// <summary>Sets tag <paramref name="key"/> to <paramref name="value"/>, replacing any earlier value.</summary>
    Task SetTagAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="content"/> (read from its current position to its end) as artifact
    /// <paramref name="name"/>, replacing an artifact of that name. The write is atomic: readers see the old file or
    /// the whole new one, never a part.
    /// </summary>
    /// <param name="name">
    /// A relative path with '/' separators such as <c>model/model.zip</c> or <c>plots/residuals.png</c>; a rooted
    /// path or one with <c>..</c> fails.
    /// </param>
    /// <param name="content">The bytes to store.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is stored then.</param>
    Task LogArtifactAsync(string name, Stream content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a copy of the file at <paramref name="path"/> as artifact <paramref name="name"/>, as
    /// <see cref="LogArtifactAsync"/> does; a missing file fails naming the path.
    /// </summary>
    Task LogArtifactFileAsync(string name, string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends the run with <paramref name="status"/> (not <see cref="TrackedRunStatus.Running"/>). Ending a run again
    /// changes nothing.
    /// </summary>
    Task EndAsync(TrackedRunStatus status = TrackedRunStatus.Finished, CancellationToken cancellationToken = default);
}
