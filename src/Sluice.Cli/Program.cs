namespace Sluice.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => SluiceCli.RunAsync(args, CliConsole.System);
}
