using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;


namespace Sluice.Engine.CodeAssist;

/// <summary>
/// A block test against the entry's outputs, as the engine's <c>ReturnShape</c> and <c>BlockBinding.Fits</c> see
/// them through reflection: outputs are the awaited result, split if it is a tuple; a parameter fits an output of its
/// own type, a derived one, or <see cref="object"/>; types are named as <c>TypeNames</c> names them.
/// </summary>
internal static partial class BlockShapeCheck
{
    private static void CheckTest(
        MethodDeclarationSyntax syntax,
        IMethodSymbol test,
        List<(string Name, ITypeSymbol Type)> outputs,
        CSharpCompilation compilation,
        List<CodeDiagnostic> problems)
    {
        var name = NameOf(test);
        var at = LineSpanOf(syntax);
        var taken = test.Parameters.Where(p => !IsInjected(p.Type)).ToList();
        if (taken.Count > outputs.Count)
        {
            problems.Add(TextPositions.Error(
                $"block test {name} takes {taken.Count} outputs but the entry method returns {outputs.Count}", at));
            return;
        }

        for (var i = 0; i < taken.Count; i++)
        {
            if (!Fits(taken[i].Type, outputs[i].Type, compilation))
            {
                problems.Add(TextPositions.Error(
                    $"block test {name}: parameter '{taken[i].Name}' is {Display(taken[i].Type)} "
                    + $"but output '{outputs[i].Name}' is {Display(outputs[i].Type)}",
                    at));
            }
        }
    }

    private static List<(string Name, ITypeSymbol Type)> OutputsOf(IMethodSymbol entry, CSharpCompilation compilation)
    {
        var result = entry.ReturnType;
        if (entry.ReturnsVoid || IsOneOf(result, compilation, "System.Threading.Tasks.Task", "System.Threading.Tasks.ValueTask"))
        {
            return [];
        }

        if (result is INamedTypeSymbol { IsGenericType: true } generic
            && IsOneOf(generic.OriginalDefinition, compilation, "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask`1"))
        {
            result = generic.TypeArguments[0];
        }

        return result is INamedTypeSymbol { IsTupleType: true } tuple
            ? [.. tuple.TupleElements.Select((e, i) => (e.IsExplicitlyNamedTupleElement ? e.Name : $"output_{i}", e.Type))]
            : [("output_0", result)];
    }

    // Type.IsAssignableFrom: identity, a base class or interface, boxing, T into T?; no numeric widening.
    private static bool Fits(ITypeSymbol parameter, ITypeSymbol output, CSharpCompilation compilation)
    {
        if (output.SpecialType == SpecialType.System_Object)
        {
            return true;
        }

        var conversion = compilation.ClassifyConversion(output, parameter);
        return conversion.IsIdentity || (conversion.IsImplicit && (conversion.IsReference || conversion.IsBoxing || conversion.IsNullable));
    }

    private static bool IsInjected(ITypeSymbol type) =>
        type.ToDisplayString() is "Sluice.Sdk.BlockContext" or "System.Threading.CancellationToken";

    private static bool IsOneOf(ITypeSymbol type, CSharpCompilation compilation, params string[] metadataNames) =>
        metadataNames.Any(n => SymbolEqualityComparer.Default.Equals(type, compilation.GetTypeByMetadataName(n)));

    private static string Display(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => Display(nullable.TypeArguments[0]) + "?",
        IArrayTypeSymbol array => $"{Display(array.ElementType)}[{new string(',', array.Rank - 1)}]",
        INamedTypeSymbol { IsGenericType: true } generic => $"{generic.Name}<{string.Join(", ", generic.TypeArguments.Select(Display))}>",
        _ => type.MetadataName,
    };
}
