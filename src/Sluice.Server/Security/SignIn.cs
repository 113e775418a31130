using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

using Sluice.Server.Hosting;

namespace Sluice.Server.Security;

/// <summary>
/// The sign-in form's endpoints. The form posts the token with an antiforgery token; a right token sets the
/// session cookie, a wrong one returns to the form with a message.
/// </summary>
internal static class SignIn
{
    public const string PolicyScheme = "Sluice";

    public static void Map(WebApplication app, ServerOptions options)
    {
        app.MapPost("/auth/login", async (HttpContext context, [FromForm] string token, [FromForm] string? returnUrl) =>
        {
            if (!TokenAuthentication.Matches(options.Token, token))
            {
                return Results.Redirect($"/login?failed=1&returnUrl={Uri.EscapeDataString(LocalOnly(returnUrl))}");
            }

            await context.SignInAsync(
                CookieAuthenticationDefaults.AuthenticationScheme,
                TokenAuthentication.Ticket(CookieAuthenticationDefaults.AuthenticationScheme).Principal);
            return Results.LocalRedirect(LocalOnly(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/auth/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/login");
        }).ExcludeFromDescription();
    }

    // Only paths of this server: a crafted link cannot use the sign-in to send the user elsewhere.
    private static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) &&
        !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
