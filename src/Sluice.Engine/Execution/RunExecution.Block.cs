using Microsoft.Extensions.Logging;

using Polly;
using Polly.Retry;
using Polly.Timeout;
using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Outputs;
using Sluice.Engine.Tracking;
using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>One block's execution: attempts under retry and timeout, block tests, then atomic output storage.</summary>
internal sealed partial class RunExecution
{
    private async Task<BlockOutcome> ExecuteBlockAsync(
        RunTask task, IReadOnlyList<object?> inputs, CancellationToken runToken)
    {
        var (block, name) = (task.Block, task.Name);
        if (block.DataProduct is { } product)
        {
            return await ExecuteProductAsync(block, product, runToken);
        }

        var compiled = _plan.Compiled[block.Name];
        var settings = _services.SettingsFor(_plan.Pipeline, block);
        var cacheDirectory = _services.CacheDirectoryOf(_plan.Pipeline, block.Name);
        var attempt = 0;
        BlockContext? lastContext = null;
        var tracking = new List<ExperimentTracker>();

        try
        {
            var outputs = await AttemptsOf(settings, runToken).ExecuteAsync(
                async token =>
                {
                    attempt++;
                    await AppendAsync(new BlockStarted(_runId, _services.Clock.GetUtcNow(), name, attempt));
                    Directory.CreateDirectory(cacheDirectory);
                    var tracker = TrackerFor(name, attempt, tracking);
                    lastContext = ContextFor(task, attempt, cacheDirectory, tracker, token);
                    try
                    {
                        return await InvokeAsync(compiled, inputs, lastContext, settings);
                    }
                    catch (Exception e) when (!runToken.IsCancellationRequested)
                    {
                        var error = token.IsCancellationRequested && e is OperationCanceledException
                            ? $"Attempt {attempt} timed out after {settings.Timeout}."
                            : BlockErrors.Describe(e, block.SourcePath);
                        EngineLog.AttemptFailed(lastContext.Logger, e, attempt, error);

                        // Before a retry starts: the runs of a failed attempt are failed runs, whatever comes next.
                        await tracker.EndOpenRunsAsync(TrackedRunStatus.Failed);
                        await AppendAsync(new BlockAttemptFailed(_runId, _services.Clock.GetUtcNow(), name, attempt, error));
                        throw;
                    }
                },
                runToken);

            var testContext = ContextFor(task, attempt, cacheDirectory, TrackerFor(name, attempt, tracking), runToken);
            var tests = await compiled.RunTestsAsync(outputs, testContext);
            LogTests(testContext.Logger, tests);
            if (tests.FirstOrDefault(t => !t.Passed) is { } failedTest)
            {
                return await EndAsync(name, BlockRunStatus.Failed, $"Block test '{failedTest.Name}' failed: {failedTest.Message}", [], tests, tracking);
            }

            await StoreOutputsAsync(name, compiled, outputs, runToken);
            return await EndAsync(name, BlockRunStatus.Completed, null, outputs, tests, tracking);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return await EndAsync(name, BlockRunStatus.Cancelled, "The run was cancelled.", [], [], tracking);
        }
        catch (TimeoutRejectedException)
        {
            return await EndAsync(name, BlockRunStatus.Failed, $"Timed out after {settings.Timeout} (attempt {attempt}).", [], [], tracking);
        }
        catch (Exception e)
        {
            return await EndAsync(name, BlockRunStatus.Failed, BlockErrors.Describe(e, block.SourcePath), [], [], tracking);
        }
    }

    private ResiliencePipeline AttemptsOf(ExecutionSettings settings, CancellationToken runToken)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = _services.Clock };
        if (settings.Retries is > 0 and var retries)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                Delay = settings.RetryDelay ?? TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(_ => !runToken.IsCancellationRequested),
            });
        }

        if (settings.Timeout is { } timeout)
        {
            builder.AddTimeout(timeout);
        }

        return builder.Build();
    }

    private BlockContext ContextFor(
        RunTask task, int attempt, string cacheDirectory, ExperimentTracker tracker, CancellationToken token) => new(
        new BlockRunInfo(_runId.Value, _plan.Pipeline.Id.Value, task.Name, attempt, null, _services.Project.RootDirectory)
        {
            Item = task.Item?.Info,
        },
        _variables,
        new RunLogger(Logs, _runId, task.Name, attempt, _services.Clock),
        cacheDirectory,
        token)
    {
        Tracking = tracker,
        Models = _services.Models,
    };

    private async Task StoreOutputsAsync(
        string block, CompiledBlock compiled, IReadOnlyList<object?> outputs, CancellationToken cancellationToken)
    {
        if (outputs.Count == 0)
        {
            return;
        }

        var values = outputs
            .Select((value, index) => new BlockOutputValue(compiled.Outputs[index].Name, compiled.Outputs[index].Type, value))
            .ToList();
        await _services.Outputs.WriteAsync(new BlockKey(_plan.Pipeline.Id, _runId, block), values, cancellationToken);
    }

    private async Task<BlockOutcome> EndAsync(
        string block,
        BlockRunStatus status,
        string? error,
        IReadOnlyList<object?> outputs,
        IReadOnlyList<BlockTestResult> tests,
        IReadOnlyList<ExperimentTracker> tracking)
    {
        // Tracked runs end before the block does, so a reader who sees the block ended sees its runs ended too.
        await EndTrackedRunsAsync(tracking, status);
        await AppendAsync(new BlockEnded(_runId, _services.Clock.GetUtcNow(), block, status, error));
        return new BlockOutcome(block, status, error, outputs, tests);
    }

    // Test results go to the run's log too, so a run's page shows them long after the run.
    private static void LogTests(ILogger logger, IReadOnlyList<BlockTestResult> tests)
    {
        foreach (var test in tests)
        {
            if (test.Passed)
            {
                EngineLog.TestPassed(logger, test.Name);
            }
            else
            {
                EngineLog.TestFailed(logger, test.Name, test.Message);
            }
        }
    }
}
