using System.CommandLine;
using Sluice.Cli.Display;
using Sluice.Core;
using Sluice.Engine.Execution;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice run &lt;pipeline&gt;</c>: runs a pipeline, one block of it, or a block and what follows it.</summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var pipeline = new Argument<string>("pipeline") { Description = "The pipeline to run." };
        var project = CommonOptions.Project();
        var variables = CommonOptions.Variables();
        var block = new Option<string?>("--block") { Description = "Run only this block, on the latest successful outputs of its upstream blocks." };
        var from = new Option<string?>("--from") { Description = "Run this block and everything downstream of it." };
        var command = new Command("run", "Run a pipeline and show its progress.") { pipeline, project, variables, block, from };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new RunRequest(parse.GetValue(pipeline)!)
            {
                Variables = VariableArguments.Parse(parse.GetValue(variables)),
                Scope = ScopeOf(parse.GetValue(block), parse.GetValue(from)),
            };
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var result = await RunWithProgressAsync(console, session, request, cancellationToken);
            RunSummary.Write(console.Out, result);
            return RunSummary.ExitCodeOf(result.Run);
        });
        return command;
    }

    public static async Task<RunResult> RunWithProgressAsync(
        CliConsole console, ProjectSession session, RunRequest request, CancellationToken cancellationToken)
    {
        if (console.Interactive)
        {
            return await new LiveRunView(console.Out).ShowAsync(
                observer => session.Project.RunAsync(request, observer, cancellationToken));
        }

        return await session.Project.RunAsync(request, new PlainRunObserver(console.Out), cancellationToken);
    }

    private static RunScope ScopeOf(string? block, string? from) => (block, from) switch
    {
        (not null, not null) => throw new SluiceException("Use either --block or --from, not both."),
        (not null, null) => RunScope.Only(block),
        (null, not null) => RunScope.From(from),
        _ => RunScope.All,
    };
}
