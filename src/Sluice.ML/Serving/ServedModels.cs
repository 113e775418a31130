using System.Collections.Concurrent;

namespace Sluice.ML.Serving;

/// <summary>
/// The models one source (a project's registry) serves: resolves a name and a selector to a version, loads each
/// version once and keeps it while it is used. Resolutions stand until the source's generation changes, which is
/// read at most every <see cref="ServingOptions.RevalidateAfter"/>: moving an alias is one generation read away, and
/// the version it left keeps answering the requests that already hold it, so no request fails during a swap.
/// Thread-safe.
/// </summary>
public sealed partial class ServedModels
{
    private readonly TimeProvider _clock;
    private readonly ServingOptions _options;
    private readonly long _revalidateTicks;
    private readonly ConcurrentDictionary<VersionKey, LoadedVersion> _loaded = new();
    private Snapshot? _snapshot;
    private long _nextCheck = long.MinValue;
    private int _checking;

    /// <summary>Serves the models of <paramref name="source"/>.</summary>
    public ServedModels(IModelSource source, TimeProvider? clock = null, ServingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _clock = clock ?? TimeProvider.System;
        _options = options ?? new ServingOptions();
        _revalidateTicks = (long)(_options.RevalidateAfter.TotalSeconds * _clock.TimestampFrequency);
    }

    /// <summary>Where the models come from.</summary>
    public IModelSource Source { get; }

    /// <summary>
    /// Makes the next request read the source's generation, for a caller that just changed the registry in this
    /// process and wants the change served at once.
    /// </summary>
    public void Revalidate() => Volatile.Write(ref _nextCheck, long.MinValue);

    /// <summary>The loaded version <paramref name="selector"/> picks of <paramref name="model"/>.</summary>
    /// <exception cref="ModelNotFoundException">There is no such model, alias or version; the message says which.</exception>
    /// <exception cref="ModelLoadException">The version cannot be served; the message says why.</exception>
    public async ValueTask<ServedModel> GetAsync(string model, ModelSelector selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(selector);
        var snapshot = await CurrentAsync(cancellationToken);
        var location = await ResolveAsync(snapshot, model, selector, cancellationToken)
            ?? throw await NotFoundAsync(snapshot, model, selector, cancellationToken);
        return await LoadAsync(location, cancellationToken);
    }

    /// <summary>Whether the source has a model named <paramref name="model"/> with at least one version.</summary>
    public async ValueTask<bool> HasModelAsync(string model, CancellationToken cancellationToken = default)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        return await ResolveAsync(snapshot, model, ModelSelector.Latest, cancellationToken) is not null;
    }

    private async ValueTask<ModelLocation?> ResolveAsync(
        Snapshot snapshot, string model, ModelSelector selector, CancellationToken cancellationToken)
    {
        var key = new NameKey(model, selector);
        var resolving = snapshot.Resolved.GetOrAdd(
            key, static (key, source) => source.ResolveAsync(key.Model, key.Selector, CancellationToken.None).AsTask(), Source);
        try
        {
            return await resolving.WaitAsync(cancellationToken);
        }
        catch (Exception) when (resolving.IsFaulted || resolving.IsCanceled)
        {
            // A failed look-up is not kept: the next request asks the source again.
            snapshot.Resolved.TryRemove(new(key, resolving));
            throw;
        }
    }

    private async ValueTask<ModelNotFoundException> NotFoundAsync(
        Snapshot snapshot, string model, ModelSelector selector, CancellationToken cancellationToken)
    {
        var latest = selector == ModelSelector.Latest ? null : await ResolveAsync(snapshot, model, ModelSelector.Latest, cancellationToken);
        return latest is null
            ? new ModelNotFoundException($"There is no registered model '{model}'")
            : new ModelNotFoundException($"Model '{model}' has no {selector} (its latest version is {latest.Version})");
    }

    private async ValueTask<ServedModel> LoadAsync(ModelLocation location, CancellationToken cancellationToken)
    {
        var key = new VersionKey(location.Model, location.Version, location.ModelFile);
        var loaded = _loaded.GetOrAdd(key, static (_, state) => new LoadedVersion(state.location, state.options), (location, options: _options));
        Volatile.Write(ref loaded.LastUsed, _clock.GetTimestamp());
        var loading = loaded.Model;
        try
        {
            return await loading.WaitAsync(cancellationToken);
        }
        catch (Exception) when (loading.IsFaulted || loading.IsCanceled)
        {
            // A failed load is not kept either: the file may be fixed, or the version replaced.
            _loaded.TryRemove(new(key, loaded));
            throw;
        }
    }

    private readonly record struct NameKey(string Model, ModelSelector Selector);

    private readonly record struct VersionKey(string Model, int Version, string ModelFile);

    /// <summary>The resolutions made under one generation of the source.</summary>
    private sealed class Snapshot(long generation)
    {
        public long Generation => generation;

        public ConcurrentDictionary<NameKey, Task<ModelLocation?>> Resolved { get; } = new();
    }

    /// <summary>A version, loaded once on first use, off the request's thread.</summary>
    private sealed class LoadedVersion(ModelLocation location, ServingOptions options)
    {
        private readonly Lazy<Task<ServedModel>> _model = new(() => Task.Run(() => ModelLoader.Load(location, options)));

#pragma warning disable CA1051 // Written with Volatile on every request: a field, not a property.
        public long LastUsed;
#pragma warning restore CA1051

        public Task<ServedModel> Model => _model.Value;
    }
}
