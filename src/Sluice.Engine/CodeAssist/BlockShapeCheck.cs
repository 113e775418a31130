using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Sluice.Engine.Compilation;
using Sluice.Sdk;

namespace Sluice.Engine.CodeAssist;

/// <summary>
/// The checks <see cref="BlockDiscovery"/> runs on a compiled block, done on symbols so nothing is emitted or loaded,
/// with the engine's messages: one entry method, static, not generic, not async void, no by-reference parameters,
/// for the entry and for each block test, and each test's parameters against the entry's outputs. One engine check
/// needs more than the file and is left to the run: the entry's kind against the pipeline's declaration.
/// </summary>
internal static partial class BlockShapeCheck
{
    public static List<CodeDiagnostic> Run(SemanticModel model, CancellationToken cancellationToken)
    {
        var problems = new List<CodeDiagnostic>();
        var entryAttribute = model.Compilation.GetTypeByMetadataName(typeof(BlockEntryAttribute).FullName!);
        var testAttribute = model.Compilation.GetTypeByMetadataName(typeof(BlockTestAttribute).FullName!);
        if (entryAttribute is null || testAttribute is null)
        {
            return problems;
        }

        var root = model.SyntaxTree.GetRoot(cancellationToken);
        var methods = root.DescendantNodes()
            .OfType<MethodDeclarationSyntax>()
            .Select(syntax => (Syntax: syntax, Symbol: model.GetDeclaredSymbol(syntax, cancellationToken)))
            .Where(m => m.Symbol is not null)
            .Select(m => (m.Syntax, Symbol: m.Symbol!))
            .ToList();
        var entries = methods.Where(m => HasAttribute(m.Symbol, entryAttribute)).ToList();
        if (entries.Count == 0)
        {
            // The engine names no line; the first type's name is where a reader looks for the entry.
            var anchor = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.GetLocation()
                ?? Location.Create(model.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0));
            problems.Add(TextPositions.Error(
                $"no entry method: mark one static method with {BlockDiscovery.KindList}", anchor.GetLineSpan()));
            return problems;
        }

        if (entries.Count > 1)
        {
            var named = entries.Select(e => $"{NameOf(e.Symbol)} (line {LineSpanOf(e.Syntax).StartLinePosition.Line + 1})");
            problems.Add(TextPositions.Error(
                $"{entries.Count} entry methods: {string.Join(" and ", named)}; a block has exactly one", LineSpanOf(entries[0].Syntax)));
            return problems;
        }

        CheckCallable(entries[0].Syntax, entries[0].Symbol, "entry method", problems);
        var compilation = (CSharpCompilation)model.Compilation;
        var outputs = OutputsOf(entries[0].Symbol, compilation);
        foreach (var (syntax, symbol) in methods.Where(m => HasAttribute(m.Symbol, testAttribute)))
        {
            CheckCallable(syntax, symbol, "block test", problems);
            CheckTest(syntax, symbol, outputs, compilation, problems);
        }

        return problems;
    }

    private static void CheckCallable(MethodDeclarationSyntax syntax, IMethodSymbol method, string role, List<CodeDiagnostic> problems)
    {
        var name = NameOf(method);
        var at = LineSpanOf(syntax);
        if (!method.IsStatic)
        {
            problems.Add(TextPositions.Error($"{role} {name} must be static", at));
        }

        if (method.IsGenericMethod || IsInGenericType(method))
        {
            problems.Add(TextPositions.Error($"{role} {name} must not be generic", at));
        }

        if (method.ReturnsVoid && method.IsAsync)
        {
            problems.Add(TextPositions.Error($"{role} {name} is async void, so its failures cannot be seen; return Task", at));
        }

        foreach (var parameter in method.Parameters.Where(p => p.RefKind != RefKind.None))
        {
            problems.Add(TextPositions.Error(
                $"{role} {name}: parameter '{parameter.Name}' is passed by reference; take it by value", at));
        }
    }

    private static bool HasAttribute(IMethodSymbol method, INamedTypeSymbol attribute) =>
        method.GetAttributes().Any(a => InheritsFrom(a.AttributeClass, attribute));

    private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol ancestor)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInGenericType(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    // As reflection names it (MethodLocator.NameOf): a generic type keeps its arity, List`1.
    private static string NameOf(IMethodSymbol method) => $"{method.ContainingType.MetadataName}.{method.Name}";

    private static FileLinePositionSpan LineSpanOf(MethodDeclarationSyntax syntax) => syntax.Identifier.GetLocation().GetLineSpan();
}
