using System.Text.Json.Serialization;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using MudBlazor.Services;

using Sluice.Server.Security;

namespace Sluice.Server.Hosting;

/// <summary>Registers the Sluice server (editor, API, run machinery) in an ASP.NET Core app's services.</summary>
public static class SluiceServiceCollectionExtensions
{
    /// <summary>
    /// Adds everything <see cref="SluiceApplicationExtensions.MapSluice"/> serves, for the projects of
    /// <paramref name="options"/>' folder, which open when the app starts and close when it stops.
    /// </summary>
    /// <exception cref="OptionsValidationException">The options would expose the server without a token, or name no folder.</exception>
    public static IServiceCollection AddSluiceServer(this IServiceCollection services, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new ServerOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(nameof(ServerOptions), typeof(ServerOptions), validation.Failures);
        }

        services.AddSingleton(Options.Create(options));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WorkspaceHolder>();
        services.AddSingleton(provider => provider.GetRequiredService<WorkspaceHolder>().Workspace);
        services.AddHostedService<WorkspaceLifetime>();
        AddWeb(services, options);
        if (options.RequiresSignIn)
        {
            // Without a token nobody can sign in, so there is no one to authenticate. The services are left out, not
            // just the middleware: WebApplication adds authentication and authorization middleware by itself whenever
            // their services are registered, and per request they cost about 5% of the predict endpoint's
            // throughput (cookie handler behind a policy scheme; bench: predict).
            AddSecurity(services);
        }
        return services;
    }

    private static void AddWeb(IServiceCollection services, ServerOptions options)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // ASP.NET Core opens a logging scope and an activity for every request whenever its hosting category is enabled
        // at any level, even with nothing written: 0.9 KB and about 4% of the predict endpoint's throughput (bench:
        // predict). Its request start/finish lines are Information, below what the server shows anyway.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None));
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

    }

    private static void AddSecurity(IServiceCollection services)
    {
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
        services.AddAuthorization(o => o.FallbackPolicy = o.DefaultPolicy);
        services.AddCascadingAuthenticationState();
    }
}
