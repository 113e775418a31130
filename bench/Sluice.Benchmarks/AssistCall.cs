namespace Sluice.Benchmarks;

/// <summary>Which editor call the code-assist scenario measures.</summary>
internal enum AssistCall
{
    Completion,
    Diagnostics,
}
