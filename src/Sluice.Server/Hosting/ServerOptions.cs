namespace Sluice.Server.Hosting;

/// <summary>How <c>sluice start</c> serves the editor, the API and the run machinery.</summary>
public sealed class ServerOptions
{
    /// <summary>The default port, as Mage's.</summary>
    public const int DefaultPort = 6789;

    /// <summary>
    /// The folder the server works in: a project (it opens that one and creates new projects beside it) or a folder of
    /// projects (it opens each and creates new ones inside it).
    /// </summary>
    public string Folder { get; set; } = Directory.GetCurrentDirectory();

    /// <summary>The address to listen on; 127.0.0.1 unless set. Any other address requires <see cref="Token"/>.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>The port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>
    /// The password or token that signs in to the UI and authorizes API calls (<c>Authorization: Bearer</c>). There
    /// is no default: without one the server only listens on a loopback address and asks nobody to sign in.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>
    /// The application whose static web assets manifest lists the UI's files (MudBlazor's, Monaco's, Sluice's own):
    /// the entry assembly unless set. A host that embeds the server under another name (a test) sets its own.
    /// </summary>
    public string? ApplicationName { get; set; }

    /// <summary>
    /// The largest body, in bytes, a model's predict or invocations endpoint reads: 1 MiB unless set. A larger one is
    /// answered 413 before it is parsed.
    /// </summary>
    public long MaxPredictionBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether callers must sign in or send the token: whenever one is configured.</summary>
    public bool RequiresSignIn => !string.IsNullOrEmpty(Token);

    /// <summary>Whether the server listens only on this machine.</summary>
    public bool IsLoopback => Address is "127.0.0.1" or "localhost" or "::1" or "[::1]";
}
