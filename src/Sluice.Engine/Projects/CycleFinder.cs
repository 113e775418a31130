using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>Finds a cycle among upstream edges, so the error can name every block in it.</summary>
internal static class CycleFinder
{
    /// <summary>
    /// The first cycle found searching from blocks in file order, written in data-flow order with its first block
    /// repeated at the end (<c>a, b, c, a</c>: a feeds b feeds c feeds a); null when there is none. Upstream names
    /// that are not blocks are ignored.
    /// </summary>
    public static IReadOnlyList<string>? Find(IReadOnlyList<BlockDefinition> blocks)
    {
        var downstream = blocks.ToDictionary(b => b.Name, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (var upstream in block.Upstream)
            {
                if (downstream.TryGetValue(upstream, out var list))
                {
                    list.Add(block.Name);
                }
            }
        }

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var path = new List<string>();
        foreach (var block in blocks)
        {
            var cycle = Visit(block.Name, downstream, state, path);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        return null;
    }

    // Iterative depth-first search: pipelines with thousands of blocks must not overflow the stack.
    private static List<string>? Visit(
        string start, Dictionary<string, List<string>> downstream, Dictionary<string, bool> state, List<string> path)
    {
        if (state.ContainsKey(start))
        {
            return null;
        }

        var stack = new Stack<(string Block, int Next)>();
        stack.Push((start, 0));
        state[start] = false;
        path.Add(start);
        while (stack.Count > 0)
        {
            var (block, next) = stack.Pop();
            var children = downstream[block];
            if (next == children.Count)
            {
                state[block] = true;
                path.RemoveAt(path.Count - 1);
                continue;
            }

            stack.Push((block, next + 1));
            var child = children[next];
            if (!state.TryGetValue(child, out var done))
            {
                state[child] = false;
                path.Add(child);
                stack.Push((child, 0));
            }
            else if (!done)
            {
                return [.. path.Skip(path.IndexOf(child)), child];
            }
        }

        return null;
    }
}
