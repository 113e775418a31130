using System.Globalization;

namespace Sluice.Benchmarks;

/// <summary>Collects scenario results and prints them as one table.</summary>
internal sealed class Report
{
    private readonly List<ScenarioResult> _results = [];

    public void Add(ScenarioResult result) => _results.Add(result);

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"scenario",-48} {"sluice",12} {"baseline",12}  {"figure",-28} {"target",-28} met");
        foreach (var r in _results)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{r.Name,-48} {Ms(r.Sluice),12} {Ms(r.Baseline),12}  {r.Measure,-28} {r.Target,-28} {(r.Met ? "yes" : "NO")}"));
        }
    }

    private static string Ms(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0.00} ms");
}
