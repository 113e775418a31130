using System.Reflection;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sluice.Engine.Compilation;

/// <summary>
/// Finds where a method is declared in a block file, for discovery messages. Reflection does not know lines and a
/// cache hit has no syntax tree, so the file is parsed here, and only when there is something to report.
/// </summary>
internal sealed class MethodLocator(SourceFile source)
{
    private SyntaxNode? _root;

    public BlockDiagnostic Error(MethodInfo method, string message)
    {
        var (line, column) = Find(method);
        return BlockDiagnostic.Error(source.RelativePath, message, line, column);
    }

    public (int Line, int Column) Find(MethodInfo method)
    {
        _root ??= CSharpSyntaxTree.ParseText(source.Text()).GetRoot();
        var declaration = _root.DescendantNodes()
            .OfType<MethodDeclarationSyntax>()
            .FirstOrDefault(m => m.Identifier.ValueText == method.Name
                && m.Parent is BaseTypeDeclarationSyntax type
                && type.Identifier.ValueText == method.DeclaringType?.Name.Split('`')[0]);
        if (declaration is null)
        {
            return (0, 0);
        }

        var position = declaration.Identifier.GetLocation().GetLineSpan().StartLinePosition;
        return (position.Line + 1, position.Character + 1);
    }

    public static string NameOf(MethodInfo method) => $"{method.DeclaringType?.Name}.{method.Name}";
}
