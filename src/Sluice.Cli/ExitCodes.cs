namespace Sluice.Cli;

/// <summary>The CLI's exit codes, stable for scripts and CI.</summary>
public static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>A run failed or a block test failed.</summary>
    public const int RunFailed = 1;

    /// <summary>The input was wrong: a bad argument, project file or block; nothing ran.</summary>
    public const int UsageError = 2;

    /// <summary>The run was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
