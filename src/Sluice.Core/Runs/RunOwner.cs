using System.Diagnostics;
using System.Globalization;

namespace Sluice.Core;

/// <summary>
/// Names the process that executes a run as <c>machine/pid/start</c> (start in ticks), and tells whether that process
/// is still alive. The start time guards against a new process that got a dead one's pid.
/// </summary>
public static class RunOwner
{
    private static readonly Lazy<string> CurrentOwner = new(() =>
    {
        using var self = Process.GetCurrentProcess();
        return Format(Environment.MachineName, self.Id, self.StartTime.ToUniversalTime().Ticks);
    });

    /// <summary>This process.</summary>
    public static string Current => CurrentOwner.Value;

    /// <summary>
    /// Whether <paramref name="owner"/> is a process on this machine that has ended. A process on another machine, or
    /// an owner in a form this version does not know, is never called dead: only its own machine can tell.
    /// </summary>
    public static bool IsDeadOnThisMachine(string? owner)
    {
        if (owner?.Split('/') is not [var machine, var pidText, var startText]
            || machine != Environment.MachineName
            || !int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || process.StartTime.ToUniversalTime().Ticks != start;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // It exited between being found and being asked its start time.
            return true;
        }
    }

    private static string Format(string machine, int pid, long startTicks) =>
        string.Create(CultureInfo.InvariantCulture, $"{machine}/{pid}/{startTicks}");
}
