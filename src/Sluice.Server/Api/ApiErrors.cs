using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

using Sluice.Core;

namespace Sluice.Server.Api;

/// <summary>
/// Turns what escapes an endpoint into one problem document with a clear message: a user's mistake (a bad name, a
/// cycle, a malformed body) is a 400 naming what is wrong; anything else is a 500 without internals.
/// </summary>
internal static class ApiErrors
{
    public static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title, detail) = error switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", Explain(bad)),
            SluiceException sluice => (StatusCodes.Status400BadRequest, "Refused", sluice.Message),
            _ => (StatusCodes.Status500InternalServerError, "Server error", "The server failed; its log has the details."),
        };
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { title, detail, status });
    }

    // The framework's message names the parameter; the JSON reader's inner message names the line and position.
    private static string Explain(BadHttpRequestException bad) =>
        bad.InnerException is { } inner ? $"{bad.Message} {inner.Message}" : bad.Message;
}
