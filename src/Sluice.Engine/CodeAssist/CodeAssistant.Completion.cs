using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Text;

namespace Sluice.Engine.CodeAssist;

/// <summary>Completions: Roslyn's items at the caret, filtered by the word typed so far and cut to a list.</summary>
public sealed partial class CodeAssistant
{
    /// <summary>
    /// What may be typed at the caret: after <c>frame.</c> the members of the frame's type, elsewhere the names in
    /// scope (locals, types from the global usings and utils, keywords), best match for the word at the caret
    /// first, at most <see cref="MaxCompletions"/>. Empty where nothing fits (inside a comment or a string).
    /// </summary>
    /// <param name="blockPath">The file, relative to the project root (<c>transformers/prepare.cs</c>).</param>
    /// <param name="source">The file's text as it is in the editor.</param>
    /// <param name="line">The caret's line, from 1.</param>
    /// <param name="column">The caret's column, from 1 (before the first character).</param>
    /// <param name="cancellationToken">Cancels the request, e.g. when the user typed on.</param>
    public async Task<IReadOnlyList<CompletionEntry>> CompleteAsync(
        string blockPath, string source, int line, int column, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var opened = await _workspace.OpenAsync(Normalize(blockPath), source, cancellationToken).ConfigureAwait(false);
        var document = opened.Document;
        if (CompletionService.GetService(document) is not { } service)
        {
            return [];
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var caret = TextPositions.ToOffset(text, line, column);
        var list = await service.GetCompletionsAsync(document, caret, cancellationToken: cancellationToken).ConfigureAwait(false);
        var typed = list.Span.Start <= caret ? text.ToString(TextSpan.FromBounds(list.Span.Start, caret)) : string.Empty;
        var items = CompletionRanking.Rank(list.ItemsList, typed, MaxCompletions);
        if (items.Count == 0)
        {
            return [];
        }

        var details = await CompletionDetails.ForAsync(document, list.Span.Start, items, cancellationToken).ConfigureAwait(false);
        return [.. items.Select(item => ToEntry(item, details?.Of(item)))];
    }

    private static CompletionEntry ToEntry(CompletionItem item, string? detail) => new(
        item.DisplayTextPrefix + item.DisplayText + item.DisplayTextSuffix,
        CompletionKinds.Of(item.Tags),
        detail,
        // Symbols carry the text to insert (an escaped @class, a generic's bare name); keywords are their text.
        item.Properties.TryGetValue("InsertionText", out var insertion) ? insertion : item.DisplayText);
}
