using System.Diagnostics;
using System.Globalization;
using Sluice.Core;
using Sluice.Engine.Execution;

namespace Sluice.Benchmarks;

/// <summary>
/// (c) From saving a one-block edit to that block starting, warm (the project open, as in the editor): the edited
/// block recompiles alone and runs on the stored upstream outputs. Baseline: the same re-run with no edit.
/// Target: at most 300 ms.
/// </summary>
internal sealed class EditToStartScenario : IScenario
{
    public async Task<ScenarioResult> RunAsync()
    {
        var root = BenchProject.NewFolder("edit");
        File.WriteAllText(Path.Combine(root, "sluice.yaml"), "name: edit\n");
        Write(root, "data_loaders/load.cs", """
            public static class Load
            {
                [DataLoader]
                public static DataFrame Run() => new(new PrimitiveDataFrameColumn<int>("n", Enumerable.Range(0, 1000)));
            }
            """);
        Write(root, "transformers/shape.cs", Shape(0));
        Write(root, "data_exporters/save.cs", """
            public static class Save
            {
                [DataExporter]
                public static long Run(DataFrame frame) => frame.Rows.Count;
            }
            """);
        Write(root, "pipelines/p/pipeline.yaml", """
            blocks:
              - name: load
                kind: data_loader
              - name: shape
                kind: transformer
                upstream: [load]
              - name: save
                kind: data_exporter
                upstream: [shape]
            """);
        await using var bench = await BenchProject.OpenAsync(root);
        await bench.Project.RunAsync("p");

        var edits = 0;
        var edited = await MedianToStartAsync(bench, () => Write(root, "transformers/shape.cs", Shape(++edits)));
        var unchanged = await MedianToStartAsync(bench, () => { });
        return new ScenarioResult(
            "(c) edit one block -> it starts (warm)",
            edited,
            unchanged,
            string.Create(CultureInfo.InvariantCulture, $"{edited.TotalMilliseconds:0} ms to start"),
            "<= 300 ms",
            edited.TotalMilliseconds <= 300);
    }

    private static async Task<TimeSpan> MedianToStartAsync(BenchProject bench, Action edit)
    {
        var times = new List<TimeSpan>();
        for (var round = 0; round < 12; round++)
        {
            var observer = new StartWatch("shape");
            edit();
            observer.Watch.Start();
            var result = await bench.Project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("shape") }, observer);
            if (result.Run.Status != RunStatus.Completed)
            {
                throw new InvalidOperationException($"The re-run ended {result.Run.Status}: {result.Run.Error}");
            }

            if (round >= 2)
            {
                times.Add(observer.Started);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static string Shape(int version) => string.Create(CultureInfo.InvariantCulture, $$"""
        public static class Shape
        {
            [Transformer]
            public static DataFrame Run(DataFrame frame)
            {
                var column = (PrimitiveDataFrameColumn<int>)frame["n"].Add({{version}});
                return new DataFrame(column);
            }
        }
        """);

    private static void Write(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private sealed class StartWatch(string block) : IRunObserver
    {
        public Stopwatch Watch { get; } = new();

        public TimeSpan Started { get; private set; }

        public void OnEvent(RunEvent runEvent)
        {
            if (runEvent is BlockStarted started && started.Block == block)
            {
                Started = Watch.Elapsed;
            }
        }

        public void OnLog(LogEntry entry)
        {
        }
    }
}
