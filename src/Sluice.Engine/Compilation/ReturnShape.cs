using System.Reflection;
using System.Runtime.CompilerServices;

namespace Sluice.Engine.Compilation;

/// <summary>
/// What an entry method's return type means: whether to await it, and which outputs it holds. void, Task and
/// ValueTask give none; T, Task&lt;T&gt; and ValueTask&lt;T&gt; give one; a value tuple (also awaited) gives one
/// per element, named by the tuple's element names or <c>output_N</c>.
/// </summary>
internal sealed class ReturnShape
{
    private static readonly HashSet<Type> ValueTuples =
    [
        typeof(ValueTuple<>), typeof(ValueTuple<,>), typeof(ValueTuple<,,>), typeof(ValueTuple<,,,>),
        typeof(ValueTuple<,,,,>), typeof(ValueTuple<,,,,,>), typeof(ValueTuple<,,,,,,>), typeof(ValueTuple<,,,,,,,>),
    ];

    private readonly Type _declared;
    private readonly PropertyInfo? _taskResult;
    private readonly MethodInfo? _valueTaskAsTask;
    private readonly bool _isTuple;

    private ReturnShape(MethodInfo method)
    {
        _declared = method.ReturnType;
        var result = _declared;
        if (_declared == typeof(void) || _declared == typeof(Task) || _declared == typeof(ValueTask))
        {
            result = null;
        }
        else if (_declared.IsGenericType && _declared.GetGenericTypeDefinition() == typeof(Task<>))
        {
            result = _declared.GetGenericArguments()[0];
            _taskResult = _declared.GetProperty(nameof(Task<int>.Result));
        }
        else if (_declared.IsGenericType && _declared.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            result = _declared.GetGenericArguments()[0];
            _valueTaskAsTask = _declared.GetMethod(nameof(ValueTask<int>.AsTask));
            _taskResult = typeof(Task<>).MakeGenericType(result).GetProperty(nameof(Task<int>.Result));
        }

        _isTuple = result is { IsGenericType: true } && ValueTuples.Contains(result.GetGenericTypeDefinition());
        Outputs = result is null ? [] : _isTuple ? TupleOutputs(method, result) : [new BlockOutput("output_0", result)];
    }

    public IReadOnlyList<BlockOutput> Outputs { get; }

    public static ReturnShape Of(MethodInfo method) => new(method);

    /// <summary>Awaits what the method returned, if it is a task, and splits the result into outputs.</summary>
    public async Task<IReadOnlyList<object?>> OutputsOfAsync(object? returned)
    {
        object? value = returned;
        if (_declared == typeof(ValueTask))
        {
            await ((ValueTask)returned!).ConfigureAwait(false);
        }
        else if (_valueTaskAsTask is not null)
        {
            var task = (Task)_valueTaskAsTask.Invoke(returned, null)!;
            await task.ConfigureAwait(false);
            value = _taskResult!.GetValue(task);
        }
        else if (returned is Task task)
        {
            await task.ConfigureAwait(false);
            value = _taskResult?.GetValue(task);
        }

        if (Outputs.Count == 0)
        {
            return [];
        }

        if (_isTuple && value is ITuple tuple)
        {
            var values = new object?[tuple.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = tuple[i];
            }

            return values;
        }

        return [value];
    }

    private static List<BlockOutput> TupleOutputs(MethodInfo method, Type tuple)
    {
        var types = new List<Type>();
        for (var rest = tuple; rest is not null;)
        {
            var arguments = rest.GetGenericArguments();
            var isLong = arguments.Length == 8;
            types.AddRange(isLong ? arguments[..7] : arguments);
            rest = isLong ? arguments[7] : null;
        }

        // Element names come in pre-order over the return type; Task<> has none, so the outer tuple's come first.
        var names = method.ReturnParameter.GetCustomAttribute<TupleElementNamesAttribute>()?.TransformNames ?? [];
        return [.. types.Select((type, i) => new BlockOutput(i < names.Count && names[i] is { } name ? name : $"output_{i}", type))];
    }
}
