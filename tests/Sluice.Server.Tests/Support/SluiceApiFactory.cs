using Microsoft.AspNetCore.Mvc.Testing;

using Sluice.Engine.Tests.Support;

namespace Sluice.Server.Tests.Support;

/// <summary>
/// The Sluice server in-process through WebApplicationFactory (the test host in tests/Sluice.Server.TestHost hosts it
/// as any ASP.NET Core app would), over a temp copy of an example project.
/// </summary>
public sealed class SluiceApiFactory : WebApplicationFactory<Program>
{
    private SluiceApiFactory(string folder) => Folder = folder;

    public string Folder { get; }

    public static SluiceApiFactory ForExample(string example) =>
        new(SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", example)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Sluice:Folder", Folder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
