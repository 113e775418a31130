using Sluice.Core;

namespace Sluice.Engine.Tracking;

internal sealed partial class ActiveTrackedRun
{
    public Task LogParamAsync(string key, object value, CancellationToken cancellationToken = default) =>
        LogParamsAsync(new Dictionary<string, object>(StringComparer.Ordinal) { [key] = value }, cancellationToken);

    public Task LogParamsAsync(IReadOnlyDictionary<string, object> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckOpen();
        var texts = values.ToDictionary(p => p.Key, p => ParamText.Of(p.Key, p.Value), StringComparer.Ordinal);
        return _store.LogParamsAsync(_record.Id, texts, cancellationToken);
    }

    public Task LogMetricAsync(string key, double value, long step = 0, CancellationToken cancellationToken = default) =>
        LogMetricsAsync(new Dictionary<string, double>(StringComparer.Ordinal) { [key] = value }, step, cancellationToken);

    public Task LogMetricsAsync(
        IReadOnlyDictionary<string, double> values, long step = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckOpen();
        var at = _clock.GetUtcNow();
        return _store.LogMetricsAsync(
            _record.Id, [.. values.Select(p => new MetricPoint(p.Key, p.Value, step, at))], cancellationToken);
    }

    public Task SetTagAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        CheckOpen();
        if (key?.StartsWith(TrackingNames.SystemTagPrefix, StringComparison.Ordinal) == true)
        {
            throw new SluiceException(
                $"Tag '{key}' starts with '{TrackingNames.SystemTagPrefix}', which Sluice keeps for its own tags; choose another key.");
        }

        return _store.SetTagsAsync(
            _record.Id, new Dictionary<string, string>(StringComparer.Ordinal) { [key ?? string.Empty] = value }, cancellationToken);
    }

    public async Task LogArtifactAsync(string name, Stream content, CancellationToken cancellationToken = default)
    {
        CheckOpen();
        var normalized = ArtifactNames.Normalize(name);
        var size = await _artifacts.WriteAsync(_record.Experiment, _record.Id, normalized, content, cancellationToken)
            .ConfigureAwait(false);
        await RecordAsync(normalized, size).ConfigureAwait(false);
    }

    public async Task LogArtifactFileAsync(string name, string path, CancellationToken cancellationToken = default)
    {
        CheckOpen();
        var normalized = ArtifactNames.Normalize(name);
        var size = await _artifacts.CopyFileAsync(_record.Experiment, _record.Id, normalized, path, cancellationToken)
            .ConfigureAwait(false);
        await RecordAsync(normalized, size).ConfigureAwait(false);
    }

    // After the file is in place, so a listed artifact always exists; never cancelled between the two.
    private Task RecordAsync(string name, long size) =>
        _store.RecordArtifactAsync(_record.Id, new ArtifactEntry(name, size, _clock.GetUtcNow()), CancellationToken.None);
}
