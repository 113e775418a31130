using System.Globalization;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Tags;

namespace Sluice.Engine.CodeAssist;

/// <summary>
/// The detail line of each completion: the symbol's signature as C# would show it at the caret, with the number of
/// other overloads. Roslyn's own descriptions re-bind the position for every item (tens of milliseconds each), so
/// the names in scope are looked up once here, in the container after the dot when there is one, and shown without
/// the position-aware shortening of type names (which costs as much again).
/// </summary>
internal sealed class CompletionDetails
{
    private readonly Dictionary<string, List<ISymbol>> _byName;

    private CompletionDetails(IEnumerable<ISymbol> symbols)
    {
        _byName = symbols.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    // position: where the completed word starts, so accessibility and extension methods are judged there.
    public static async Task<CompletionDetails?> ForAsync(
        Document document, int position, IReadOnlyList<CompletionItem> items, CancellationToken cancellationToken)
    {
        if (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        var root = await model.SyntaxTree.GetRootAsync(cancellationToken).ConfigureAwait(false);
        var container = ContainerBefore(model, root, position, cancellationToken);
        // Finding extension methods searches every namespace in scope: only worth it when some are offered.
        var extensions = items.Any(i => i.Tags.Contains(WellKnownTags.ExtensionMethod));
        var symbols = container is null
            ? model.LookupSymbols(position)
            : model.LookupSymbols(position, container, includeReducedExtensionMethods: extensions);
        return new CompletionDetails(symbols);
    }

    public string? Of(CompletionItem item)
    {
        var name = item.DisplayText.TrimStart('@');
        if (!_byName.TryGetValue(name, out var symbols))
        {
            return null;
        }

        var shown = Show(symbols[0]);
        return symbols.Count switch
        {
            1 => shown,
            2 => $"{shown} (+1 overload)",
            _ => string.Create(CultureInfo.InvariantCulture, $"{shown} (+{symbols.Count - 1} overloads)"),
        };
    }

    // Members read best short (DataFrame DataFrame.Filter(...)); a type or namespace is placed by its full name.
    private static string Show(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => $"{KindOf(type)} {type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}",
        INamespaceSymbol space => $"namespace {space.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}",
        _ => symbol.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
    };

    private static string KindOf(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Interface => "interface",
        TypeKind.Enum => "enum",
        TypeKind.Delegate => "delegate",
        TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
        _ => type.IsRecord ? "record" : "class",
    };

    // What the word after "x." or "x?." or "Name.Space." is looked up in: a type or namespace named there, else x's type.
    private static INamespaceOrTypeSymbol? ContainerBefore(SemanticModel model, SyntaxNode root, int position, CancellationToken cancellationToken)
    {
        if (position == 0)
        {
            return null;
        }

        var token = root.FindToken(position - 1);
        if (token.RawKind != (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.DotToken)
        {
            return null;
        }

        SyntaxNode? left = token.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            MemberBindingExpressionSyntax binding => binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>()?.Expression,
            _ => null,
        };
        if (left is null)
        {
            return null;
        }

        return model.GetSymbolInfo(left, cancellationToken).Symbol as INamespaceOrTypeSymbol
            ?? model.GetTypeInfo(left, cancellationToken).Type;
    }
}
