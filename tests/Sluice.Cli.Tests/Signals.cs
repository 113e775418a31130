using System.Runtime.InteropServices;

namespace Sluice.Cli.Tests;

/// <summary>Sends a process the signal Ctrl+C sends, straight through libc (no 'kill' program needed).</summary>
internal static class Signals
{
    private const int SigInt = 2;

    public static void Interrupt(int processId)
    {
        if (Kill(processId, SigInt) != 0)
        {
            throw new InvalidOperationException($"kill({processId}, SIGINT) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
