using Sluice.Server.Hosting;

// The Sluice server hosted the way any ASP.NET Core app would host it, so that the API tests can start it through
// WebApplicationFactory. The folder to serve comes from configuration: Sluice:Folder.
var builder = WebApplication.CreateBuilder(args);
var options = new ServerOptions { ApplicationName = builder.Environment.ApplicationName };
builder.Configuration.GetSection("Sluice").Bind(options);
builder.Services.AddSluiceServer(options);

var app = builder.Build();
app.MapSluice();
await app.RunAsync();

/// <summary>The entry point WebApplicationFactory starts.</summary>
public partial class Program;
