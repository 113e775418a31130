namespace Sluice.Benchmarks;

/// <summary>Latencies and elapsed time gathered over the measured rounds of one endpoint.</summary>
internal sealed class LoadFigures
{
    private readonly List<double> _latencies = [];
    private TimeSpan _elapsed;
    private long _allocated;
    private int _collections;

    public void Add(IEnumerable<double> latencies, TimeSpan elapsed, long allocated, int collections)
    {
        _latencies.AddRange(latencies);
        _elapsed += elapsed;
        _allocated += allocated;
        _collections += collections;
    }

    /// <summary>Bytes the process allocated per request, client and server together.</summary>
    public double AllocatedPerRequest => (double)_allocated / _latencies.Count;

    /// <summary>Gen-0 collections per thousand requests.</summary>
    public double CollectionsPerThousand => _collections * 1000.0 / _latencies.Count;

    public int Requests => _latencies.Count;

    public double RequestsPerSecond => _latencies.Count / _elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        var sorted = _latencies.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }
}
