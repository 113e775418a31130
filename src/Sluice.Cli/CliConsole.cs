namespace Sluice.Cli;

/// <summary>Where the CLI writes, and whether it may draw live progress (a terminal) or must print plain lines (a pipe).</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>The process's own console; live progress only when standard output is a terminal.</summary>
    public static CliConsole System { get; } = new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}
