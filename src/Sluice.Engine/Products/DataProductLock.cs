namespace Sluice.Engine.Products;

/// <summary>
/// Holds a data product's lock file in the project's state folder open for this process alone, so that processes
/// sharing the project (two CLI runs, the server and a CLI run) recompute a product one at a time. The operating
/// system releases the lock when its holder exits, however it exits, so a crash never leaves a product locked.
/// </summary>
internal sealed class DataProductLock : IDisposable
{
    // Another process's lock is released in real time, not on the run's clock: poll on the wall clock.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private DataProductLock(FileStream file) => _file = file;

    /// <summary>
    /// Takes the lock at <paramref name="path"/>, waiting while another holder has it; <paramref name="waiting"/> is
    /// called once if it has to wait.
    /// </summary>
    public static async Task<DataProductLock> AcquireAsync(string path, Action waiting, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var waited = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // FileShare.None is an exclusive lock on the open file (flock on Unix), checked across processes and
                // within one. The file is never deleted: a holder could otherwise lock a name another has replaced.
                return new DataProductLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (!waited)
                {
                    waited = true;
                    waiting();
                }

                await Task.Delay(PollInterval, cancellationToken);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
