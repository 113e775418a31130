using System.CommandLine;
using Sluice.Cli.Display;
using Sluice.Engine.Execution;

namespace Sluice.Cli.Commands;

/// <summary>
/// <c>sluice test &lt;pipeline&gt;</c>: runs the pipeline so that every block's tests run on fresh outputs, lists
/// each test's result, and exits non-zero when any block or test failed (for CI).
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var pipeline = new Argument<string>("pipeline") { Description = "The pipeline whose block tests to run." };
        var project = CommonOptions.Project();
        var variables = CommonOptions.Variables();
        var command = new Command("test", "Run a pipeline's block tests; the exit code says whether they passed.")
        {
            pipeline, project, variables,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new RunRequest(parse.GetValue(pipeline)!) { Variables = VariableArguments.Parse(parse.GetValue(variables)) };
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var result = await session.Project.RunAsync(request, observer: null, cancellationToken);
            return Report(console.Out, result);
        });
        return command;
    }

    private static int Report(TextWriter output, RunResult result)
    {
        var passed = 0;
        var failed = 0;
        foreach (var block in result.Blocks)
        {
            foreach (var test in block.Tests)
            {
                output.WriteLine(test.Passed
                    ? $"PASS {block.Run.Key.Block}.{test.Name}"
                    : $"FAIL {block.Run.Key.Block}.{test.Name}: {test.Message}");
                _ = test.Passed ? passed++ : failed++;
            }

            if (block.Tests.Count == 0 && block.Run.Error is not null)
            {
                output.WriteLine($"FAIL {block.Run.Key.Block}: {block.Run.Status}: {block.Run.Error}");
                failed++;
            }
        }

        output.WriteLine($"{passed} passed, {failed} failed (run {result.Run.Id}: {result.Run.Status})");
        return failed == 0 ? RunSummary.ExitCodeOf(result.Run) : ExitCodes.RunFailed;
    }
}
