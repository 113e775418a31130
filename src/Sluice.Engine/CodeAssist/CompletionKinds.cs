using System.Collections.Immutable;

using Microsoft.CodeAnalysis.Tags;

namespace Sluice.Engine.CodeAssist;

/// <summary>The kind word of a completion (see <see cref="CompletionEntry"/>), from the tags Roslyn puts on it.</summary>
internal static class CompletionKinds
{
    private static readonly Dictionary<string, string> ByTag = new(StringComparer.Ordinal)
    {
        [WellKnownTags.Method] = "method",
        [WellKnownTags.ExtensionMethod] = "method",
        [WellKnownTags.Property] = "property",
        [WellKnownTags.Field] = "field",
        [WellKnownTags.Event] = "event",
        [WellKnownTags.Class] = "class",
        [WellKnownTags.Module] = "class",
        [WellKnownTags.Structure] = "struct",
        [WellKnownTags.Interface] = "interface",
        [WellKnownTags.Enum] = "enum",
        [WellKnownTags.EnumMember] = "enumMember",
        [WellKnownTags.Delegate] = "delegate",
        [WellKnownTags.Constant] = "constant",
        [WellKnownTags.Local] = "variable",
        [WellKnownTags.Parameter] = "variable",
        [WellKnownTags.RangeVariable] = "variable",
        [WellKnownTags.Label] = "variable",
        [WellKnownTags.Namespace] = "namespace",
        [WellKnownTags.TypeParameter] = "typeParameter",
        [WellKnownTags.Keyword] = "keyword",
        [WellKnownTags.Intrinsic] = "keyword",
        [WellKnownTags.Operator] = "operator",
        ["Record"] = "class",
        ["RecordStruct"] = "struct",
    };

    public static string Of(ImmutableArray<string> tags)
    {
        foreach (var tag in tags)
        {
            if (ByTag.TryGetValue(tag, out var kind))
            {
                return kind;
            }
        }

        return "text";
    }
}
