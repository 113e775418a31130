using Microsoft.CodeAnalysis.Completion;

namespace Sluice.Engine.CodeAssist;

/// <summary>
/// Which of Roslyn's items to offer for the word typed so far, best first. Roslyn's own public filter returns only
/// the best few (for selection), so this keeps every item whose filter text matches the typed word: exact-case
/// prefix, then any-case prefix, then word-start ("FE" for FeatureEngineering), then substring, then in-order
/// letters starting with the same one, each group in Roslyn's sort order.
/// </summary>
internal static class CompletionRanking
{
    private const int NoMatch = int.MaxValue;

    public static List<CompletionItem> Rank(IReadOnlyList<CompletionItem> items, string typed, int limit)
    {
        var ranked = new List<(CompletionItem Item, int Rank)>(items.Count);
        foreach (var item in items)
        {
            // A complex edit (an override stub, a type from a namespace not yet imported) needs more than the word
            // replaced, which a plain insert text cannot say.
            if (!item.IsComplexTextEdit && RankOf(item.FilterText, typed) is var rank and not NoMatch)
            {
                ranked.Add((item, rank));
            }
        }

        return [.. ranked
            .OrderBy(r => r.Rank)
            .ThenByDescending(r => r.Item.Rules.MatchPriority)
            .ThenBy(r => r.Item.SortText, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Item.DisplayText, StringComparer.Ordinal)
            .Take(limit)
            .Select(r => r.Item)];
    }

    private static int RankOf(string candidate, string typed)
    {
        if (typed.Length == 0 || candidate.StartsWith(typed, StringComparison.Ordinal))
        {
            return 0;
        }

        if (candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (MatchesWordStarts(candidate, typed))
        {
            return 2;
        }

        if (candidate.Contains(typed, StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        return candidate.Length > 0 && char.ToUpperInvariant(candidate[0]) == char.ToUpperInvariant(typed[0]) && IsSubsequence(candidate, typed)
            ? 4
            : NoMatch;
    }

    // Every typed letter starts a word of the candidate, in order: FE, fe -> FeatureEngineering; ToA -> ToArray.
    private static bool MatchesWordStarts(string candidate, string typed)
    {
        var t = 0;
        for (var c = 0; c < candidate.Length && t < typed.Length; c++)
        {
            var startsWord = c == 0 || char.IsUpper(candidate[c]) || (candidate[c - 1] == '_' && candidate[c] != '_');
            if (startsWord && char.ToUpperInvariant(candidate[c]) == char.ToUpperInvariant(typed[t]))
            {
                t++;
                // Further letters of the same word may follow the word's first letter (ToA: "To" then "A").
                while (t < typed.Length && c + 1 < candidate.Length && !char.IsUpper(candidate[c + 1])
                    && char.ToUpperInvariant(candidate[c + 1]) == char.ToUpperInvariant(typed[t]))
                {
                    c++;
                    t++;
                }
            }
        }

        return t == typed.Length;
    }

    private static bool IsSubsequence(string candidate, string typed)
    {
        var t = 0;
        foreach (var c in candidate)
        {
            if (t < typed.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(typed[t]))
            {
                t++;
            }
        }

        return t == typed.Length;
    }
}
