using System.Globalization;
using Sluice.Core;
using Sluice.Engine.Execution;

namespace Sluice.Cli.Display;

/// <summary>The table printed when a run ends: every block's status, attempts, time, tests and error.</summary>
internal static class RunSummary
{
    public static void Write(TextWriter output, RunResult result)
    {
        var run = result.Run;
        output.WriteLine();
        output.WriteLine($"Run {run.Id} of {run.Pipeline}: {run.Status}{(run.Duration is { } d ? " in " + Format(d) : string.Empty)}");
        var rows = result.Blocks.Select(b => new[]
        {
            b.Run.Key.Block,
            b.Run.Status.ToString(),
            b.Run.Attempts.ToString(CultureInfo.InvariantCulture),
            b.Run.Duration is { } took ? Format(took) : "-",
            b.Tests.Count == 0 ? "-" : $"{b.Tests.Count(t => t.Passed)}/{b.Tests.Count} passed",
            b.Run.Error ?? string.Empty,
        }).ToList();
        WriteTable(output, ["block", "status", "attempts", "time", "tests", "error"], rows);
    }

    public static void WriteTable(TextWriter output, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        output.WriteLine("  " + string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
    }

    public static string Format(TimeSpan duration) => duration.TotalSeconds switch
    {
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms"),
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.00} s"),
        _ => duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture),
    };

    public static int ExitCodeOf(PipelineRun run) => run.Status switch
    {
        RunStatus.Completed => ExitCodes.Success,
        RunStatus.Cancelled => ExitCodes.Cancelled,
        _ => ExitCodes.RunFailed,
    };
}
