using System.Net;
using System.Net.Http.Headers;

using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

using Sluice.Server.Hosting;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Api;

public sealed class SecurityTests
{
    [Fact]
    public void Build_OnAnotherAddressWithoutToken_IsRefusedWithAClearMessage()
    {
        var error = Should.Throw<OptionsValidationException>(() =>
            SluiceServer.Build(new ServerOptions { Folder = Path.GetTempPath(), Address = "0.0.0.0", Port = 0 }));

        error.Message.ShouldContain("set a token");
    }

    [Fact]
    public async Task CrossSitePost_IsRefusedAndChangesNothing()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{key}/pipelines")
        {
            Content = JsonContent.Create(new { name = "forged" }),
        };
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await server.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Directory.Exists(Path.Combine(server.Folder, "pipelines", "forged")).ShouldBeFalse();
    }

    [Fact]
    public async Task SameOriginPost_IsAccepted()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{key}/pipelines")
        {
            Content = JsonContent.Create(new { name = "mine" }),
        };
        request.Headers.Add("Origin", server.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await server.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ForeignHostHeader_IsRefused()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/projects");
        request.Headers.Host = "attacker.example";

        var response = await server.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task WithToken_ApiNeedsTheBearerToken()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart", token: "s3cret-token");

        (await server.Client.GetAsync("/api/projects")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/projects");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
        (await server.Client.SendAsync(wrong)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/projects");
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        (await server.Client.SendAsync(right)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithToken_PagesRedirectToSignIn()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart", token: "s3cret-token");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/login");
        (await client.GetAsync("/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithoutToken_NoAuthenticationRunsAndThereIsNoSignIn()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        // WebApplication puts authentication middleware in front of every request whenever its services exist;
        // without a token there must be none. (Authorization's services come with Razor components; with no policy
        // its middleware only passes requests on.)
        server.Services.GetService<IAuthenticationSchemeProvider>().ShouldBeNull();
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var login = await client.GetAsync("/login");
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.AbsolutePath.ShouldBe("/");
    }

    [Fact]
    public async Task WithToken_AuthenticationServicesAreThere()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart", token: "s3cret-token");

        server.Services.GetService<IAuthenticationSchemeProvider>().ShouldNotBeNull();
    }
}
