namespace Sluice.Server.Tests.Browser;

/// <summary>
/// Browser tests run one at a time: each starts a server and a Chromium, and on two cores several at once turn
/// their waits into timing races.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class BrowserTests
{
    public const string Collection = "Browser";
}
