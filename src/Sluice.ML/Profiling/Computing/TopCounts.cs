namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Picks the most frequent entries with a bounded heap, O(n log k): a column of a million distinct values would
/// otherwise be sorted whole to show twenty bars.
/// </summary>
internal static class TopCounts
{
    /// <summary>The <paramref name="limit"/> largest counts, largest first, ties in <paramref name="order"/>.</summary>
    public static List<KeyValuePair<T, long>> Select<T>(Dictionary<T, long> counts, int limit, IComparer<T> order)
        where T : notnull
    {
        // The heap's root is the worst entry kept so far: the lowest count, and on a tie the later value.
        var worstFirst = Comparer<KeyValuePair<T, long>>.Create((a, b) =>
            a.Value != b.Value ? a.Value.CompareTo(b.Value) : order.Compare(b.Key, a.Key));
        var heap = new PriorityQueue<KeyValuePair<T, long>, KeyValuePair<T, long>>(limit + 1, worstFirst);
        foreach (var entry in counts)
        {
            if (heap.Count < limit)
            {
                heap.Enqueue(entry, entry);
            }
            else if (worstFirst.Compare(entry, heap.Peek()) > 0)
            {
                heap.EnqueueDequeue(entry, entry);
            }
        }

        var result = new List<KeyValuePair<T, long>>(heap.Count);
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }

        result.Reverse();
        return result;
    }
}
