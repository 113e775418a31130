namespace Sluice.ML.Serving;

public sealed partial class ServedModels
{
    /// <summary>
    /// The resolutions of the source's current generation. Between checks this is one read of the clock; when a
    /// check is due one request reads the generation while the others go on with what they have.
    /// </summary>
    private ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && _clock.GetTimestamp() < Volatile.Read(ref _nextCheck))
        {
            return new(snapshot);
        }

        if (snapshot is null)
        {
            return CheckAsync(null, owned: false, cancellationToken);
        }

        return Interlocked.CompareExchange(ref _checking, 1, 0) == 0
            ? CheckAsync(snapshot, owned: true, cancellationToken)
            : new(snapshot);
    }

    private async ValueTask<Snapshot> CheckAsync(Snapshot? current, bool owned, CancellationToken cancellationToken)
    {
        try
        {
            var due = Volatile.Read(ref _nextCheck);
            var checkedAt = _clock.GetTimestamp();
            long generation;
            try
            {
                generation = await Source.ReadGenerationAsync(cancellationToken);
            }
#pragma warning disable CA1031 // A registry that cannot answer for a moment (a busy database) must not stop serving.
            catch (Exception) when (current is not null && !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                return current;
            }

            var latest = Volatile.Read(ref _snapshot);
            if (latest is null || latest.Generation != generation)
            {
                latest = new Snapshot(generation);
                Volatile.Write(ref _snapshot, latest);
            }

            // Unless Revalidate was called meanwhile, the answer stands until the next check is due.
            Interlocked.CompareExchange(ref _nextCheck, checkedAt + _revalidateTicks, due);
            Trim();
            return latest;
        }
        finally
        {
            if (owned)
            {
                Volatile.Write(ref _checking, 0);
            }
        }
    }

    /// <summary>Lets go of the least recently used versions beyond the limit; requests holding one finish with it.</summary>
    private void Trim()
    {
        var extra = _loaded.Count - _options.MaxLoadedVersions;
        if (extra <= 0)
        {
            return;
        }

        foreach (var entry in _loaded.OrderBy(e => Volatile.Read(ref e.Value.LastUsed)).Take(extra).ToList())
        {
            _loaded.TryRemove(entry);
        }
    }
}
