using System.Net;
using System.Net.Sockets;
using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Storage.Sqlite;

namespace Sluice.Engine.Tests.Examples;

/// <summary>
/// The ingest block's real download code, against a dataset server on loopback that serves the course's files the
/// way the course's repository does (<c>/{year}/{month:00}.parquet</c>): this machine has no internet.
/// </summary>
public sealed class NycTaxiDownloadTests : IAsyncLifetime, IDisposable
{
    private readonly string _root = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "nyc-taxi"));
    private readonly HttpListener _server = new();
    private readonly List<string> _requests = [];
    private SqliteMetadataStore _store = null!;
    private SluiceProject _project = null!;
    private string _url = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _url = $"http://127.0.0.1:{port}";
        _server.Prefixes.Add(_url + "/");
        _server.Start();
        _ = Task.Run(ServeAsync);
        _store = await SqliteMetadataStore.OpenAsync(Path.Combine(_root, ".sluice", "sluice.db"));
        _project = SluiceProject.Open(_root, _store);
    }

    [Fact]
    public async Task Ingest_DownloadsEachMonthOnce_AndReadsItFromTheCacheAfterwards()
    {
        var variables = new Dictionary<string, object?> { ["dataset_url"] = _url };

        var first = await _project.RunAsync("data_preparation", variables);
        var second = await _project.RunAsync("data_preparation", variables);

        first.Run.Status.ShouldBe(RunStatus.Completed, first.Run.Error);
        second.Run.Status.ShouldBe(RunStatus.Completed, second.Run.Error);
        lock (_requests)
        {
            _requests.ShouldBe(["/2024/01.parquet", "/2024/02.parquet"]);
        }

        var cache = Path.Combine(_root, ".sluice", "cache", "blocks", "data_preparation", "ingest");
        Directory.GetFiles(cache).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["green_tripdata_2024-01.parquet", "green_tripdata_2024-02.parquet"]);
    }

    [Fact]
    public async Task Ingest_WhenTheServerHasNoSuchMonth_FailsWithTheUrlAndStatus_AndCachesNothing()
    {
        var result = await _project.RunAsync(
            "data_preparation", new Dictionary<string, object?> { ["dataset_url"] = _url, ["year"] = "1999" });

        result.Run.Status.ShouldBe(RunStatus.Failed);
        result.Block("ingest").Run.Error.ShouldNotBeNull().ShouldContain($"GET {_url}/1999/01.parquet returned 404");
        var cache = Path.Combine(_root, ".sluice", "cache", "blocks", "data_preparation", "ingest");
        (Directory.Exists(cache) ? Directory.GetFiles(cache) : []).ShouldBeEmpty();
    }

    public async Task DisposeAsync()
    {
        _server.Stop();
        _project.Dispose();
        await _store.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    public void Dispose() => _server.Close();

    private async Task ServeAsync()
    {
        while (_server.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _server.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            lock (_requests)
            {
                _requests.Add(path);
            }

            var parts = path.Trim('/').Split('/');
            var file = parts.Length == 2
                ? Path.Combine(SharedData.NycTlcFolder, $"green_tripdata_{parts[0]}-{Path.GetFileNameWithoutExtension(parts[1])}.parquet")
                : string.Empty;
            if (File.Exists(file))
            {
                await using var source = File.OpenRead(file);
                context.Response.ContentLength64 = source.Length;
                await source.CopyToAsync(context.Response.OutputStream);
            }
            else
            {
                context.Response.StatusCode = 404;
                await context.Response.OutputStream.WriteAsync("Not Found"u8.ToArray());
            }

            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
