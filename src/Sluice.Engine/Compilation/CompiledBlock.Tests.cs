using System.Reflection;

using Sluice.Sdk;

namespace Sluice.Engine.Compilation;

/// <summary>Running the block's tests against its outputs; a failing test is a result, never an exception.</summary>
public sealed partial class CompiledBlock
{
    /// <summary>
    /// Runs every <c>[BlockTest]</c> method, in file order, with the block's <paramref name="outputs"/> bound to its
    /// parameters in order. Each test that throws fails with the exception's message.
    /// </summary>
    public async Task<IReadOnlyList<BlockTestResult>> RunTestsAsync(IReadOnlyList<object?> outputs, BlockContext context)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(context);
        var results = new List<BlockTestResult>(Tests.Count);
        foreach (var test in Tests)
        {
            results.Add(await RunTestAsync(test, outputs, context).ConfigureAwait(false));
        }

        return results;
    }

    private static async Task<BlockTestResult> RunTestAsync(
        BlockTestMethod test, IReadOnlyList<object?> outputs, BlockContext context)
    {
        var taken = test.Method.GetParameters().Where(p => !BlockDiscovery.IsInjected(p.ParameterType)).ToList();
        if (taken.Count > outputs.Count)
        {
            return new BlockTestResult(test.Name, false, $"it takes {taken.Count} outputs but the block gave {outputs.Count}");
        }

        for (var i = 0; i < taken.Count; i++)
        {
            if (ValueProblem(taken[i].ParameterType, outputs[i]) is { } problem)
            {
                return new BlockTestResult(
                    test.Name,
                    false,
                    $"parameter '{taken[i].Name}' is {TypeNames.Display(taken[i].ParameterType)} but the output is {problem}");
            }
        }

        try
        {
            var arguments = Arguments(test.Method, outputs, context);
            var shape = ReturnShape.Of(test.Method);
            await Task.Run(
                    () => shape.OutputsOfAsync(test.Method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null)),
                    CancellationToken.None)
                .ConfigureAwait(false);
            return new BlockTestResult(test.Name, true, null);
        }
        catch (Exception e)
        {
            return new BlockTestResult(test.Name, false, FailureMessage(e));
        }
    }

    // A test's own words stand alone; an accident (NullReferenceException...) keeps its type so it reads as one.
    private static string FailureMessage(Exception exception) =>
        exception is BlockTestException || exception.GetType() == typeof(Exception)
            ? exception.Message
            : $"{exception.GetType().Name}: {exception.Message}";
}
