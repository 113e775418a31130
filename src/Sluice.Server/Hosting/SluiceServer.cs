using System.Reflection;
using System.Text.Json.Serialization;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using MudBlazor.Services;

using Scalar.AspNetCore;

using Sluice.Server.Api;
using Sluice.Server.Components;
using Sluice.Server.Security;
using Sluice.Server.Workspace;

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
    /// </summary>
    public static async Task<WebApplication> BuildAsync(
        ServerOptions options, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
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
        builder.WebHost.UseUrls($"http://{Bracketed(options.Address)}:{options.Port}");
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);
        AddServices(builder.Services, options);
        configure?.Invoke(builder);

        var app = builder.Build();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var workspace = await ProjectWorkspace.OpenAsync(options, clock, cancellationToken);
        WorkspaceHolder.Set(app.Services, workspace);
        app.Lifetime.ApplicationStopped.Register(() => workspace.DisposeAsync().AsTask().GetAwaiter().GetResult());
        Configure(app, options);
        return app;
    }

    private static void AddServices(IServiceCollection services, ServerOptions options)
    {
        services.AddSingleton<WorkspaceHolder>();
        services.AddSingleton(provider => provider.GetRequiredService<WorkspaceHolder>().Workspace);
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Messages go bottom right, where they cover no header button.
        services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
        services.AddOpenApi();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddAntiforgery();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        if (options.IsLoopback)
        {
            // Only names of this machine: a page on another site cannot reach the server by rebinding its own name.
            services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }

        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = SignIn.PolicyScheme;
            o.DefaultChallengeScheme = SignIn.PolicyScheme;
        });
        authentication.AddPolicyScheme(SignIn.PolicyScheme, "Cookie or bearer token", o =>
            o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthentication.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme);
        authentication.AddCookie(o =>
        {
            o.LoginPath = "/login";
            o.Cookie.Name = "sluice.auth";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Events.OnRedirectToLogin = context =>
            {
                // An API caller gets 401, not a login page.
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        authentication.AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null);
        services.AddAuthorization(o =>
        {
            if (!string.IsNullOrEmpty(options.Token))
            {
                o.FallbackPolicy = o.DefaultPolicy;
            }
        });
        services.AddCascadingAuthenticationState();
    }

    private static void Configure(WebApplication app, ServerOptions options)
    {
        app.UseHostFiltering();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiErrors.WriteAsync });
        app.UseStatusCodePages();
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("Sluice API")).AllowAnonymous();
        SignIn.Map(app, options);
        SluiceApi.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    private static string Bracketed(string address) =>
        address.Contains(':', StringComparison.Ordinal) && !address.StartsWith('[') ? $"[{address}]" : address;
}
