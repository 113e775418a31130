using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using Scalar.AspNetCore;

using Sluice.Server.Api;
using Sluice.Server.Components;
using Sluice.Server.Security;

namespace Sluice.Server.Hosting;

/// <summary>Maps the Sluice server's middleware and endpoints onto an ASP.NET Core app.</summary>
public static class SluiceApplicationExtensions
{
    /// <summary>
    /// Serves the editor, the REST API under /api, the OpenAPI document (/openapi/v1.json, browsable at
    /// /scalar/v1) and the sign-in endpoints. Needs <see cref="SluiceServiceCollectionExtensions.AddSluiceServer"/>.
    /// </summary>
    public static WebApplication MapSluice(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        app.UseHostFiltering();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiErrors.WriteAsync });
        app.UseStatusCodePages();
        app.UseMiddleware<CrossSiteRequestGuard>();
        if (options.RequiresSignIn)
        {
            // Without a token nobody can sign in (there is nothing to check a password or a bearer against), so
            // authenticating each request would find no one: it cost about 5% of the process's time under the
            // predict benchmark's load, cookie handler and all.
            app.UseAuthentication();
            app.UseAuthorization();
        }
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("Sluice API")).AllowAnonymous();
        SignIn.Map(app, options);
        SluiceApi.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

}
