using Sluice.Core;
using Sluice.Engine.Outputs;

namespace Sluice.Server.Outputs;

/// <summary>
/// Keeps the last few block outputs read from the store, so paging a table or drawing a chart of a 1M-row output
/// reads it from disk once. Stored outputs never change (a new run stores under a new run id), so entries need no
/// invalidation, only eviction.
/// </summary>
public sealed class OutputCache(OutputStore store, int capacity = 6)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(BlockKey Key, Task<IReadOnlyList<BlockOutputValue>> Outputs)> _entries = new();

    /// <summary>
    /// The key and outputs of the latest successful run of <paramref name="block"/> whose outputs are still stored,
    /// or null when there is none.
    /// </summary>
    public async Task<(BlockKey Key, IReadOnlyList<BlockOutputValue> Outputs)?> LatestAsync(
        IRunStore runs, PipelineId pipeline, string block, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var latest = await runs.FindLatestCompletedBlockRunAsync(pipeline, block, cancellationToken);
        if (latest is null || !store.Exists(latest.Key))
        {
            return null;
        }

        return (latest.Key, await GetAsync(latest.Key, cancellationToken));
    }

    /// <summary>The outputs block run <paramref name="key"/> stored.</summary>
    public async Task<IReadOnlyList<BlockOutputValue>> GetAsync(BlockKey key, CancellationToken cancellationToken = default)
    {
        Task<IReadOnlyList<BlockOutputValue>> outputs;
        lock (_gate)
        {
            var node = Find(key);
            if (node is not null)
            {
                _entries.Remove(node);
                _entries.AddFirst(node);
                outputs = node.Value.Outputs;
            }
            else
            {
                outputs = store.ReadAsync(key, CancellationToken.None);
                _entries.AddFirst((key, outputs));
                while (_entries.Count > capacity)
                {
                    _entries.RemoveLast();
                }
            }
        }

        try
        {
            return await outputs.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed read (missing, unreadable) is not kept: the next request tries again.
            Forget(key);
            throw;
        }
    }

    private void Forget(BlockKey key)
    {
        lock (_gate)
        {
            if (Find(key) is { } node)
            {
                _entries.Remove(node);
            }
        }
    }

    private LinkedListNode<(BlockKey Key, Task<IReadOnlyList<BlockOutputValue>> Outputs)>? Find(BlockKey key)
    {
        var node = _entries.First;
        while (node is not null && node.Value.Key != key)
        {
            node = node.Next;
        }

        return node;
    }
}
