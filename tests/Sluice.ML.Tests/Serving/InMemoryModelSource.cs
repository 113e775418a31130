using Sluice.ML.Serving;
using Sluice.Sdk;

namespace Sluice.ML.Tests.Serving;

/// <summary>
/// Stands in for the model registry in tests: versions and aliases in memory, the generation bumped by every change
/// as the registry does in the same transaction. Counts look-ups so tests can see what serving caches.
/// </summary>
public sealed class InMemoryModelSource : IModelSource
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<ModelLocation>> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Model, string Alias), int> _aliases = [];
    private long _generation;
    private int _resolves;

    /// <summary>How many times serving asked to resolve a name.</summary>
    public int Resolves => Volatile.Read(ref _resolves);

    /// <summary>When set, reading the generation throws, as a registry whose database is busy would.</summary>
    public bool Unavailable { get; set; }

    /// <summary>Registers <paramref name="file"/> as the next version of <paramref name="model"/>.</summary>
    public ModelLocation Register(string model, string file, ModelSignature signature)
    {
        lock (_gate)
        {
            if (!_versions.TryGetValue(model, out var versions))
            {
                _versions[model] = versions = [];
            }

            var location = new ModelLocation(model, versions.Count + 1, file, signature);
            versions.Add(location);
            _generation++;
            return location;
        }
    }

    /// <summary>Points <paramref name="alias"/> of <paramref name="model"/> at <paramref name="version"/>.</summary>
    public void SetAlias(string model, string alias, int version, bool bumpGeneration = true)
    {
        lock (_gate)
        {
            _aliases[(model, alias)] = version;
            if (bumpGeneration)
            {
                _generation++;
            }
        }
    }

    public ValueTask<long> ReadGenerationAsync(CancellationToken cancellationToken = default)
    {
        if (Unavailable)
        {
            throw new InvalidOperationException("The registry's database is locked.");
        }

        lock (_gate)
        {
            return ValueTask.FromResult(_generation);
        }
    }

    public ValueTask<ModelLocation?> ResolveAsync(string model, ModelSelector selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selector);
        Interlocked.Increment(ref _resolves);
        lock (_gate)
        {
            if (!_versions.TryGetValue(model, out var versions))
            {
                return ValueTask.FromResult<ModelLocation?>(null);
            }

            int? version = selector.Alias is { } alias
                ? _aliases.TryGetValue((model, alias), out var aliased) ? aliased : null
                : selector.Version ?? versions.Count;
            return ValueTask.FromResult(version is { } v && v >= 1 && v <= versions.Count ? versions[v - 1] : null);
        }
    }
}
