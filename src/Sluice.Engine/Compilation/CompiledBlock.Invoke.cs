using System.Reflection;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Compilation;

/// <summary>Running the entry method: binding inputs, injecting the context, awaiting and unpacking the result.</summary>
public sealed partial class CompiledBlock
{
    /// <summary>
    /// Runs the entry method with <paramref name="inputs"/> (in <see cref="Inputs"/> order) and returns its outputs
    /// (in <see cref="Outputs"/> order). The block's own exception surfaces unwrapped. The method starts on the thread
    /// pool, so a block that computes before its first await does not hold up the caller.
    /// </summary>
    /// <exception cref="SluiceException">An input's value does not fit its parameter.</exception>
    public Task<IReadOnlyList<object?>> InvokeAsync(IReadOnlyList<object?> inputs, BlockContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(context);
        return Task.Run(
            () => _shape.OutputsOfAsync(Entry.Invoke(null, BindingFlags.DoNotWrapExceptions, null, BindEntry(inputs, context), null)),
            CancellationToken.None);
    }

    private object?[] BindEntry(IReadOnlyList<object?> inputs, BlockContext context)
    {
        if (inputs.Count != Inputs.Count)
        {
            throw new SluiceException(
                $"block '{Name}' takes {Inputs.Count} input(s) but was given {inputs.Count}", new SourceLocation(SourcePath));
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            if (ValueProblem(Inputs[i].Type, inputs[i]) is { } problem)
            {
                throw new SluiceException(
                    $"block '{Name}': parameter '{Inputs[i].Name}' is {TypeNames.Display(Inputs[i].Type)} but its input is {problem}",
                    new SourceLocation(SourcePath));
            }
        }

        return Arguments(Entry, inputs, context);
    }

    /// <summary>Values for <paramref name="method"/>'s parameters: context and token injected, the rest taken in order.</summary>
    private static object?[] Arguments(MethodInfo method, IReadOnlyList<object?> values, BlockContext context)
    {
        var parameters = method.GetParameters();
        var arguments = new object?[parameters.Length];
        var next = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            arguments[i] = type == typeof(BlockContext) ? context
                : type == typeof(CancellationToken) ? context.CancellationToken
                : values[next++];
        }

        return arguments;
    }

    /// <summary>Why <paramref name="value"/> cannot be passed as <paramref name="type"/>, or null when it can.</summary>
    private static string? ValueProblem(Type type, object? value)
    {
        if (value is null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "null" : null;
        }

        return type.IsInstanceOfType(value) ? null : TypeNames.Display(value.GetType());
    }
}
