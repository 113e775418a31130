using System.Diagnostics;
using System.Net.Http.Headers;

namespace Sluice.Benchmarks;

/// <summary>
/// Closed-loop HTTP load: a few clients on one keep-alive connection pool, each posting the same body and waiting
/// for the whole answer before the next request. Records every request's latency.
/// </summary>
internal sealed class HttpLoad : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly HttpClient _client;
    private readonly int _clients;

    public HttpLoad(int clients)
    {
        _clients = clients;
        _client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
        });
    }

    /// <summary>Runs the load for <paramref name="duration"/> and adds what it measured to <paramref name="into"/>.</summary>
    public async Task RunAsync(Uri url, byte[] body, TimeSpan duration, LoadFigures into)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var latencies = await Task.WhenAll(Enumerable.Range(0, _clients).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>(100_000);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var start = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = JsonType;
                using var response = await _client.PostAsync(url, content);
                await response.Content.LoadIntoBufferAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return mine;
        })));
        into.Add(latencies.SelectMany(l => l), Stopwatch.GetElapsedTime(started), GC.GetTotalAllocatedBytes() - allocated, GC.CollectionCount(0) - collections);
    }

    public void Dispose() => _client.Dispose();
}
