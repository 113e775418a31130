using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Security;

/// <summary>
/// Refuses state-changing requests that a browser sent on behalf of another site (cross-site request forgery):
/// a POST, PUT, PATCH or DELETE whose <c>Sec-Fetch-Site</c> says cross-site, or whose <c>Origin</c> is not this
/// server, is answered 403 before it reaches an endpoint. Bearer-token calls are exempt: a browser never adds that
/// header on its own. Forms (the login page) carry an antiforgery token as well.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsCrossSite(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new
            {
                title = "Cross-site request refused",
                detail = "This request came from another site; Sluice only accepts changes from its own pages or with a bearer token.",
                status = 403,
            });
            return;
        }

        await next(context);
    }

    internal static bool IsCrossSite(HttpRequest request)
    {
        var changesState = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ||
                             HttpMethods.IsOptions(request.Method));
        if (!changesState && !request.HttpContext.WebSockets.IsWebSocketRequest)
        {
            return false;
        }

        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site")
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || (origin == "null" && fetchSite is "same-origin" or "none"))
        {
            return false;
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri) ||
               !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
