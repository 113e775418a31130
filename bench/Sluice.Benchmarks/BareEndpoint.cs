using System.Text;

namespace Sluice.Benchmarks;

/// <summary>
/// The floor for the predict scenario: Kestrel with one POST endpoint that answers a constant of the same shape as
/// Sluice's answer, in a minimal app (no authentication, no UI, no other middleware).
/// </summary>
internal sealed class BareEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareEndpoint(WebApplication app) => _app = app;

    public Uri Url => new(new Uri(_app.Urls.First()), "/predict");

    public static async Task<BareEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var answer = Encoding.UTF8.GetBytes("""{"model":"taxi","version":1,"predictions":[11.5]}""");
        app.MapPost("/predict", () => Results.Bytes(answer, "application/json"));
        await app.StartAsync();
        return new BareEndpoint(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
