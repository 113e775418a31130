using System.Reflection;
using System.Runtime.CompilerServices;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Compilation;

/// <summary>
/// Finds a block's entry method and tests in its loaded assembly and checks them against the pipeline's
/// declaration; every problem becomes a diagnostic naming the file and, where there is one, the line.
/// </summary>
internal static class BlockDiscovery
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    internal static readonly string KindList =
        string.Join(", ", Enum.GetValues<BlockKind>().Select(kind => $"[{kind}]"));

    public static CompiledBlock? Discover(
        BlockDefinition block, SourceFile source, Assembly assembly, List<BlockDiagnostic> problems)
    {
        var locator = new MethodLocator(source);
        var methods = assembly.GetTypes()
            .SelectMany(type => type.GetMethods(Declared))
            .OrderBy(method => method.MetadataToken)
            .ToList();
        var entries = methods.Where(m => m.GetCustomAttribute<BlockEntryAttribute>(inherit: false) is not null).ToList();
        var before = problems.Count;

        if (entries.Count == 0)
        {
            problems.Add(BlockDiagnostic.Error(source.RelativePath, $"no entry method: mark one static method with {KindList}"));
            return null;
        }

        if (entries.Count > 1)
        {
            var named = entries.Select(e => $"{MethodLocator.NameOf(e)} (line {locator.Find(e).Line})");
            problems.Add(locator.Error(
                entries[0],
                $"{entries.Count} entry methods: {string.Join(" and ", named)}; a block has exactly one"));
            return null;
        }

        var entry = entries[0];
        var kind = entry.GetCustomAttribute<BlockEntryAttribute>(inherit: false)!.Kind;
        if (kind != block.Kind)
        {
            problems.Add(locator.Error(
                entry,
                $"entry method {MethodLocator.NameOf(entry)} is marked [{kind}] but the pipeline declares block '{block.Name}' "
                + $"a {block.Kind}; mark it [{block.Kind}] or change the block's kind"));
        }

        CheckCallable(entry, "entry method", locator, problems);
        var inputs = entry.GetParameters()
            .Where(p => !IsInjected(p.ParameterType))
            .Select(p => new BlockInput(p.Name ?? $"input_{p.Position}", p.ParameterType))
            .ToList();
        var shape = ReturnShape.Of(entry);
        var tests = methods
            .Where(m => m.GetCustomAttribute<BlockTestAttribute>(inherit: false) is not null)
            .Select(test => CheckTest(test, shape.Outputs, locator, problems))
            .ToList();

        return problems.Count > before ? null : new CompiledBlock(block, source.Hash, entry, shape, inputs, tests);
    }

    public static bool IsInjected(Type type) => type == typeof(BlockContext) || type == typeof(CancellationToken);

    private static BlockTestMethod CheckTest(
        MethodInfo test, IReadOnlyList<BlockOutput> outputs, MethodLocator locator, List<BlockDiagnostic> problems)
    {
        var name = MethodLocator.NameOf(test);
        CheckCallable(test, "block test", locator, problems);
        var taken = test.GetParameters().Where(p => !IsInjected(p.ParameterType)).ToList();
        if (taken.Count > outputs.Count)
        {
            problems.Add(locator.Error(
                test, $"block test {name} takes {taken.Count} outputs but the entry method returns {outputs.Count}"));
        }
        else
        {
            for (var i = 0; i < taken.Count; i++)
            {
                if (!BlockBinding.Fits(taken[i].ParameterType, outputs[i].Type))
                {
                    problems.Add(locator.Error(
                        test,
                        $"block test {name}: parameter '{taken[i].Name}' is {TypeNames.Display(taken[i].ParameterType)} "
                        + $"but output '{outputs[i].Name}' is {TypeNames.Display(outputs[i].Type)}"));
                }
            }
        }

        return new BlockTestMethod(test.Name, test);
    }

    private static void CheckCallable(MethodInfo method, string role, MethodLocator locator, List<BlockDiagnostic> problems)
    {
        var name = MethodLocator.NameOf(method);
        if (!method.IsStatic)
        {
            problems.Add(locator.Error(method, $"{role} {name} must be static"));
        }

        if (method.ContainsGenericParameters)
        {
            problems.Add(locator.Error(method, $"{role} {name} must not be generic"));
        }

        if (method.ReturnType == typeof(void) && method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
        {
            problems.Add(locator.Error(method, $"{role} {name} is async void, so its failures cannot be seen; return Task"));
        }

        foreach (var parameter in method.GetParameters().Where(p => p.ParameterType.IsByRef))
        {
            problems.Add(locator.Error(method, $"{role} {name}: parameter '{parameter.Name}' is passed by reference; take it by value"));
        }
    }
}
