using Microsoft.Playwright;

using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Server.Hosting;
using Sluice.Server.Workspace;

namespace Sluice.Benchmarks;

/// <summary>
/// The real server (<c>sluice start</c>'s host on Kestrel, a free loopback port) over a workspace folder, and Debian's
/// Chromium driven by Playwright (never a downloaded browser), one browser context so pages share its HTTP cache as a
/// user's tabs do. The context has a profile on disk, as a user's browser has: an off-the-record context (Playwright's
/// usual one) keeps no V8 code cache, so every page evaluated Monaco's 3 MB from scratch, about 0.6 s more per open
/// than a browser that has seen the editor before.
/// </summary>
internal sealed class EditorHost : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private EditorHost(WebApplication app, string folder, IPlaywright playwright, string profile, IBrowserContext context)
    {
        _app = app;
        Folder = folder;
        _playwright = playwright;
        _profile = profile;
        Context = context;
        Address = new Uri(app.Urls.First());
    }

    public Uri Address { get; }

    public string Folder { get; }

    public IBrowserContext Context { get; }

    public ProjectWorkspace Workspace => _app.Services.GetRequiredService<ProjectWorkspace>();

    public static async Task<EditorHost> StartAsync(string folder)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The editor scenarios need Debian's chromium at {ChromiumPath}: apt-get install chromium.");
        }

        // The assembly whose static web assets manifest lists the UI's files: this one, as for sluice's own host.
        var app = SluiceServer.Build(
            new ServerOptions { Folder = folder, Port = 0, ApplicationName = typeof(EditorHost).Assembly.GetName().Name },
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        var playwright = await Playwright.CreateAsync();
        var profile = BenchProject.NewFolder("chromium-profile");
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
            ],
            ViewportSize = new ViewportSize { Width = 1600, Height = 1100 },
        });
        return new EditorHost(app, folder, playwright, profile, context);
    }

    /// <summary>Runs <paramref name="pipeline"/> of the editor project through the server's run machinery.</summary>
    public async Task RunPipelineAsync(string pipeline)
    {
        var result = await Workspace.Get(EditorProject.Name).Runs.RunAsync(new RunRequest(pipeline));
        if (result.Run.Status != RunStatus.Completed)
        {
            throw new InvalidOperationException($"Pipeline {pipeline} ended {result.Run.Status}: {result.Run.Error}");
        }
    }

    public Uri EditorUrl(string project, string pipeline) => new(Address, $"/projects/{project}/pipelines/{pipeline}");

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var folder in new[] { Folder, _profile })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is not worth failing a benchmark over.
            }
        }
    }
}
