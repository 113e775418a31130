using System.Reflection;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Sluice.Server.Hosting;

/// <summary>
/// Builds the one host <c>sluice start</c> runs: the browser editor, the REST API with its OpenAPI document, and the
/// run machinery, over the projects of one folder.
/// </summary>
public static class SluiceServer
{
    /// <summary>
    /// Builds the server for <paramref name="options"/>; <paramref name="configure"/> may adjust the builder (tests
    /// swap the clock or the listening address). Invalid options throw <see cref="OptionsValidationException"/>.
    /// The projects open when the server starts. An ASP.NET Core app of one's own can host the same server with
    /// <see cref="SluiceServiceCollectionExtensions.AddSluiceServer"/> and <see cref="SluiceApplicationExtensions.MapSluice"/>.
    /// </summary>
    public static WebApplication Build(ServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new ServerOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(nameof(ServerOptions), typeof(ServerOptions), validation.Failures);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = options.ApplicationName ?? Assembly.GetEntryAssembly()?.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseStaticWebAssets();
        // Run from a build (dotnet run, the tests, the benchmarks), ASP.NET Core's static assets default to reloading
        // at runtime: every asset answered with no-cache, so each page load revalidated or fetched again all of them,
        // MudBlazor's 627 KB stylesheet included (bench: editor-open). Sluice's assets are its own, never edited while
        // it runs: they are served with the manifest's headers, as from a published tool (fingerprinted ones immutable).
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        builder.WebHost.UseUrls($"http://{Bracketed(options.Address)}:{options.Port}");
        builder.Services.AddSluiceServer(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapSluice();
        return app;
    }

    private static string Bracketed(string address) =>
        address.Contains(':', StringComparison.Ordinal) && !address.StartsWith('[') ? $"[{address}]" : address;
}
