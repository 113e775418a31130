using Microsoft.Data.Analysis;
using Microsoft.Win32.SafeHandles;

using Sluice.Engine.Outputs.Arrow;

namespace Sluice.Engine.Outputs;

/// <summary>Data frames as Arrow IPC files (readable by pandas, polars, DuckDB).</summary>
public sealed class ArrowFrameSerializer : IOutputSerializer
{
    /// <summary>Rows per Arrow record batch unless told otherwise: frames up to this size are one batch.</summary>
    public const int DefaultMaxBatchRows = FrameToArrow.DefaultMaxBatchRows;

    private const int BufferSize = 1 << 20;

    private readonly int _maxBatchRows;

    /// <param name="maxBatchRows">
    /// Rows per record batch. One batch per frame reads back fastest (fixed-width columns are not copied); smaller
    /// batches suit readers that stream a file batch by batch.
    /// </param>
    public ArrowFrameSerializer(int maxBatchRows = DefaultMaxBatchRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchRows, 1);
        _maxBatchRows = maxBatchRows;
    }

    public string Format => "arrow";

    public string FileExtension => ".arrow";

    public bool CanWrite(Type type) => typeof(DataFrame).IsAssignableFrom(type);

    public void Write(object value, string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        FrameToArrow.Write((DataFrame)value, stream, _maxBatchRows);
    }

    public object Read(string path, Type? storedType)
    {
        using (SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            long length = RandomAccess.GetLength(file);
            if (length <= Array.MaxLength)
            {
                // One read into one managed array: fixed-width columns then point into it instead of being copied,
                // and the frame no longer depends on the file (the store may delete or replace it).
                return ArrowToFrame.Read(ReadAll(file, (int)length));
            }
        }

        using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        return ArrowToFrame.Read(stream);
    }

    private static byte[] ReadAll(SafeFileHandle file, int length)
    {
        // Every byte is overwritten by the read, so the array need not be zeroed first.
        byte[] bytes = GC.AllocateUninitializedArray<byte>(length);
        int done = 0;
        while (done < length)
        {
            int read = RandomAccess.Read(file, bytes.AsSpan(done), done);
            if (read == 0)
            {
                throw new EndOfStreamException($"The file ended after {done} of {length} bytes.");
            }

            done += read;
        }

        return bytes;
    }
}
