using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>
/// What some blocks do beyond running once: sensors wait, conditions gate what follows, dynamic blocks must return
/// items.
/// </summary>
internal sealed partial class RunExecution
{
    /// <summary>
    /// Runs a block once, or a sensor until it returns true, checking again every poll interval; the attempt's timeout
    /// and the run's cancellation bound the waiting.
    /// </summary>
    private async Task<IReadOnlyList<object?>> InvokeAsync(
        CompiledBlock compiled, IReadOnlyList<object?> inputs, BlockContext context, ExecutionSettings settings)
    {
        var outputs = await compiled.InvokeAsync(inputs, context);
        if (compiled.Definition.Dynamic)
        {
            // A dynamic block that returned no usable items fails here, before its outputs are stored.
            _ = DynamicItems.From(compiled.Name, outputs[0]);
        }

        if (compiled.Kind != BlockKind.Sensor)
        {
            return outputs;
        }

        var interval = settings.PollInterval ?? ExecutionSettings.Defaults.PollInterval!.Value;
        while (outputs is not [true])
        {
            EngineLog.SensorWaiting(context.Logger, compiled.Name, interval);
            await Task.Delay(interval, _services.Clock, context.CancellationToken);
            outputs = await compiled.InvokeAsync(inputs, context);
        }

        return outputs;
    }

    /// <summary>Whether a completed block lets the blocks downstream of it run: a condition that returned false does not.</summary>
    private static bool Releases(RunTask task, BlockOutcome outcome) =>
        task.Block.Kind != BlockKind.Condition || outcome.Outputs is not [false];
}
