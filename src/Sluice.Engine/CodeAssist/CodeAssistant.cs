namespace Sluice.Engine.CodeAssist;

/// <summary>
/// C# help for the block editor, one per open project: completions at the caret and the diagnostics the engine
/// would report, for the text as typed (unsaved). The file is seen as the engine compiles it: with the same
/// references, options and global usings, and against the project's utils/**.cs, which are re-read when they change
/// on disk (an edited but unsaved utils file counts through its own calls). The first call composes Roslyn's editor
/// services and reads every reference (a few seconds, see <see cref="WarmUpAsync"/>); later calls reuse what did
/// not change and take milliseconds. Calls may overlap.
/// </summary>
public sealed partial class CodeAssistant : IDisposable
{
    /// <summary>At most this many completions come back; the list is then incomplete and worth asking again.</summary>
    public const int MaxCompletions = 200;

    private const string WarmUpPath = "<sluice warm-up>.cs";

    private readonly AssistWorkspace _workspace;

    /// <param name="projectRoot">The project folder; file paths given to the methods are relative to it.</param>
    public CodeAssistant(string projectRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectRoot);
        _workspace = new AssistWorkspace(Path.GetFullPath(projectRoot));
    }

    /// <summary>
    /// Pays the cold cost (editor services, references, utils) up front, for a server to call when a project opens,
    /// so the first keystroke is answered as fast as the rest. Leaves nothing behind.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        const string source = """
            public static class WarmUp
            {
                [Custom]
                public static int Run(BlockContext context) => context.Variables.Get("n", 1);
            }
            """;
        await CompleteAsync(WarmUpPath, source, 4, 63, cancellationToken).ConfigureAwait(false);
        await DiagnoseAsync(WarmUpPath, source, cancellationToken).ConfigureAwait(false);
        await _workspace.ForgetAsync(WarmUpPath, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _workspace.Dispose();

    // Paths arrive from a browser: one spelling per file, so two spellings never become two projects.
    private static string Normalize(string blockPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(blockPath);
        var path = blockPath.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return path;
    }
}
