using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using Sluice.Server.Hosting;

namespace Sluice.Server.Security;

/// <summary>
/// Signs in API callers that send <c>Authorization: Bearer &lt;token&gt;</c> with the server's configured token.
/// Browsers sign in once through the login page and then carry a cookie.
/// </summary>
internal sealed class TokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ServerOptions> server)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SluiceToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(Matches(server.Value.Token, header["Bearer ".Length..].Trim())
            ? AuthenticateResult.Success(Ticket(SchemeName))
            : AuthenticateResult.Fail("The bearer token is not this server's token."));
    }

    /// <summary>Compares in constant time, so response timing does not reveal how much of a guess was right.</summary>
    public static bool Matches(string? expected, string? given) =>
        expected is not null && given is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));

    public static AuthenticationTicket Ticket(string scheme) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "sluice")], scheme)), scheme);
}
