using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Server.Hosting;
using Sluice.Server.Runs;
using Sluice.Server.Workspace;

namespace Sluice.Server.Tests.Support;

/// <summary>
/// A real Sluice server on a free loopback port, over a temp copy of an example project (or an empty folder), with an
/// HttpClient pointed at it. Real Kestrel and real HTTP: what a browser or a script talks to.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, string folder)
    {
        _app = app;
        Folder = folder;
        Address = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(3) };
    }

    public Uri Address { get; }

    public string Folder { get; }

    public HttpClient Client { get; }

    public ProjectWorkspace Workspace => _app.Services.GetRequiredService<ProjectWorkspace>();

    public IServiceProvider Services => _app.Services;

    /// <summary>The address of the browser editor of <paramref name="pipeline"/> in the served (first) project.</summary>
    public string EditorUrl(string pipeline) =>
        new Uri(Address, $"/projects/{Workspace.Projects[0].Key}/pipelines/{pipeline}").ToString();

    /// <summary>Serves a temp copy of examples/<paramref name="example"/>.</summary>
    public static Task<RunningServer> ForExampleAsync(string example, string? token = null) =>
        StartAsync(SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", example)), token);

    /// <summary>Serves <paramref name="folder"/>.</summary>
    public static async Task<RunningServer> StartAsync(string folder, string? token = null)
    {
        var app = SluiceServer.Build(new ServerOptions
        {
            Folder = folder, Port = 0, Token = token, ApplicationName = typeof(RunningServer).Assembly.GetName().Name,
        });
        await app.StartAsync();
        return new RunningServer(app, folder);
    }

    /// <summary>Polls run <paramref name="id"/> of <paramref name="project"/> until it ends.</summary>
    public async Task<RunDetails> WaitForRunAsync(string project, string id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var details = await Client.GetFromJsonAsync<RunDetails>($"/api/projects/{project}/runs/{id}", Json.Options);
            if (details!.Run.Status is not (RunStatus.Queued or RunStatus.Running))
            {
                return details;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Run {id} did not end within two minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
