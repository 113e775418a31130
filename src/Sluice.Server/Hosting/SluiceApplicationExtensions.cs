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
            // Without a token there are no authentication services (see AddSluiceServer) and nothing to sign in to.
            app.UseAuthentication();
            app.UseAuthorization();
            SignIn.Map(app, options);
        }
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("Sluice API")).AllowAnonymous();
        SluiceApi.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

}
