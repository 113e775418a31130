using Sluice.Core;
using Sluice.Engine.Execution;
using Spectre.Console;

namespace Sluice.Cli.Display;

/// <summary>Live progress on a terminal: one row per block with its status, attempt, time and latest log line.</summary>
internal sealed class LiveRunView(TextWriter output) : IRunObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private string _title = "Starting";

    public async Task<RunResult> ShowAsync(Func<IRunObserver, Task<RunResult>> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        RunResult? result = null;
        await console.Live(Render()).AutoClear(false).StartAsync(async context =>
        {
            var running = run(this);
            while (await Task.WhenAny(running, Task.Delay(100)) != running)
            {
                context.UpdateTarget(Render());
            }

            result = await running;
            context.UpdateTarget(Render());
        });
        return result!;
    }

    public void OnEvent(RunEvent runEvent)
    {
        lock (_gate)
        {
            switch (runEvent)
            {
                case RunCreated created:
                    _title = $"Run {created.Run} of {created.Pipeline}";
                    foreach (var block in created.Blocks)
                    {
                        _rows[block] = new Row { Status = BlockRunStatus.Queued };
                    }

                    break;
                case ChildBlocksAdded added:
                    // Item runs are listed under their block, as the run's record lists them.
                    var rows = _rows.ToList();
                    _rows.Clear();
                    foreach (var (name, existing) in rows)
                    {
                        _rows[name] = existing;
                        if (name == added.Block)
                        {
                            foreach (var child in added.Children)
                            {
                                _rows[child] = new Row { Status = BlockRunStatus.Queued };
                            }
                        }
                    }

                    break;
                case BlockStarted started:
                    var row = _rows[started.Block];
                    row.Status = BlockRunStatus.Running;
                    row.Attempt = started.Attempt;
                    row.StartedAt ??= started.At;
                    break;
                case BlockAttemptFailed failed:
                    _rows[failed.Block].LastLine = $"attempt {failed.Attempt} failed: {failed.Error}";
                    break;
                case BlockEnded ended:
                    _rows[ended.Block].Status = ended.Status;
                    _rows[ended.Block].EndedAt = ended.At;
                    if (ended.Error is not null)
                    {
                        _rows[ended.Block].LastLine = ended.Error;
                    }

                    break;
            }
        }
    }

    public void OnLog(LogEntry entry)
    {
        lock (_gate)
        {
            if (entry.Block is not null && _rows.TryGetValue(entry.Block, out var row))
            {
                row.LastLine = entry.Message.Split('\n')[0];
            }
        }
    }

    private Table Render()
    {
        var table = new Table().Title(Markup.Escape(_title)).AddColumns("block", "status", "attempt", "time", "latest");
        lock (_gate)
        {
            foreach (var (name, row) in _rows)
            {
                var took = row.StartedAt is { } start ? RunSummary.Format((row.EndedAt ?? TimeProvider.System.GetUtcNow()) - start) : "-";
                table.AddRow(
                    Markup.Escape(name),
                    $"[{ColorOf(row.Status)}]{row.Status}[/]",
                    row.Attempt == 0 ? "-" : row.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    took,
                    Markup.Escape(row.LastLine.Length > 80 ? row.LastLine[..80] + "…" : row.LastLine));
            }
        }

        return table;
    }

    private static string ColorOf(BlockRunStatus status) => status switch
    {
        BlockRunStatus.Completed => "green",
        BlockRunStatus.Running => "blue",
        BlockRunStatus.Failed or BlockRunStatus.UpstreamFailed => "red",
        BlockRunStatus.Cancelled => "yellow",
        _ => "grey",
    };

    private sealed class Row
    {
        public BlockRunStatus Status { get; set; }

        public int Attempt { get; set; }

        public DateTimeOffset? StartedAt { get; set; }

        public DateTimeOffset? EndedAt { get; set; }

        public string LastLine { get; set; } = string.Empty;
    }
}
