using System.Net;
using System.Text.RegularExpressions;

using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

/// <summary>Pages name Sluice's icon, so browsers show it and do not ask for a missing /favicon.ico.</summary>
public sealed partial class PageIconTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("s3cret-token", "/login")]
    public async Task APage_NamesItsIcon_AndTheIconIsServed(string? token, string path)
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart", token: token);

        var page = await server.Client.GetStringAsync(path);

        var icon = IconLink().Match(page);
        icon.Success.ShouldBeTrue($"{path} has no <link rel=\"icon\">");
        using var response = await server.Client.GetAsync(icon.Groups["href"].Value);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await response.Content.ReadAsStringAsync()).ShouldStartWith("<svg");
    }

    [GeneratedRegex("""<link rel="icon"[^>]*href="(?<href>[^"]+)" """)]
    private static partial Regex IconLink();
}
