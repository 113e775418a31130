using Sluice.Benchmarks;

// Scenario benchmarks, each against a baseline measured in the same run. Usage:
//   dotnet run -c Release --project bench/Sluice.Benchmarks [-- noop|frame|frame-numbers|frame-arrow|edit|nyc|charts|charts-profiles|assist|editor-open|editor-rerun|predict|predict-engines|training]...
var selected = args.Length == 0
    ? ["noop", "frame", "frame-numbers", "frame-arrow", "edit", "nyc", "charts", "charts-profiles", "assist", "editor-open", "editor-rerun", "predict", "predict-engines", "training"]
    : args;
var report = new Report();
foreach (var name in selected)
{
    IScenario[] scenarios = name switch
    {
        "noop" => [new NoOpBlocksScenario()],
        "frame" => [new FrameHandoffScenario(FrameStrings.Managed)],
        "frame-numbers" => [new FrameHandoffScenario(FrameStrings.None)],
        "frame-arrow" => [new FrameHandoffScenario(FrameStrings.Arrow)],
        "edit" => [new EditToStartScenario()],
        "nyc" => [new NycTaxiScenario()],
        "charts" => [new ChartsScenario(profiles: false)],
        "charts-profiles" => [new ChartsScenario(profiles: true)],
        "assist" => [new CodeAssistScenario(AssistCall.Completion), new CodeAssistScenario(AssistCall.Diagnostics)],
        "editor-open" => [new EditorOpenScenario()],
        "editor-rerun" => [new EditorRerunScenario()],
        "predict" => [new PredictScenario(clients: 1), new PredictScenario(clients: 4)],
        "predict-engines" => [new PredictEnginesScenario(records: 1), new PredictEnginesScenario(records: 100)],
        "training" => [new TrainingScenario()],
        _ => throw new ArgumentException(
            $"Unknown scenario '{name}'; use noop, frame, frame-numbers, frame-arrow, edit, nyc, charts, charts-profiles, assist, editor-open, editor-rerun, predict, predict-engines or training."),
    };
    Console.WriteLine($"running {name}...");
    foreach (var scenario in scenarios)
    {
        report.Add(await scenario.RunAsync());
    }
}

report.Print(Console.Out);
